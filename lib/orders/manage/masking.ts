/**
 * Masked personal data for roles without "personalData.view": enough to tell rows apart at a glance
 * ("G••• H•••", "g•••@e•••.com"), never enough to read the value. Always applied on the server, so the
 * real value never reaches the browser of someone who may not see it.
 */
const MASK_DOTS = "•••";

/** The first character (a whole code point, so "Émile" and emoji survive) followed by the mask. */
function maskWord(word: string): string {
  const [head] = Array.from(word);
  return head ? `${head}${MASK_DOTS}` : "";
}

export function maskName(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  return words.length === 0 ? MASK_DOTS : words.map(maskWord).join(" ");
}

export function maskEmail(email: string): string {
  const trimmed = email.trim();
  const at = trimmed.lastIndexOf("@");
  if (at <= 0) return maskWord(trimmed) || MASK_DOTS;
  const local = trimmed.slice(0, at);
  const domain = trimmed.slice(at + 1);
  const dot = domain.lastIndexOf(".");
  // The top-level domain says little about a person and helps tell "…com" from "…nl" apart.
  const maskedDomain =
    dot > 0 ? `${maskWord(domain.slice(0, dot))}${domain.slice(dot)}` : maskWord(domain) || MASK_DOTS;
  return `${maskWord(local)}@${maskedDomain}`;
}
