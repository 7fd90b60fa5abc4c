import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { z } from "zod";
import { text } from "@/lib/validation/text";
import { getDb } from "@/db/client";
import { localMailboxVisible } from "@/lib/env";
import { limits } from "@/lib/limits";
import { listLocalMail } from "@/lib/mail/local-mailbox";

export const metadata: Metadata = { title: "Local mailbox", robots: { index: false, follow: false } };

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const searchSchema = z.object({
  page: z.preprocess(first, z.coerce.number().int().min(1).max(100_000)).catch(1),
  to: z.preprocess(first, text().trim().min(1).max(limits.emailMaxLength).optional()).catch(undefined),
});

function pageHref(page: number, to?: string): string {
  const params = new URLSearchParams();
  if (page > 1) params.set("page", String(page));
  if (to) params.set("to", to);
  const query = params.toString();
  return query ? `/dev/mail?${query}` : "/dev/mail";
}

/**
 * What the local transport "sent". Served only while no mail provider is configured, which includes the
 * e2e suite's production build; with RESEND_API_KEY set this route does not exist.
 */
export default async function LocalMailboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await connection();
  if (!localMailboxVisible()) notFound();
  const { page, to } = searchSchema.parse(await searchParams);
  const pageSize = limits.pageSizeDefault;
  const { mails, hasMore } = await listLocalMail({ db: getDb(), page, pageSize, to });

  return (
    <main className="mx-auto max-w-4xl px-4 py-8">
      <h1 className="text-2xl font-bold">Local mailbox</h1>
      <p className="mt-1 text-sm text-slate-600">
        No mail provider is configured, so emails are delivered here instead of being sent.
        {to ? (
          <>
            {" "}
            Showing mail to <strong>{to}</strong>.{" "}
            <Link href="/dev/mail" className="text-blue-700 underline">
              Show all
            </Link>
          </>
        ) : null}
      </p>

      {mails.length === 0 ? (
        <p
          className="mt-8 rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-600"
          data-testid="mail-empty"
        >
          No mail yet.
        </p>
      ) : (
        <ul
          className="mt-6 divide-y divide-slate-200 rounded-lg border border-slate-200"
          data-testid="mail-list"
        >
          {mails.map((mail) => (
            <li key={mail.id} data-testid="mail-row">
              <Link
                href={`/dev/mail/${mail.id}`}
                className="flex flex-col gap-1 px-4 py-3 hover:bg-slate-50 focus:bg-slate-50 sm:flex-row sm:items-center sm:gap-4"
                data-testid="mail-link"
              >
                <span className="font-medium sm:flex-1" data-testid="mail-subject">
                  {mail.subject}
                </span>
                <span className="text-sm text-slate-600" data-testid="mail-to">
                  {mail.toAddress}
                </span>
                <time className="text-xs text-slate-500 tabular-nums" dateTime={mail.createdAt.toISOString()}>
                  {mail.createdAt.toISOString().replace("T", " ").slice(0, 19)} UTC
                </time>
              </Link>
            </li>
          ))}
        </ul>
      )}

      <nav className="mt-4 flex justify-between text-sm" aria-label="Pagination">
        {page > 1 ? (
          <Link href={pageHref(page - 1, to)} className="text-blue-700 underline" data-testid="mail-newer">
            ← Newer
          </Link>
        ) : (
          <span />
        )}
        {hasMore ? (
          <Link href={pageHref(page + 1, to)} className="text-blue-700 underline" data-testid="mail-older">
            Older →
          </Link>
        ) : null}
      </nav>
    </main>
  );
}
