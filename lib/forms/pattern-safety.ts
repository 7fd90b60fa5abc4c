/**
 * Organisers write the patterns, attendees (and anyone posting to the server action) write the
 * input, and a badly written regular expression can take exponential time on a crafted answer
 * (ReDoS), blocking the server. So a pattern must compile and must pass a deliberately conservative
 * structural check: no repeated group that itself contains a repetition or alternatives, and no
 * back-references. This refuses some harmless patterns, e.g. (\w+\.)+, in exchange for never
 * accepting (a+)+, (a*)*, (a|a)* or their disguises. The residual polynomial cost of patterns such
 * as \d*\d*\d* is bounded because only short text (at most limits.shortTextMaxLength characters,
 * checked before the pattern) has a pattern.
 */

/** Flags used both to check a pattern when it is saved and to apply it to answers. */
const FLAGS = "u";

/** The answer must match as a whole, as with the HTML pattern attribute. */
export function compileAnswerPattern(pattern: string): RegExp {
  return new RegExp(`^(?:${pattern})$`, FLAGS);
}

/** Why a pattern is refused, or null when it may be used. */
export function patternProblem(pattern: string): string | null {
  try {
    new RegExp(pattern, FLAGS);
  } catch (error) {
    return `This is not a valid pattern: ${describeSyntaxError(error)}`;
  }
  return backtrackingRisk(pattern);
}

function describeSyntaxError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // V8: "Invalid regular expression: /(a/u: Unterminated group"
  const reason = message.slice(message.lastIndexOf(": ") + 2) || message;
  return reason.charAt(0).toLowerCase() + reason.slice(1);
}

type Frame = { hasVariableQuantifier: boolean; hasAlternation: boolean };

type Quantifier = { length: number; min: number; max: number };

const NESTED_MESSAGE =
  "Patterns cannot repeat a group that contains a repetition or alternatives, such as (a+)+ or (a|b)*: " +
  "checking an answer against them can take practically forever. Use a character class such as [ab]+ instead.";

const BACKREFERENCE_MESSAGE = "Patterns cannot use back-references such as \\1 or \\k<name>";

function backtrackingRisk(pattern: string): string | null {
  const stack: Frame[] = [{ hasVariableQuantifier: false, hasAlternation: false }];
  const top = () => stack[stack.length - 1]!;
  // The group that ended right before the current position, if the previous atom was a group.
  let closedGroup: Frame | null = null;
  let i = 0;

  while (i < pattern.length) {
    const ch = pattern[i]!;

    const quantifier = readQuantifier(pattern, i);
    if (quantifier) {
      if (
        closedGroup &&
        quantifier.max > 1 &&
        (closedGroup.hasVariableQuantifier || closedGroup.hasAlternation)
      ) {
        return NESTED_MESSAGE;
      }
      if (quantifier.min !== quantifier.max) top().hasVariableQuantifier = true;
      i += quantifier.length;
      if (pattern[i] === "?") i++; // lazy variant
      closedGroup = null;
      continue;
    }

    closedGroup = null;
    if (ch === "\\") {
      const next = pattern[i + 1] ?? "";
      if (/[1-9]/.test(next) || (next === "k" && pattern[i + 2] === "<")) return BACKREFERENCE_MESSAGE;
      // \u{…}, \p{…} and \P{…} carry braces that are not a quantifier.
      if ("upP".includes(next) && pattern[i + 2] === "{") {
        const end = pattern.indexOf("}", i + 3);
        i = end === -1 ? pattern.length : end + 1;
      } else {
        i += 2;
      }
    } else if (ch === "[") {
      i = skipCharacterClass(pattern, i);
    } else if (ch === "(") {
      stack.push({ hasVariableQuantifier: false, hasAlternation: false });
      i += groupOpenerLength(pattern, i);
    } else if (ch === ")") {
      const group = stack.length > 1 ? stack.pop()! : { hasVariableQuantifier: false, hasAlternation: false };
      // What is inside a group is inside its parent too: ((a+)b)+ is as risky as (a+)+.
      top().hasVariableQuantifier ||= group.hasVariableQuantifier;
      top().hasAlternation ||= group.hasAlternation;
      closedGroup = group;
      i++;
    } else {
      if (ch === "|") top().hasAlternation = true;
      i++;
    }
  }
  return null;
}

function readQuantifier(pattern: string, i: number): Quantifier | null {
  const ch = pattern[i];
  if (ch === "*") return { length: 1, min: 0, max: Infinity };
  if (ch === "+") return { length: 1, min: 1, max: Infinity };
  if (ch === "?") return { length: 1, min: 0, max: 1 };
  if (ch !== "{") return null;
  const match = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i));
  if (!match) return null;
  const min = Number(match[1]);
  const max = match[2] === undefined ? min : match[3] === "" ? Infinity : Number(match[3]);
  return { length: match[0].length, min, max };
}

/** Index just after the class that starts at `start` (a "[" ). */
function skipCharacterClass(pattern: string, start: number): number {
  let i = start + 1;
  while (i < pattern.length && pattern[i] !== "]") i += pattern[i] === "\\" ? 2 : 1;
  return i + 1;
}

/** Length of "(", "(?:", "(?=", "(?!", "(?<=", "(?<!" or "(?<name>". */
function groupOpenerLength(pattern: string, start: number): number {
  if (pattern[start + 1] !== "?") return 1;
  const rest = pattern.slice(start + 2);
  if (rest.startsWith("<=") || rest.startsWith("<!")) return 4;
  if (rest.startsWith("<")) {
    const end = rest.indexOf(">");
    return end === -1 ? pattern.length - start : end + 3;
  }
  return 3;
}
