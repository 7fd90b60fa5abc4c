import QRCode from "qrcode";
import type { orderStatusValues } from "@/db/schema/enum-values";

type OrderStatus = (typeof orderStatusValues)[number];

/**
 * The order reference as a QR code (issue 12), for the confirmation page, the my-order page and the
 * confirmation email. Generated on the server from the reference alone (no token, no personal data): the
 * desk reads it and looks the order up by reference. Error correction M survives a cracked phone screen.
 */
export type QrMatrix = { size: number; rows: boolean[][] };

export function qrMatrix(text: string): QrMatrix {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const rows = Array.from({ length: modules.size }, (_, r) =>
    Array.from({ length: modules.size }, (_, c) => Boolean(modules.get(r, c))),
  );
  return { size: modules.size, rows };
}

/** Dark modules as horizontal runs, [row, start, length]: the SVG path and the email's table are drawn from them. */
export function darkRuns(matrix: QrMatrix): [number, number, number][] {
  const runs: [number, number, number][] = [];
  matrix.rows.forEach((row, r) => {
    let start = -1;
    row.forEach((dark, c) => {
      if (dark && start < 0) start = c;
      if ((!dark || c === row.length - 1) && start >= 0) {
        runs.push([r, start, (dark ? c + 1 : c) - start]);
        start = -1;
      }
    });
  });
  return runs;
}

/** The quiet zone the QR standard asks for around the code, in modules. */
export const QR_QUIET_ZONE = 4;

/** One SVG path for every dark module (viewBox includes the quiet zone). */
export function qrSvgPath(matrix: QrMatrix): { viewBox: string; d: string } {
  const q = QR_QUIET_ZONE;
  const d = darkRuns(matrix)
    .map(([r, c, n]) => `M${c + q} ${r + q}h${n}v1h-${n}z`)
    .join("");
  const side = matrix.size + 2 * q;
  return { viewBox: `0 0 ${side} ${side}`, d };
}

/** The whole SVG document: what the unit test rasterises and decodes, and what the pages draw. */
export function qrSvg(text: string, pixelsPerModule = 8): string {
  const { viewBox, d } = qrSvgPath(qrMatrix(text));
  const side = Number(viewBox.split(" ")[2]) * pixelsPerModule;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${side}" height="${side}" viewBox="${viewBox}" shape-rendering="crispEdges"><rect width="100%" height="100%" fill="#fff"/><path d="${d}" fill="#000"/></svg>`;
}

/** A QR code helps only while there is something to collect. */
export function showsCollectionQr(status: OrderStatus): boolean {
  return !["cancelled", "collected", "shipped", "delivered"].includes(status);
}
