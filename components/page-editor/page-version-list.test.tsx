import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { ok } from "@/lib/validation/action-result";
import { PageVersionList } from "./page-version-list";

vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: () => {}, push: () => {} }) }));

describe("PageVersionList (on the shared dashboard version list)", () => {
  const versions = [
    { version: 1, publishedAt: "2025-01-01T09:00:00Z", publishedByName: null },
    { version: 2, publishedAt: "2025-01-01T10:00:00Z", publishedByName: "Mark" },
  ];
  const render = (canEdit: boolean, list = versions) =>
    renderToStaticMarkup(
      <PageVersionList
        ids={{ orgId: "o", eventId: "e" }}
        versions={list}
        timeZone="UTC"
        canEdit={canEdit}
        draftRevision={3}
        restore={async () => ok("restored", { revision: 4, document: {}, theme: {} })}
        editorHref="/p"
      />,
    );

  it("newest first, marked live, with who published it and a restore per version", () => {
    const html = render(true);
    expect(html.indexOf("Version 2")).toBeLessThan(html.indexOf("Version 1"));
    expect(html).toMatch(/Version 2<span[^>]*>\(live\)/);
    expect(html).toContain("Published 1 Jan 2025, 10:00 UTC by Mark");
    expect(html).toContain("Published 1 Jan 2025, 09:00 UTC</p>");
    expect(html.match(/>Restore as draft</g)).toHaveLength(2);
  });

  it("no restore for read-only members; an empty history names the page", () => {
    expect(render(false)).not.toContain("Restore as draft");
    expect(render(true, [])).toContain("Versions appear here each time the page is published.");
  });
});
