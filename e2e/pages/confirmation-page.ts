import { expect, type Locator, type Page } from "@playwright/test";

/** Where a placed order lands: /order/confirmation/<token> on the event's host. */
export class ConfirmationPage {
  readonly heading: Locator;
  readonly reference: Locator;
  readonly emailNotice: Locator;
  readonly lines: Locator;
  readonly total: Locator;
  readonly answers: Locator;
  readonly myOrderLink: Locator;
  /** The check mark beside the heading: decorative, so found by test id rather than by role. */
  readonly successMark: Locator;
  readonly placedAt: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "Thank you for your order!" });
    this.reference = page.getByTestId("order-reference");
    this.emailNotice = page.getByTestId("confirmation-email-notice");
    this.lines = page.getByTestId("order-line");
    this.total = page.getByTestId("order-total");
    this.answers = page.getByTestId("order-answers");
    this.myOrderLink = page.getByRole("link", { name: "View or cancel your order" });
    this.successMark = page.getByTestId("success-mark");
    this.placedAt = page.getByTestId("order-placed-at");
  }

  /** Waits for the redirect after "Place order" and returns the order reference shown. */
  async expectLoaded(): Promise<string> {
    await expect(this.page).toHaveURL(/\/order\/confirmation\/[^/?#]+$/, { timeout: 15_000 });
    await expect(this.heading).toBeVisible();
    return (await this.reference.innerText()).trim();
  }
}
