import { describe, expect, it } from "vitest";
import { extractLinks } from "./local-mailbox";

describe("extractLinks", () => {
  it("lists each http(s) link of an email once, unescaped", () => {
    const html =
      '<a href="https://devconf.example.com/my-order/abc">x</a><a href="https://devconf.example.com/my-order/abc">again</a>' +
      '<a href="http://x.test/?a=1&amp;b=2">q</a><a href="mailto:someone@example.com">m</a><a href="javascript:alert(1)">j</a>';
    expect(extractLinks(html)).toEqual([
      "https://devconf.example.com/my-order/abc",
      "http://x.test/?a=1&b=2",
    ]);
  });
});
