import { DEMO_ORGANISER_EMAIL, expect, test } from "./dashboard-fixtures";
import { rootUrl } from "./support/urls";

test.describe("dashboard sign-in", () => {
  test("magic link through /dev/mail opens the demo organisation; sign-out ends the session", async ({
    page,
    mailbox,
  }) => {
    await page.goto(rootUrl("/"));
    await page.getByRole("link", { name: "Organiser sign in" }).click();
    await expect(page).toHaveURL(/\/dashboard\/sign-in/);
    await page.getByLabel("Email address").fill(DEMO_ORGANISER_EMAIL.toUpperCase());
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByText("Check your inbox: we sent you a sign-in link.")).toBeVisible();

    const mail = await mailbox.open({ to: DEMO_ORGANISER_EMAIL, subject: /Your Swagstand sign-in link/ });
    const link = mail.links.find((href) => href.includes("/api/auth/callback/email"));
    expect(link, "the email carries the sign-in link").toBeTruthy();
    await page.goto(link!);
    await expect(page).toHaveURL(/\/dashboard\/00000000-0000-4000-8000-000000000001/);
    await expect(page.getByTestId("signed-in-as")).toContainText(DEMO_ORGANISER_EMAIL);

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/dashboard\/sign-in/);
    await page.goto(rootUrl("/dashboard"));
    await expect(page).toHaveURL(/\/dashboard\/sign-in/);

    // The link works once.
    await page.goto(link!);
    await expect(page.getByRole("heading", { name: "We could not sign you in" })).toBeVisible();
  });

  test("a bad address is refused with a message and no email is sent", async ({ page }) => {
    await page.goto(rootUrl("/dashboard/sign-in"));
    await page.getByLabel("Email address").fill("not-an-email");
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByText("Enter an email address like name@example.com")).toBeVisible();
    await expect(page.getByLabel("Email address")).toHaveAttribute("aria-invalid", "true");
  });

  test("Auth.js's own email endpoint is closed, so the rate limits cannot be bypassed", async ({
    request,
  }) => {
    const response = await request.post(rootUrl("/api/auth/signin/email"), {
      form: { email: "x@example.com" },
    });
    expect(response.status()).toBe(404);
  });

  test("the dashboard is not served on an event's subdomain", async ({ page }) => {
    const response = await page.goto(rootUrl("/dashboard").replace("://localhost", "://devconf.localhost"));
    expect(response?.status()).toBe(404);
  });
});
