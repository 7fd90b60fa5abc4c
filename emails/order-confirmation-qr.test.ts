import { describe, expect, it } from "vitest";
import { decodeReferenceFromPixels } from "@/components/dashboard/desk/decode-qr";
import { previewProps } from "@/emails/order-confirmation";
import { renderMessage } from "@/lib/mail/render";

/** The QR table of the email back to pixels (each module 4×4), as a camera would see the screen. */
function pixelsOfQrTable(html: string) {
  const table = html.match(/<table[^>]*aria-label="QR code of order reference[^"]*"[\s\S]*?<\/table>/)?.[0];
  if (!table) throw new Error("no QR table in the email");
  const rows = [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].slice(1); // the first row only sets widths
  const grid = rows.map((row) =>
    [...row[1]!.matchAll(/<td([^>]*)>/g)].flatMap((td) => {
      const span = Number(td[1]!.match(/colspan="(\d+)"/i)?.[1] ?? 1);
      return Array<boolean>(span).fill(/background:#000000/.test(td[1]!));
    }),
  );
  const scale = 4;
  const side = grid.length * scale;
  const data = new Uint8ClampedArray(side * side * 4).fill(255);
  grid.forEach((row, r) =>
    row.forEach((dark, c) => {
      if (!dark) return;
      for (let y = 0; y < scale; y++)
        for (let x = 0; x < scale; x++) {
          const i = ((r * scale + y) * side + c * scale + x) * 4;
          data[i] = data[i + 1] = data[i + 2] = 0;
        }
    }),
  );
  return { data, side, widths: new Set(grid.map((r) => r.length)) };
}

describe("the confirmation email's QR code", () => {
  it("is a table of cells that decodes to the order reference, with the reference also as text", async () => {
    const mail = await renderMessage({
      template: "order-confirmation",
      payload: { branding: previewProps.branding, order: previewProps.order, pickupInfo: "" },
    });
    const { data, side, widths } = pixelsOfQrTable(mail.html);
    expect(widths.size, "every row spans the same number of modules").toBe(1);
    expect(decodeReferenceFromPixels(data, side, side)).toEqual({
      kind: "reference",
      reference: "DEV-7K3M9Q",
    });
    expect(mail.text).toContain("DEV-7K3M9Q");
    // Gmail clips messages over 102 KB: the code must leave room for the rest.
    expect(mail.html.length).toBeLessThan(60_000);
  });
});
