import { describe, expect, test, vi } from "vitest";
import { formDefinitionSchema } from "@/lib/forms/definitions";

vi.mock("@/db/client", () => ({}));
const { csvCell, csvRow, exportFilename, formColumns } = await import("./export-csv");

describe("csvCell", () => {
  test.each([
    ["plain", "plain"],
    ["", ""],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["=SUM(A1:A2)", "'=SUM(A1:A2)"],
    ["+31 6 1234", "'+31 6 1234"],
    ["-2+3", "'-2+3"],
    ["@cmd", "'@cmd"],
    ["\tx", "'\tx"],
    ["\rx", '"\'\rx"'],
    ['=HYPERLINK("http://evil", "x")', '"\'=HYPERLINK(""http://evil"", ""x"")"'],
    ["a = b", "a = b"],
  ])("%j → %j", (value, cell) => expect(csvCell(value)).toBe(cell));

  test("rows end in CRLF", () => {
    expect(csvRow(["a", "b,c"])).toBe('a,"b,c"\r\n');
  });
});

describe("formColumns", () => {
  const v = (version: number, fields: unknown[]) => ({ version, fields: formDefinitionSchema.parse(fields) });

  test("unions fields by key in the newest order, newest labels, skips display blocks, personal if ever", () => {
    const columns = formColumns([
      v(1, [
        { type: "short_text", key: "diet", label: "Diet (old)", personal: true },
        { type: "short_text", key: "gone", label: "Gone" },
      ]),
      v(2, [
        { type: "note", key: "hello", text: "Hello" },
        { type: "phone", key: "phone", label: "Phone" },
        { type: "short_text", key: "diet", label: "Diet" },
      ]),
    ]);
    expect(columns.map((c) => [c.key, c.label, c.personal])).toEqual([
      ["phone", "Phone", true],
      ["diet", "Diet", true],
      ["gone", "Gone", false],
    ]);
  });
});

test("exportFilename uses the event's calendar day", () => {
  expect(exportFilename("devconf", new Date("2025-06-02T03:00:00Z"), "America/New_York")).toBe(
    "devconf-orders-2025-06-01.csv",
  );
});
