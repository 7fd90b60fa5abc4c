import type { Locator, Page } from "@playwright/test";

/** "My order", reached from the private link in the confirmation email. */
export class MyOrderPage {
  readonly heading: Locator;
  readonly reference: Locator;
  readonly status: Locator;
  readonly history: Locator;
  readonly lines: Locator;
  readonly cancelButton: Locator;
  readonly confirmCancelButton: Locator;
  readonly keepOrderLink: Locator;
  readonly cancelled: Locator;
  readonly cancelProblem: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "Your order" });
    this.reference = page.getByTestId("order-reference");
    this.status = page.getByTestId("order-status");
    this.history = page.getByTestId("order-history");
    this.lines = page.getByTestId("order-line");
    this.cancelButton = page.getByRole("button", { name: "Cancel my order", exact: true });
    this.confirmCancelButton = page.getByRole("button", { name: "Yes, cancel my order" });
    this.keepOrderLink = page.getByRole("link", { name: "No, keep my order" });
    this.cancelled = page.getByRole("status").filter({ hasText: "Your order was cancelled" });
    this.cancelProblem = page.getByTestId("cancel-problem");
  }
}
