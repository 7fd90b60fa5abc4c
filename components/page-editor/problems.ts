import { describeRatio, type ContrastCheck } from "@/lib/pages/theme";
import type { PageDocumentError } from "@/lib/pages/page-document";
import type { FieldErrors } from "@/lib/validation/action-result";
import type { SaveState } from "@/components/dashboard/form-builder/save-state";
import { blockLabels } from "./block-labels";

/** One thing standing between the draft and publishing, as the problems panel lists it. */
export type Problem = {
  key: string;
  /** The block to select when the problem is clicked; null for the page or the theme. */
  blockId: string | null;
  where: string;
  message: string;
};

/** "entries.2.question" → "entries 3, question": people count from one. */
function describeField(field: string): string {
  return field
    .split(".")
    .map((part) => (/^\d+$/.test(part) ? String(Number(part) + 1) : part))
    .join(" › ");
}

/**
 * Everything that blocks publishing, in one list: the document's errors per block and field (the save
 * result's, from validatePageDocument), the publish action's refusals keyed "<blockId>.<field>" or
 * "theme.<field>", the theme's own field errors, and every failing contrast pair with its ratio.
 */
export function collectProblems({
  documentErrors,
  publishErrors,
  themeErrors,
  failingContrast,
}: {
  documentErrors: PageDocumentError[];
  publishErrors: FieldErrors;
  themeErrors: Record<string, string | undefined>;
  failingContrast: ContrastCheck[];
}): Problem[] {
  const problems: Problem[] = documentErrors.map((e, i) => ({
    key: `doc-${i}`,
    blockId: e.blockId,
    where: [
      e.blockType ? ((blockLabels as Record<string, string>)[e.blockType] ?? e.blockType) : "Page",
      e.field ? describeField(e.field) : null,
    ]
      .filter(Boolean)
      .join(": "),
    message: e.message,
  }));
  const seen = new Set(problems.map((p) => `${p.blockId}|${p.message}`));
  for (const [key, messages] of Object.entries(publishErrors)) {
    const [head, ...rest] = key.split(".");
    const isTheme = head === "theme";
    // "root.<field>" and "page" are the page itself; anything else names a block by its id.
    const isPage = head === "root" || head === "page";
    for (const message of messages ?? []) {
      const blockId = isTheme || isPage || !head ? null : head;
      if (seen.has(`${blockId}|${message}`)) continue;
      seen.add(`${blockId}|${message}`);
      problems.push({
        key: `publish-${key}-${message}`,
        blockId,
        where: isTheme
          ? `Theme: ${describeField(rest.join("."))}`
          : isPage
            ? ["Page", ...(rest.length ? [describeField(rest.join("."))] : [])].join(": ")
            : describeField(key),
        message,
      });
    }
  }
  for (const [field, message] of Object.entries(themeErrors)) {
    if (message) problems.push({ key: `theme-${field}`, blockId: null, where: `Theme: ${field}`, message });
  }
  for (const c of failingContrast) {
    problems.push({
      key: `contrast-${c.id}`,
      blockId: null,
      where: "Theme: contrast",
      message: `${c.label}: ${describeRatio(c)}`,
    });
  }
  return problems;
}

/** Why Publish is disabled right now, in words for the line under it; empty when it may be pressed. */
export function publishBlockers({
  state,
  documentErrors,
  themeErrors,
  failingContrast,
}: {
  state: SaveState;
  documentErrors: PageDocumentError[];
  themeErrors: Record<string, string | undefined>;
  failingContrast: ContrastCheck[];
}): string[] {
  const blockers: string[] = [];
  if (state.kind === "conflict") blockers.push("someone else saved this page, reload first");
  else if (state.kind === "failed") blockers.push("the latest changes are not saved");
  else if (state.kind === "pending" || state.kind === "saving") blockers.push("saving the latest changes");
  const n = documentErrors.length;
  if (n > 0) blockers.push(`${n} ${n === 1 ? "problem" : "problems"} in the blocks`);
  if (Object.values(themeErrors).some(Boolean)) blockers.push("the theme has invalid values");
  const c = failingContrast.length;
  if (c > 0) blockers.push(`${c} colour ${c === 1 ? "pair fails" : "pairs fail"} contrast`);
  return blockers;
}
