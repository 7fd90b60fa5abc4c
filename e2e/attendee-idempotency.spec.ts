import type { Page, Request, Route } from "@playwright/test";
import { expect, test } from "./fixtures";
import { ordersOf } from "./support/db";
import { DEVCONF, uniqueEmail } from "./support/test-data";

/**
 * "Submitting twice, a double tap or a retry after a lost connection creates one order, not two." The form
 * sends one idempotency key per page, so a repeat must come back as the first order — not as a refusal: the
 * attendee limit (one order per email) would refuse a genuine second order, which is why the retry test
 * checks that the repeat reaches the confirmation page, not only that one order exists.
 *
 * A second submit while the first is in flight is not sent at all (the form takes one submit at a time), so
 * no queued action is posted to the confirmation URL after the first redirects.
 */

const isOrderAction = (request: Request) => request.method() === "POST" && !!request.headers()["next-action"];

/**
 * route.fetch() runs in Node, whose resolver does not know *.localhost (Chromium does): send it to the
 * loopback address the browser would have used, with the event's Host header.
 */
async function fetchThroughLoopback(route: Route) {
  const url = new URL(route.request().url());
  const host = url.host;
  url.hostname = "localhost";
  return route.fetch({ url: url.toString(), headers: { ...route.request().headers(), host } });
}

/** The first order submission reaches the server and is processed, but its answer never reaches the phone. */
async function dropFirstAnswer(page: Page): Promise<{ dropped: () => number }> {
  let dropped = 0;
  await page.route(
    (url) => url.pathname === "/order",
    async (route) => {
      if (!isOrderAction(route.request()) || dropped > 0) return route.fallback();
      dropped += 1;
      await fetchThroughLoopback(route);
      await route.abort("internetdisconnected");
    },
  );
  return { dropped: () => dropped };
}

/**
 * The order posts the page has sent and how many are still waiting for their answer: once none is, the
 * database holds everything they did, and counting there needs no grace period.
 */
function trackOrderPosts(page: Page): { sent: () => number; unanswered: () => number } {
  let sent = 0;
  let answered = 0;
  page.on("request", (request) => {
    if (isOrderAction(request)) sent += 1;
  });
  const settle = (request: Request) => {
    if (isOrderAction(request)) answered += 1;
  };
  page.on("requestfinished", settle);
  page.on("requestfailed", settle);
  return { sent: () => sent, unanswered: () => sent - answered };
}

const OFFLINE_MESSAGE = "We could not reach Swagstand";

test.beforeEach(async ({ orderPage }) => {
  await orderPage.goto(DEVCONF.slug);
});

test("double-clicking “Place order” places one order", async ({ page, orderPage, confirmation }) => {
  const email = uniqueEmail("double-click");
  await orderPage.fillSocksOrder({ email });
  const posts = trackOrderPosts(page);
  await orderPage.submitButton.dblclick();
  const reference = await confirmation.expectLoaded();
  await expect(orderPage.errorSummary).toHaveCount(0);

  // Every post has its answer: one order and one confirmation email in the database, the one shown.
  await expect.poll(posts.unanswered).toBe(0);
  expect(posts.sent()).toBe(1);
  expect(await ordersOf(email)).toEqual({ references: [reference], confirmationEmails: 1 });
});

test("two submits in the same instant send one request", async ({ page, orderPage, confirmation }) => {
  await orderPage.fillSocksOrder({ email: uniqueEmail("same-instant") });
  const actionPosts: string[] = [];
  page.on("request", (request) => {
    if (isOrderAction(request) || request.headers()["next-action"]) actionPosts.push(request.url());
  });
  // Faster than any re-render could disable the button.
  await orderPage.form.evaluate((form: HTMLFormElement) => {
    form.requestSubmit();
    form.requestSubmit();
  });
  await confirmation.expectLoaded();
  // Both submits happened in one task, before the first answer: a second post would have been sent by now.
  expect(actionPosts).toHaveLength(1);
  expect(actionPosts[0]).toMatch(/\/order$/);
});

test("when the form's validation cannot be fetched, the attendee is told it is the connection", async ({
  page,
  orderPage,
}) => {
  // The validation is loaded lazily, at the first touch of the form: take the network away before that.
  await page.route(
    (url) => url.pathname.endsWith(".js"),
    (route) => route.abort("internetdisconnected"),
  );
  await orderPage.submitButton.click();
  await expect(orderPage.errorSummary).toContainText(OFFLINE_MESSAGE);
  await expect(orderPage.submitButton).toBeEnabled();
});

test("retrying after the connection dropped returns the order that was placed", async ({
  page,
  orderPage,
  confirmation,
}) => {
  const email = uniqueEmail("retry");
  await orderPage.fillSocksOrder({ email });
  const network = await dropFirstAnswer(page);
  const posts = trackOrderPosts(page);
  await orderPage.submit();
  await expect(orderPage.errorSummary).toContainText(OFFLINE_MESSAGE);
  expect(network.dropped()).toBe(1);

  // The attendee taps again: the same order, not "an order has already been placed with this email address".
  await orderPage.submit();
  const reference = await confirmation.expectLoaded();
  // Both posts (the one whose answer was lost and the retry) reached the server: one order, one email.
  await expect.poll(posts.unanswered).toBe(0);
  expect(posts.sent()).toBe(2);
  expect(await ordersOf(email)).toEqual({ references: [reference], confirmationEmails: 1 });
});
