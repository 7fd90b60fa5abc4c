import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getDb } from "@/db/client";
import { localMailboxVisible } from "@/lib/env";
import { extractLinks, getLocalMail } from "@/lib/mail/local-mailbox";

export const metadata: Metadata = { title: "Local mailbox", robots: { index: false, follow: false } };

/** One delivered email: headers, the HTML in a fully sandboxed frame (no scripts, no forms), and the text part. */
export default async function LocalMailPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  if (!localMailboxVisible()) notFound();
  const { id } = await params;
  const mail = await getLocalMail({ db: getDb(), id });
  if (!mail) notFound();
  const links = extractLinks(mail.html);

  return (
    <main className="mx-auto max-w-4xl px-4 py-8">
      <Link href="/dev/mail" className="text-sm text-blue-700 underline">
        ← Local mailbox
      </Link>
      <h1 className="mt-3 text-2xl font-bold" data-testid="mail-subject">
        {mail.subject}
      </h1>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-500">To</dt>
        <dd data-testid="mail-to">{mail.toAddress}</dd>
        <dt className="text-slate-500">From</dt>
        <dd data-testid="mail-from">{mail.fromAddress}</dd>
        <dt className="text-slate-500">Date</dt>
        <dd>
          <time dateTime={mail.createdAt.toISOString()}>
            {mail.createdAt.toISOString().replace("T", " ").slice(0, 19)} UTC
          </time>
        </dd>
      </dl>

      {links.length > 0 ? (
        <section className="mt-4">
          <h2 className="text-sm font-semibold text-slate-700">Links</h2>
          <ul className="mt-1 space-y-1 text-sm">
            {links.map((href) => (
              <li key={href}>
                <a href={href} className="break-all text-blue-700 underline" data-testid="mail-link-out">
                  {href}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <h2 className="mt-6 text-sm font-semibold text-slate-700">HTML</h2>
      <iframe
        title={`HTML part of: ${mail.subject}`}
        srcDoc={mail.html}
        sandbox=""
        className="mt-1 h-[640px] w-full rounded-lg border border-slate-200 bg-white"
        data-testid="mail-html"
      />

      {mail.attachments.map((file) => (
        <section key={file.filename} className="mt-6">
          <h2 className="text-sm font-semibold text-slate-700">{`Attachment: ${file.filename}`}</h2>
          <pre
            className="mt-1 overflow-x-auto rounded-lg border border-slate-200 bg-slate-50 p-4 text-sm"
            data-testid="mail-attachment"
          >
            {file.contentType.startsWith("text/")
              ? Buffer.from(file.contentBase64, "base64")
                  .toString("utf8")
                  .replace(/^\uFEFF/, "")
              : `${file.contentType}, ${Math.floor((file.contentBase64.length * 3) / 4)} bytes`}
          </pre>
        </section>
      ))}

      <h2 className="mt-6 text-sm font-semibold text-slate-700">Plain text</h2>
      <pre
        className="mt-1 overflow-x-auto whitespace-pre-wrap rounded-lg border border-slate-200 bg-slate-50 p-4 text-sm"
        data-testid="mail-text"
      >
        {mail.text}
      </pre>
    </main>
  );
}
