import jsQR from "jsqr";
import { normaliseDeskReference } from "@/lib/orders/desk/desk-reference";

/** "DEV-7K3M9Q": a prefix of 2–5 letters or digits and six characters of the reference alphabet. */
const REFERENCE = /^[A-Z0-9]{2,5}-[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{6}$/;

export type QrRead = { kind: "reference"; reference: string } | { kind: "other" } | { kind: "none" };

/**
 * One camera frame's pixels (RGBA, as a canvas gives them) to an order reference. A QR code that is not a
 * reference (a badge's URL, a Wi-Fi code) is "other", so the desk can say so instead of looking it up.
 * Loaded only by the desk's scanner, on demand, so jsQR stays out of every other chunk.
 */
export function decodeReferenceFromPixels(data: Uint8ClampedArray, width: number, height: number): QrRead {
  const code = jsQR(data, width, height, { inversionAttempts: "dontInvert" });
  if (!code) return { kind: "none" };
  const reference = normaliseDeskReference(code.data);
  return REFERENCE.test(reference) ? { kind: "reference", reference } : { kind: "other" };
}
