import { describe, expect, it } from "vitest";
import { markdownToPlainText, renderMarkdown } from "./markdown";

describe("renderMarkdown", () => {
  it("renders basic formatting", () => {
    const html = renderMarkdown("Every attendee gets **one** *free* t-shirt.\n\n- S\n- M");
    expect(html).toContain("<strong>one</strong>");
    expect(html).toContain("<em>free</em>");
    expect(html).toContain("<ul>");
    expect(html).toContain("<li>S</li>");
  });

  it("removes script tags and their content", () => {
    const html = renderMarkdown(
      'Hello <script>alert("x")</script> world\n\n<script src="https://evil.example/x.js"></script>',
    );
    expect(html).not.toMatch(/script/i);
    expect(html).not.toContain("alert");
    expect(html).toContain("Hello");
  });

  it("removes event handler attributes", () => {
    const html = renderMarkdown(
      '<p onclick="steal()">hi</p> <img src=x onerror="steal()"> <a href="https://a.example" onmouseover="steal()">a</a>',
    );
    expect(html).not.toMatch(/on(click|error|mouseover)/i);
    expect(html).not.toContain("steal");
    expect(html).not.toContain("<img");
  });

  it("strips javascript: and data: links but keeps the text", () => {
    const html = renderMarkdown(
      '[click](javascript:alert(1)) and <a href="JaVaScRiPt:alert(1)">raw</a> and [d](data:text/html,hi)',
    );
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toContain("data:");
    expect(html).toContain("click");
    expect(html).toContain("raw");
  });

  it("marks every link noopener nofollow, replacing what the author wrote", () => {
    const html = renderMarkdown(
      '[site](https://devconf.example) <a href="https://x.example" rel="opener" target="_blank">x</a>',
    );
    expect(html).toContain('<a href="https://devconf.example" rel="noopener nofollow">site</a>');
    expect(html).toContain('<a href="https://x.example" rel="noopener nofollow">x</a>');
    expect(html).not.toContain("target");
  });

  it("demotes h1 so the page keeps a single h1", () => {
    expect(renderMarkdown("# Big")).toBe("<h2>Big</h2>");
  });

  it("drops iframes, styles and inline style attributes", () => {
    const html = renderMarkdown(
      '<iframe src="https://x"></iframe><style>body{}</style><p style="color:red">t</p>',
    );
    expect(html).toBe("<p>t</p>");
  });

  it("is empty for empty input", () => {
    expect(renderMarkdown("   ")).toBe("");
  });
});

describe("markdownToPlainText", () => {
  it("keeps words apart across blocks and decodes entities once", () => {
    expect(markdownToPlainText("**Free** shirts\n\nSocks &amp; more <script>x</script>")).toBe(
      "Free shirts Socks & more",
    );
  });
  it("truncates with an ellipsis", () => {
    const text = markdownToPlainText("word ".repeat(100), 20);
    expect(text.length).toBeLessThanOrEqual(20);
    expect(text.endsWith("…")).toBe(true);
  });
});
