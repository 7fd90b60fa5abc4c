import "server-only";
import { getDb } from "@/db/client";
import { env } from "@/lib/env";
import { createLocalTransport } from "./local-transport";
import { createResendTransport } from "./resend-transport";
import type { MailTransport } from "./transport";

export type { MailTransport, OutgoingMail } from "./transport";
export { MailSendError, InvalidMessageError } from "./errors";

/** Resend when RESEND_API_KEY is set, else the local mailbox (ARCHITECTURE decision 4). */
export function getTransport(): MailTransport {
  const { RESEND_API_KEY, RESEND_BASE_URL } = env();
  if (RESEND_API_KEY) return createResendTransport({ apiKey: RESEND_API_KEY, baseUrl: RESEND_BASE_URL });
  return createLocalTransport(getDb());
}
