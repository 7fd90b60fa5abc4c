import { DEMO_ORG_ID, expect, test } from "./dashboard-fixtures";
import { ConfirmationPage } from "./pages/confirmation-page";
import { Mailbox } from "./pages/mailbox";
import { OrderPage } from "./pages/order-page";
import { createSignedInUser } from "./support/db";
import { waitUntilHydrated } from "./support/hydration";
import { uniqueEmail } from "./support/test-data";
import { rootUrl } from "./support/urls";

const DEVCONF_EVENT_ID = "00000000-0000-4000-8000-0000000000d1";
const eventUrl = (path = "") => rootUrl(`/dashboard/${DEMO_ORG_ID}/events/${DEVCONF_EVENT_ID}${path}`);

/** Places a DevConf order as an attendee, so there is personal data that must not leak. */
async function placeDevconfOrder(browser: import("@playwright/test").Browser) {
  const email = uniqueEmail("privacy");
  const name = `Private Person ${Date.now().toString(36)}`;
  const page = await browser.newPage();
  const orderPage = new OrderPage(page);
  await orderPage.goto("devconf");
  await orderPage.fillSocksOrder({ email, name });
  await orderPage.submit();
  const reference = await new ConfirmationPage(page).expectLoaded();
  await page.close();
  return { email, name, reference };
}

test.describe("team and roles", () => {
  test("an owner invites a marketer, who accepts by email and cannot see orders or personal data", async ({
    page,
    browser,
    signInAs,
  }) => {
    test.setTimeout(120_000);
    const attendee = await placeDevconfOrder(browser);
    await signInAs("owner");
    const marketerEmail = uniqueEmail("marketer");

    await page.goto(rootUrl(`/dashboard/${DEMO_ORG_ID}/team`));
    const invite = page.getByRole("form", { name: "Invite a member" });
    await waitUntilHydrated(invite);
    await invite.getByLabel("Email address").fill(marketerEmail);
    await invite.getByLabel("Role").selectOption("marketer");
    await invite.getByRole("button", { name: "Send invitation" }).click();
    await expect(page.getByTestId("action-result").first()).toContainText(marketerEmail);

    // The marketer signs in with the invited address (a session made by the fixture) and follows the email.
    const mail = await new Mailbox(page).open({
      to: marketerEmail,
      subject: /Join Swagstand Demo on Swagstand/,
    });
    const link = mail.links.find((href) => href.includes("/dashboard/invite/"));
    expect(link).toBeTruthy();
    const marketer = await browser.newContext();
    const session = await createSignedInUser({ email: marketerEmail });
    await marketer.addCookies([
      { name: "authjs.session-token", value: session.sessionToken, url: rootUrl("/") },
    ]);
    const mp = await marketer.newPage();
    await mp.goto(link!);
    const join = mp.getByRole("button", { name: "Join Swagstand Demo" });
    await waitUntilHydrated(join);
    await join.click();
    await expect(mp).toHaveURL(new RegExp(`/dashboard/${DEMO_ORG_ID}$`));
    await expect(mp.getByTestId("signed-in-as")).toContainText(/marketer/i);

    // No Orders tab, the orders URL is a 404, and no page they can open carries the attendee's data.
    await mp.goto(eventUrl());
    await expect(mp.getByRole("link", { name: "Items" })).toBeVisible();
    await expect(mp.getByRole("link", { name: "Orders", exact: true })).toHaveCount(0);
    for (const path of ["", "/items", "/settings"]) {
      await mp.goto(eventUrl(path));
      const html = await mp.content();
      expect(html).not.toContain(attendee.email);
      expect(html).not.toContain(attendee.name);
    }
    // The page shows the 404 page (its status is 200: the event layout's loading state has already streamed);
    // the export, a route handler, answers a real 404.
    await mp.goto(eventUrl("/orders"));
    await expect(mp.getByRole("heading", { name: "We couldn’t find that page" })).toBeVisible();
    expect(await mp.content()).not.toContain(attendee.reference);
    const exportResponse = await mp.request.get(eventUrl("/orders/export"));
    expect(exportResponse.status()).toBe(404);
    await marketer.close();
  });

  test("a viewer sees orders with names and emails masked, in the HTML and the CSV", async ({
    page,
    browser,
    signInAs,
  }) => {
    test.setTimeout(90_000);
    const attendee = await placeDevconfOrder(browser);
    await signInAs("viewer");
    await page.goto(eventUrl(`/orders?q=${attendee.reference}`));
    const row = page.getByRole("row", { name: new RegExp(attendee.reference) });
    await expect(row).toBeVisible();
    expect(await page.content()).not.toContain(attendee.email);
    expect(await page.content()).not.toContain(attendee.name);
    await row.getByRole("link", { name: attendee.reference }).click();
    await expect(page.getByRole("heading", { name: attendee.reference })).toBeVisible();
    const html = await page.content();
    expect(html).not.toContain(attendee.email);
    expect(html).not.toContain(attendee.name);
    await expect(page.getByRole("button", { name: /^Mark / })).toHaveCount(0);

    const response = await page.request.get(eventUrl(`/orders/export?q=${attendee.reference}`));
    expect(response.status()).toBe(200);
    const csv = await response.text();
    expect(csv).toContain(attendee.reference);
    expect(csv).not.toContain(attendee.email);
    expect(csv).not.toContain(attendee.name);
  });
});
