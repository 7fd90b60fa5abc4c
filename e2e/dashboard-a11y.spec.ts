import { DEMO_ORG_ID, expect, test } from "./dashboard-fixtures";
import { expectNoAxeViolations } from "./support/axe";
import { rootUrl } from "./support/urls";

const EVENT = `/dashboard/${DEMO_ORG_ID}/events/00000000-0000-4000-8000-0000000000d1`;

test.describe("dashboard accessibility (axe, WCAG 2.1 AA)", () => {
  test("sign-in page", async ({ page }) => {
    await page.goto(rootUrl("/dashboard/sign-in"));
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page, "sign-in");
  });

  test("the owner's pages", async ({ page, signInAs }) => {
    test.setTimeout(150_000);
    await signInAs("owner");
    for (const [what, path] of [
      ["events", `/dashboard/${DEMO_ORG_ID}`],
      ["new event", `/dashboard/${DEMO_ORG_ID}/events/new`],
      ["event overview", EVENT],
      ["items", `${EVENT}/items`],
      ["orders", `${EVENT}/orders`],
      ["settings", `${EVENT}/settings`],
      ["form builder", `${EVENT}/form`],
      ["form versions", `${EVENT}/form/versions`],
      // The Page tab's editor is Puck's own markup: e2e/page-editor.spec.ts checks our panels around it.
      ["page versions", `${EVENT}/page/versions`],
      ["event suppliers", `${EVENT}/suppliers`],
      ["suppliers", `/dashboard/${DEMO_ORG_ID}/suppliers`],
      ["team", `/dashboard/${DEMO_ORG_ID}/team`],
      ["audit log", `/dashboard/${DEMO_ORG_ID}/audit`],
    ] as const) {
      await page.goto(rootUrl(path));
      await expect(page.getByTestId("signed-in-as")).toBeVisible();
      await expect(page.locator("main")).not.toContainText("Loading");
      await expectNoAxeViolations(page, what);
    }
  });
});
