import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { median } from "./stats";

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

/** Lighthouse mobile (its default form factor and throttling) `runs` times; the median score per category. */
export async function lighthouseMedian(url: string, runs = 3) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    chromeFlags: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  try {
    const scores: Record<string, number[]> = {};
    const lcp: number[] = [];
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: [...CATEGORIES],
      });
      if (!result) throw new Error(`lighthouse returned nothing for ${url}`);
      for (const c of CATEGORIES)
        (scores[c] ??= []).push(Math.round((result.lhr.categories[c]?.score ?? 0) * 100));
      lcp.push(result.lhr.audits["largest-contentful-paint"]?.numericValue ?? NaN);
    }
    return {
      ...Object.fromEntries(CATEGORIES.map((c) => [c, median(scores[c] ?? [])])),
      lcpMs: median(lcp),
    } as Record<(typeof CATEGORIES)[number] | "lcpMs", number>;
  } finally {
    chrome.kill();
  }
}
