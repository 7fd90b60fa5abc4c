import { describe, expect, it } from "vitest";
import { collectProblems } from "./problems";

const none = { documentErrors: [], publishErrors: {}, themeErrors: {}, failingContrast: [] };

describe("collectProblems", () => {
  it("ties a publish refusal on a block to that block, and page or theme refusals to nothing to select", () => {
    const problems = collectProblems({
      ...none,
      publishErrors: {
        "Hero-1.heading": ["Write a heading"],
        "root.title": ["Too long"],
        page: ["A page can hold at most 60 blocks"],
        "theme.logoBlobId": ["This image is not one of the organisation's"],
      },
    });
    expect(problems.map((p) => [p.blockId, p.where, p.message])).toEqual([
      ["Hero-1", "Hero-1 › heading", "Write a heading"],
      [null, "Page: title", "Too long"],
      [null, "Page", "A page can hold at most 60 blocks"],
      [null, "Theme: logoBlobId", "This image is not one of the organisation's"],
    ]);
  });

  it("lists a block error once when the save and a refused publish both report it", () => {
    const problems = collectProblems({
      ...none,
      documentErrors: [
        { blockId: "Faq-2", blockType: "Faq", field: "entries.0.question", message: "Required" },
      ],
      publishErrors: { "Faq-2.entries.0.question": ["Required"] },
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ blockId: "Faq-2", where: "FAQ: entries › 1 › question" });
  });
});
