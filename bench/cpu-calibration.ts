/**
 * Lighthouse's CPU slowdown, calibrated to the machine it runs on (ADR 036).
 *
 * Lighthouse's mobile preset multiplies the CPU time it observes by a constant 4, which its docs
 * (docs/throttling.md, "Calibrating the CPU slowdown") say moves a typical *high-end desktop* into the
 * mid-tier mobile bracket (a Moto G4 class phone) that the preset stands for. On a slower host the same 4×
 * emulates a slower phone than that. The docs point at the Lighthouse team's CPU throttling calculator
 * (https://lighthouse-cpu-throttling-calculator.vercel.app/, source: patrickhulce/lighthouse-cpu-throttling-
 * calculator, pages/index.js) to turn the report's benchmark index into the multiplier that targets the
 * mid-tier phone; Lighthouse itself ships 1.2× for PageSpeed Insights' slow servers, "determined using PSI
 * CPU benchmark median and" that calculator (node_modules/lighthouse/core/config/lr-mobile-config.js).
 *
 * The calculator is piecewise linear between published reference points (index → multiplier):
 * 150 → 1×, 800 → 2×, 1300 → 3×, 1533 → 4×, 1766 → 5×, 2000 → 6×; below 150 the host is too slow to emulate
 * the target at all. Each piece also carries the calculator's confidence range, printed beside the figure.
 */

export type CpuCalibration =
  | {
      ok: true;
      benchmarkIndex: number;
      /** The calculator's suggestion, rounded to one decimal as its suggested command line does. */
      multiplier: number;
      /** The calculator's confidence range around the (unrounded) multiplier. */
      range: [low: number, high: number];
    }
  | { ok: false; benchmarkIndex: number; message: string };

/** Lighthouse's default mobile CPU slowdown (constants.throttling.mobileSlow4G.cpuSlowdownMultiplier). */
export const DEFAULT_CPU_SLOWDOWN = 4;

/** Below this index the calculator refuses: no multiplier ≥ 1 can make the host as fast as the target. */
export const SLOWEST_CALIBRATABLE_INDEX = 150;

export function calibratedCpuSlowdown(benchmarkIndex: number): CpuCalibration {
  if (!Number.isFinite(benchmarkIndex))
    return { ok: false, benchmarkIndex, message: `no benchmark index was measured (${benchmarkIndex})` };
  if (benchmarkIndex < SLOWEST_CALIBRATABLE_INDEX)
    return {
      ok: false,
      benchmarkIndex,
      message: `benchmark index ${benchmarkIndex} is below ${SLOWEST_CALIBRATABLE_INDEX}: this host is too slow (or too busy) to emulate the mid-tier phone Lighthouse's mobile preset targets`,
    };
  let multiplier: number;
  let spread: number;
  if (benchmarkIndex >= 1300) {
    const excess = (benchmarkIndex - 1300) / 233;
    multiplier = 3 + excess;
    spread = Math.max(excess, 1.5, multiplier * 0.3);
  } else if (benchmarkIndex >= 800) {
    multiplier = 2 + (benchmarkIndex - 800) / 500;
    spread = 1.5;
  } else {
    multiplier = 1 + (benchmarkIndex - 150) / 650;
    spread = 0.5;
  }
  return {
    ok: true,
    benchmarkIndex,
    multiplier: Math.round(multiplier * 10) / 10,
    range: [multiplier - spread / 2, multiplier + spread / 2],
  };
}
