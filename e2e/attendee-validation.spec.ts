import { expect, test } from "./fixtures";
import type { OrderPage } from "./pages/order-page";
import { BREAKFAST, DEVCONF, uniqueEmail } from "./support/test-data";

/**
 * What the order form refuses, and how it says so: every problem at once (summary and inline), focus on the
 * first, and the server's own refusals (attendee limit) on the field they concern. Submitting twice is in
 * attendee-idempotency.spec.ts. Orders placed here take socks or breakfast, never a scarce t-shirt size.
 */

const MESSAGES = {
  summaryHeading: "There is a problem with your order",
  noItem: "Choose at least one item",
  name: "Enter your name",
  email: "Enter your email address",
  invalidEmail: "Enter a valid email address",
  choice: "Choose an option",
  consent: "You must accept this to continue",
  text: "Enter an answer",
  attendeeLimit: "An order has already been placed with this email address",
};

test.describe("the DevConf order form", () => {
  test.beforeEach(async ({ orderPage }) => {
    await orderPage.goto(DEVCONF.slug);
  });

  test("submitting it empty names every problem, not just the first, and focuses the first", async ({
    orderPage,
  }) => {
    await orderPage.submit();

    const summary = orderPage.errorSummary;
    await expect(summary).toBeVisible();
    await expect(summary).toHaveAttribute("role", "alert");
    await expect(summary.getByRole("heading", { name: MESSAGES.summaryHeading })).toBeVisible();
    await expect(summary.getByRole("listitem")).toHaveText([
      new RegExp(MESSAGES.noItem),
      `Your name: ${MESSAGES.name}`,
      `Email address: ${MESSAGES.email}`,
      `T-shirt fit: ${MESSAGES.choice}`,
      `Privacy: ${MESSAGES.consent}`,
    ]);

    // Each field says what is wrong with it, where it is, as its accessible description.
    await orderPage.expectFieldError(orderPage.name, MESSAGES.name);
    await orderPage.expectFieldError(orderPage.email, MESSAGES.email);
    await orderPage.expectFieldError(orderPage.fieldGroup("T-shirt fit", "radiogroup"), MESSAGES.choice);
    await orderPage.expectFieldError(orderPage.privacyConsent(), MESSAGES.consent);
    await expect(orderPage.name).toHaveAttribute("aria-invalid", "true");
    await expect(orderPage.email).toHaveAttribute("aria-invalid", "true");
    // The optional company field has nothing to complain about.
    await expect(orderPage.form.getByRole("textbox", { name: "Company (optional)" })).not.toHaveAttribute(
      "aria-invalid",
      "true",
    );

    // The first problem is the missing item: focus lands on a size of the first item.
    await expect(orderPage.item(DEVCONF.shirt).locator(":focus")).toHaveCount(1);
    await expect(orderPage.variant(DEVCONF.shirt, DEVCONF.sizes[0])).toBeFocused();
    await expect(orderPage.page).toHaveURL(/\/order$/);
  });

  test("focus goes to the first field in page order that still has a problem", async ({ orderPage }) => {
    await orderPage.chooseVariant(DEVCONF.shirt, "M");
    await orderPage.submit();
    await expect(orderPage.name).toBeFocused();
    await expect(orderPage.errorSummary.getByRole("listitem")).toHaveCount(4);

    await orderPage.name.fill("Grace Hopper");
    await orderPage.submit();
    await expect(orderPage.email).toBeFocused();
    await expect(orderPage.errorSummary.getByRole("listitem")).toHaveCount(3);

    // A summary entry jumps to its field.
    await orderPage.errorSummary.getByRole("link", { name: `Privacy: ${MESSAGES.consent}` }).click();
    await expect(orderPage.privacyConsent()).toBeFocused();
  });

  test("an invalid email address is refused as you leave the field and when submitting", async ({
    orderPage,
  }) => {
    await orderPage.email.fill("grace.hopper-at-example.com");
    await orderPage.email.blur();
    await orderPage.expectFieldError(orderPage.email, MESSAGES.invalidEmail);

    await orderPage.fillSocksOrder({ email: "grace@example" });
    await orderPage.submit();
    await expect(orderPage.errorSummary.getByRole("listitem")).toHaveText([
      `Email address: ${MESSAGES.invalidEmail}`,
    ]);
    await expect(orderPage.email).toBeFocused();
    await expect(orderPage.page).toHaveURL(/\/order$/);

    // Fixing it clears the message as you type.
    await orderPage.email.fill("grace@example.com");
    await expect(orderPage.email).not.toHaveAttribute("aria-invalid", "true");
    await expect(orderPage.email).not.toHaveAccessibleDescription(new RegExp(MESSAGES.invalidEmail));
  });

  test("the sold-out size is shown but cannot be chosen", async ({ page, orderPage }) => {
    const soldOut = orderPage.variant(DEVCONF.shirt, DEVCONF.soldOutSize);
    await expect(soldOut).toBeDisabled();
    await expect(soldOut).toHaveAccessibleDescription("Sold out");
    await expect(orderPage.variant(DEVCONF.shirt, DEVCONF.lowStockSize)).toHaveAccessibleDescription(
      /Only \d left/,
    );
    await expect(orderPage.variant(DEVCONF.shirt, "XXL")).toBeEnabled();

    // Tapping its chip (the visible label around the radio) does not select it.
    await orderPage.variantChip(DEVCONF.shirt, DEVCONF.soldOutSize).click({ force: true });
    await expect(soldOut).not.toBeChecked();
    await expect(orderPage.item(DEVCONF.shirt).getByRole("radio", { checked: true })).toHaveCount(0);

    // Nor does the keyboard: arrowing through the sizes skips it.
    await orderPage.variant(DEVCONF.shirt, DEVCONF.lowStockSize).focus();
    await page.keyboard.press("ArrowRight");
    await expect(orderPage.variant(DEVCONF.shirt, "XXL")).toBeFocused();
    await expect(soldOut).not.toBeChecked();
  });

  test("the first tap after leaving an invalid field lands on what was tapped", async ({ orderPage }) => {
    const fit = orderPage.fieldGroup("T-shirt fit", "radiogroup");
    const regular = fit.getByRole("radio", { name: "Regular", exact: true });
    const fitted = fit.getByRole("radio", { name: "Fitted", exact: true });
    // The whole option row is the target a thumb aims at.
    const row = (label: string) => fit.locator("label").filter({ hasText: new RegExp(`^${label}$`) });

    // A finger: touch events, then the click the browser makes of them.
    await orderPage.email.fill("grace-at-example");
    await row("Regular").tap();
    await expect(regular).toBeChecked();
    await orderPage.expectFieldError(orderPage.email, MESSAGES.invalidEmail);

    // A mouse: the blur happens on the way down, the click on the way up.
    await orderPage.goto(DEVCONF.slug);
    await orderPage.email.fill("grace@example");
    await row("Fitted").click();
    await expect(fitted).toBeChecked();
    await orderPage.expectFieldError(orderPage.email, MESSAGES.invalidEmail);
  });

  test("choosing no item says so at the items, not only in the summary", async ({ page, orderPage }) => {
    const shirt = orderPage.item(DEVCONF.shirt);
    const borderColour = () => shirt.evaluate((el) => getComputedStyle(el).borderTopColor);
    const normal = await borderColour();
    await orderPage.fillAttendee({ name: "Grace Hopper", email: uniqueEmail("no-item") });
    await orderPage.submit();
    const items = page.getByRole("group", { name: "Choose your items" });
    await expect(items).toHaveAccessibleDescription(MESSAGES.noItem);
    // Every item is marked, in colour, not only by a class name.
    await expect.poll(borderColour).not.toBe(normal);
    await orderPage.chooseVariant(DEVCONF.socks, "One size");
    await expect(items).not.toHaveAccessibleDescription(MESSAGES.noItem);
    await expect.poll(borderColour).toBe(normal);
  });

  test("a second order with the same email in other letter case is refused on the email field", async ({
    page,
    orderPage,
    confirmation,
  }) => {
    const email = uniqueEmail("limit");
    await orderPage.fillSocksOrder({ email });
    await orderPage.submit();
    await confirmation.expectLoaded();

    await orderPage.goto(DEVCONF.slug);
    await orderPage.fillSocksOrder({ email: email.toUpperCase() });
    await orderPage.submit();

    await expect(orderPage.errorSummary).toContainText(MESSAGES.attendeeLimit);
    await orderPage.expectFieldError(orderPage.email, MESSAGES.attendeeLimit);
    await expect(orderPage.email).toHaveAttribute("aria-invalid", "true");
    await expect(orderPage.email).toBeFocused();
    await expect(page).toHaveURL(/\/order$/);
    // What was entered is kept, so the attendee can correct it.
    await expect(orderPage.email).toHaveValue(email.toUpperCase());
    await expect(orderPage.variant(DEVCONF.socks, "One size")).toBeChecked();
  });
});

