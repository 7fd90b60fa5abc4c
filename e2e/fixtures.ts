import { test as base } from "@playwright/test";
import { ConfirmationPage } from "./pages/confirmation-page";
import { Mailbox } from "./pages/mailbox";
import { MyOrderPage } from "./pages/my-order-page";
import { OrderPage } from "./pages/order-page";

/** The attendee specs' page objects, each bound to the test's page. */
export const test = base.extend<{
  orderPage: OrderPage;
  confirmation: ConfirmationPage;
  myOrder: MyOrderPage;
  mailbox: Mailbox;
}>({
  orderPage: async ({ page }, provide) => provide(new OrderPage(page)),
  confirmation: async ({ page }, provide) => provide(new ConfirmationPage(page)),
  myOrder: async ({ page }, provide) => provide(new MyOrderPage(page)),
  mailbox: async ({ page }, provide) => provide(new Mailbox(page)),
});

export { expect } from "@playwright/test";
