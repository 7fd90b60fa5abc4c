import "server-only";
import { randomUUID } from "node:crypto";
import { render } from "@react-email/render";
import { createElement } from "react";
import { SignInLinkEmail } from "@/emails/sign-in-link";
import { env } from "@/lib/env";
import { limits } from "@/lib/limits";
import { getTransport } from "@/lib/mail";

/**
 * Sends the magic link straight through the mail transport (Resend, or the local mailbox at /dev/mail),
 * not through the outbox: the link is a live credential and must not sit in a table, and the person is
 * waiting for it now. A failed send surfaces to them and they ask again.
 */
export async function sendMagicLink({ to, url }: { to: string; url: string }): Promise<void> {
  const element = createElement(SignInLinkEmail, {
    url,
    validMinutes: Math.round(limits.magicLinkMaxAgeSeconds / 60),
  });
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  await getTransport().send({
    idempotencyKey: randomUUID(),
    from: env().MAIL_FROM,
    to,
    subject: "Your Swagstand sign-in link",
    html,
    text,
  });
}
