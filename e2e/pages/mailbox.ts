import { expect, type Locator, type Page } from "@playwright/test";
import { rootUrl } from "../support/urls";

export type OpenedMail = { subject: string; to: string; text: string; links: string[] };

/**
 * The local mailbox (/dev/mail on the root domain) where the outbox delivers when no mail provider is set.
 * The outbox is drained by an in-process loop about once a second, so lookups poll.
 */
export class Mailbox {
  constructor(readonly page: Page) {}

  rows(subject?: RegExp): Locator {
    const rows = this.page.getByTestId("mail-row");
    return subject
      ? rows.filter({ has: this.page.getByTestId("mail-subject").filter({ hasText: subject }) })
      : rows;
  }

  async gotoInbox(to: string): Promise<void> {
    await this.page.goto(rootUrl(`/dev/mail?to=${encodeURIComponent(to)}`));
  }

  /** Reloads the inbox of `to` until `count` mails match `subject` (at least one by default). */
  async waitForMail({ to, subject, timeout = 20_000 }: { to: string; subject: RegExp; timeout?: number }) {
    await expect(async () => {
      await this.gotoInbox(to);
      await expect(this.rows(subject)).not.toHaveCount(0, { timeout: 500 });
    }).toPass({ timeout, intervals: [250, 500, 1_000] });
  }

  async count({ to, subject }: { to: string; subject?: RegExp }): Promise<number> {
    await this.gotoInbox(to);
    await expect(this.page.getByRole("heading", { level: 1, name: "Local mailbox" })).toBeVisible();
    return this.rows(subject).count();
  }

  /** Waits for the newest mail to `to` matching `subject`, opens it and reads what it says. */
  async open({ to, subject }: { to: string; subject: RegExp }): Promise<OpenedMail> {
    await this.waitForMail({ to, subject });
    await this.rows(subject).first().getByTestId("mail-link").click();
    const subjectHeading = this.page.getByRole("heading", { level: 1 });
    await expect(subjectHeading).toHaveText(subject);
    return {
      subject: (await subjectHeading.innerText()).trim(),
      to: (await this.page.getByTestId("mail-to").innerText()).trim(),
      text: await this.page.getByTestId("mail-text").innerText(),
      links: await this.page
        .getByTestId("mail-link-out")
        .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? "")),
    };
  }
}
