import { DEMO_ORG_ID, expect, test } from "./dashboard-fixtures";
import { createPublishedEvent, e2eDb } from "./support/db";

/** An organiser toggles an event's maintenance on its settings page (ADR 027): saved, audited, a banner shows. */
test("an organiser puts an event in read-only with a message, sees the banner, and turns it off", async ({
  page,
  signInAs,
}) => {
  const slug = `maint-ui-${Date.now().toString(36)}`;
  const { eventId } = await createPublishedEvent({ orgId: DEMO_ORG_ID, slug, name: "Maintenance UI" });
  await signInAs("organiser");
  await page.goto(`/dashboard/${DEMO_ORG_ID}/events/${eventId}/settings`);

  const form = page.getByRole("form", { name: "Maintenance" });
  await form.getByRole("radio", { name: /^Read-only/ }).check();
  await form.getByRole("textbox", { name: "Message for attendees" }).fill("x".repeat(501));
  await form.getByRole("button", { name: "Save maintenance" }).click();
  await expect(form.getByText("Keep the message under 500 characters")).toBeVisible();

  await form.getByRole("textbox", { name: "Message for attendees" }).fill("Back after the keynote.");
  await form.getByRole("button", { name: "Save maintenance" }).click();
  await expect(form.getByTestId("action-result")).toHaveText("Maintenance saved.");
  await expect(page.getByTestId("maintenance-banner")).toContainText("Back after the keynote.");
  const row = await e2eDb().query<{ maintenance_mode: string }>(
    `select maintenance_mode from events where id = $1`,
    [eventId],
  );
  expect(row.rows[0]?.maintenance_mode).toBe("read_only");
  const audit = await e2eDb().query(
    `select 1 from audit_entries where target_id = $1 and action = 'event.maintenance_changed'`,
    [eventId],
  );
  expect(audit.rowCount).toBe(1);

  await form.getByRole("radio", { name: /^Off/ }).check();
  await form.getByRole("button", { name: "Save maintenance" }).click();
  await expect(form.getByTestId("action-result")).toHaveText("Maintenance is off: the shop works as usual.");
  await expect(page.getByTestId("maintenance-banner")).toHaveCount(0);
});

test("the operator page is a 404 for a signed-in user who is not an operator", async ({ page, signInAs }) => {
  await signInAs("owner");
  const response = await page.goto("/dashboard/operator");
  expect(response?.status()).toBe(404);
});
