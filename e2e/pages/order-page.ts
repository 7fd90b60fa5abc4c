import { expect, type Locator, type Page } from "@playwright/test";
import { tenantUrl } from "../support/urls";

/** The attendee's order form (/order on an event's host), by the names a screen reader would use. */
export class OrderPage {
  readonly form: Locator;
  readonly heading: Locator;
  readonly name: Locator;
  readonly email: Locator;
  readonly submitButton: Locator;
  readonly errorSummary: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByTestId("order-form");
    this.heading = page.getByRole("heading", { level: 1, name: "Place your order" });
    this.name = this.form.getByRole("textbox", { name: "Your name", exact: true });
    this.email = this.form.getByRole("textbox", { name: "Email address", exact: true });
    this.submitButton = this.form.getByRole("button", { name: "Place order" });
    this.errorSummary = page.getByTestId("order-error-summary");
  }

  async goto(slug: string): Promise<void> {
    await this.page.goto(tenantUrl(slug, "/order"));
    await expect(this.heading).toBeVisible();
    await this.waitUntilInteractive();
  }

  /**
   * The server-rendered form looks exactly like the hydrated one, but a tap before hydration would submit it
   * natively (a GET of /order with the fields in the query string) instead of through react-hook-form. React
   * marks each DOM node it has hydrated with a `__reactFiber…` key: wait for the form's.
   */
  async waitUntilInteractive(): Promise<void> {
    await expect
      .poll(() => this.form.evaluate((el) => Object.keys(el).some((k) => k.startsWith("__reactFiber"))), {
        message: "order form hydrated",
      })
      .toBe(true);
  }

  item(name: string): Locator {
    return this.form.getByRole("group", { name, exact: true });
  }

  variant(item: string, label: string): Locator {
    return this.item(item).getByRole("radio", { name: label, exact: true });
  }

  /** The visible chip around a variant's radio (the radio itself is visually hidden): what a thumb taps. */
  variantChip(item: string, label: string): Locator {
    // `has` is resolved inside each label, so it takes a locator relative to it, not the full chain.
    const radio = this.page.getByRole("radio", { name: label, exact: true });
    return this.item(item).locator("label").filter({ has: radio });
  }

  async chooseVariant(item: string, label: string): Promise<void> {
    await this.variantChip(item, label).click();
    await expect(this.variant(item, label)).toBeChecked();
  }

  quantity(item: string): Locator {
    return this.form.getByRole("group", { name: `Quantity of ${item}`, exact: true });
  }

  async fillAttendee({ name, email }: { name: string; email: string }): Promise<void> {
    await this.name.fill(name);
    await this.email.fill(email);
  }

  /** A question of the event's own form shown as a fieldset named by its legend (radio groups are radiogroups). */
  fieldGroup(legend: string, role: "group" | "radiogroup" = "group"): Locator {
    return this.form.getByRole(role, { name: legend, exact: true });
  }

  /** DevConf's questions (lib/forms/examples.ts): fit, optional company, required privacy consent. */
  async answerDevconfForm({ fit, company }: { fit: "Regular" | "Fitted"; company?: string }): Promise<void> {
    await this.fieldGroup("T-shirt fit", "radiogroup").getByRole("radio", { name: fit, exact: true }).check();
    if (company !== undefined) {
      await this.form.getByRole("textbox", { name: "Company (optional)" }).fill(company);
    }
    await this.privacyConsent().check();
  }

  /** A complete, valid DevConf order of one pair of socks (plentiful stock), ready to submit. */
  async fillSocksOrder({ email, name = "Grace Hopper" }: { email: string; name?: string }): Promise<void> {
    await this.chooseVariant("Conference socks", "One size");
    await this.fillAttendee({ name, email });
    await this.answerDevconfForm({ fit: "Regular" });
  }

  privacyConsent(): Locator {
    return this.fieldGroup("Privacy").getByRole("checkbox");
  }

  async submit(): Promise<void> {
    await this.submitButton.click();
  }

  /** The inline message of a field, found through the control's aria-describedby like assistive technology. */
  async expectFieldError(control: Locator, message: string | RegExp): Promise<void> {
    await expect(control).toHaveAccessibleDescription(
      message instanceof RegExp ? message : new RegExp(escape(message)),
    );
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
