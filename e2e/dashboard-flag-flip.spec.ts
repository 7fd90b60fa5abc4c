import { devices, type Browser, type Page } from "@playwright/test";
import { E2E_OPERATOR_EMAIL } from "../playwright.config";
import { DEMO_ORG_ID, expect, test } from "./dashboard-fixtures";
import { OrderPage } from "./pages/order-page";
import { createPublishedEvent, createSignedInUser, e2eDb, ordersOf } from "./support/db";
import { uniqueEmail } from "./support/test-data";

/**
 * A flag flip changes what an attendee sees without a restart (issue 14, ADR 027/034). The operator flips
 * `order-link-resend` on /dashboard/operator; the order page, which decides its flags per request into the
 * settings object, offers "Email me the link to my order" (after an address's second order is refused) or not.
 *
 * The flag is global state shared with specs running alongside, so this spec never turns it off for them: the
 * event lives in an organisation of its own, and the flag is kept on for the demo organisation (every other
 * spec's events) while this event is added to, then removed from, its allow list with a 0% roll-out. The
 * flag's cache (FLAG_CACHE_MS, 5 s per instance; the saving instance forgets at once) bounds the wait.
 */
const FLAG_PROPAGATION_MS = 5_000 + 5_000; // the stated bound, plus slack for a busy machine
const FLAG_KEY = "order-link-resend";

test.afterAll(async () => {
  // Back to the flag's default (no row: on for everyone) for whatever runs next; the server sees it within 5 s.
  await e2eDb().query(`delete from feature_flags where key = $1`, [FLAG_KEY]);
});

async function separateOrganisation(): Promise<string> {
  const org = await e2eDb().query<{ id: string }>(
    `insert into organisations (name) values ('Flag flip e2e') returning id`,
  );
  return org.rows[0]!.id;
}

/** The attendee's phone, signed in as nobody. */
async function attendeePhone(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ ...devices["Pixel 7"], baseURL });
  return context.newPage();
}

/**
 * Orders again with an address that already has an order and returns whether the refusal offers to email the
 * order's link. A fresh page each time: the page decides its flags when it is rendered.
 */
async function offersOrderLink(orderPage: OrderPage, slug: string, itemName: string, email: string) {
  await orderPage.goto(slug);
  await orderPage.chooseVariant(itemName, "S");
  await orderPage.fillAttendee({ name: "Ada Lovelace", email });
  await orderPage.submit();
  await expect(orderPage.errorSummary).toContainText(
    "An order has already been placed with this email address",
  );
  return (await orderPage.page.getByTestId("resend-order-link").count()) > 0;
}

async function saveFlag(page: Page, { eventIds }: { eventIds: string[] }) {
  await page.goto("/dashboard/operator");
  const form = page.getByRole("form", { name: `Flag ${FLAG_KEY}` });
  await form.getByRole("checkbox", { name: "Enabled" }).check();
  await form.getByRole("spinbutton", { name: "Roll-out percentage" }).fill("0");
  await form.getByRole("textbox", { name: "Organisations always on" }).fill(DEMO_ORG_ID);
  await form.getByRole("textbox", { name: "Events always on" }).fill(eventIds.join("\n"));
  await form.getByRole("button", { name: `Save ${FLAG_KEY}` }).click();
  await expect(form.getByTestId("action-result")).toHaveText(`Flag ${FLAG_KEY} saved.`);
}

test("an operator's flag flip shows and hides the attendee's order-link offer without a restart", async ({
  page,
  browser,
  baseURL,
}) => {
  const orgId = await separateOrganisation();
  const slug = `flag-flip-${Date.now().toString(36)}`;
  const { eventId, itemName } = await createPublishedEvent({ orgId, slug, name: "Flag flip" });

  // The operator signs in (OPERATOR_EMAILS names this address on the e2e server).
  const operator = await createSignedInUser({ email: E2E_OPERATOR_EMAIL });
  await page.context().addCookies([
    {
      name: "authjs.session-token",
      value: operator.sessionToken,
      url: baseURL!,
      httpOnly: true,
      sameSite: "Lax",
    },
  ]);

  // An attendee who has ordered once (so a second order is refused with the attendee limit).
  const attendee = await attendeePhone(browser, baseURL!);
  const orderPage = new OrderPage(attendee);
  const email = uniqueEmail("flag-flip");
  await orderPage.goto(slug);
  await orderPage.chooseVariant(itemName, "S");
  await orderPage.fillAttendee({ name: "Ada Lovelace", email });
  await orderPage.submit();
  await expect.poll(async () => (await ordersOf(email)).references.length).toBe(1);

  // Off for this event (its organisation is not listed, nobody else gets it at 0%): no offer.
  await saveFlag(page, { eventIds: [] });
  await expect(async () => {
    expect(await offersOrderLink(orderPage, slug, itemName, email)).toBe(false);
  }).toPass({ timeout: FLAG_PROPAGATION_MS });

  // On for this event: the same page, rendered again, offers the link. No restart in between.
  await saveFlag(page, { eventIds: [eventId] });
  await expect(async () => {
    expect(await offersOrderLink(orderPage, slug, itemName, email)).toBe(true);
  }).toPass({ timeout: FLAG_PROPAGATION_MS });

  // Off again: hidden again.
  await saveFlag(page, { eventIds: [] });
  await expect(async () => {
    expect(await offersOrderLink(orderPage, slug, itemName, email)).toBe(false);
  }).toPass({ timeout: FLAG_PROPAGATION_MS });
  expect((await ordersOf(email)).references).toHaveLength(1);

  await attendee.context().close();
});
