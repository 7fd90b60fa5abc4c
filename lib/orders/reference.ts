import { randomInt } from "node:crypto";

/** No 0/O or 1/I: references are read aloud at a pick-up desk and typed from paper. */
export const REFERENCE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
const REFERENCE_LENGTH = 6;

/** "DEV-7K3M9Q". 32^6 ≈ 10^9 per event, so a collision (retried by the caller) is rare. */
export function generateReference(prefix: string, random: (max: number) => number = randomInt): string {
  let code = "";
  for (let i = 0; i < REFERENCE_LENGTH; i++) code += REFERENCE_ALPHABET[random(REFERENCE_ALPHABET.length)];
  return `${prefix}-${code}`;
}