test.describe("the breakfast order form", () => {
  test.beforeEach(async ({ orderPage }) => {
    await orderPage.goto(BREAKFAST.slug);
  });

  const needsBox = (orderPage: OrderPage) =>
    orderPage.form.getByRole("checkbox", { name: "I have dietary needs" });
  const needs = (orderPage: OrderPage) => orderPage.form.getByRole("textbox", { name: "Your dietary needs" });

  test("asks about dietary needs only when ticked, and then requires them", async ({
    orderPage,
    confirmation,
  }) => {
    // The only item in its only variant: nothing to choose.
    await expect(orderPage.variant(BREAKFAST.item, BREAKFAST.item)).toBeChecked();
    await expect(needsBox(orderPage)).not.toBeChecked();
    await expect(needs(orderPage)).toHaveCount(0);

    await orderPage.fillAttendee({ name: "Katherine Johnson", email: uniqueEmail("breakfast") });
    await needsBox(orderPage).check();
    await expect(needs(orderPage)).toBeVisible();
    await orderPage.submit();
    await expect(orderPage.errorSummary.getByRole("listitem")).toHaveText([
      `Your dietary needs: ${MESSAGES.text}`,
    ]);
    await orderPage.expectFieldError(needs(orderPage), MESSAGES.text);
    await expect(needs(orderPage)).toBeFocused();

    // Unticking hides the question again; ticking brings it back.
    await needsBox(orderPage).uncheck();
    await expect(needs(orderPage)).toHaveCount(0);
    await needsBox(orderPage).check();
    await needs(orderPage).fill("Vegan, and no peanuts please.");
    await orderPage.submit();
    const reference = await confirmation.expectLoaded();
    expect(reference).toMatch(BREAKFAST.referencePattern);
    await expect(confirmation.answers).toContainText("Your dietary needs");
    await expect(confirmation.answers).toContainText("Vegan, and no peanuts please.");
  });

  test("hiding a question also withdraws its problem from the error summary", async ({ orderPage }) => {
    await orderPage.fillAttendee({ name: "Dorothy Vaughan", email: uniqueEmail("breakfast-hidden") });
    await needsBox(orderPage).check();
    await orderPage.submit();
    await expect(orderPage.errorSummary).toContainText(MESSAGES.text);

    await needsBox(orderPage).uncheck();
    await expect(needs(orderPage)).toHaveCount(0);
    await expect(orderPage.page.getByText(MESSAGES.text)).toHaveCount(0, { timeout: 2_000 });
  });

  test("without dietary needs, the order goes through without the question", async ({
    orderPage,
    confirmation,
  }) => {
    await orderPage.fillAttendee({ name: "Mary Jackson", email: uniqueEmail("breakfast-plain") });
    await orderPage.submit();
    await confirmation.expectLoaded();
    await expect(confirmation.lines).toHaveCount(1);
    await expect(confirmation.page.getByText("Your dietary needs")).toHaveCount(0);
  });
});
