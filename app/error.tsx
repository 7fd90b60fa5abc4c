"use client";

import { useEffect, useRef } from "react";
import { buttonClassName, LinkButton } from "@/components/ui/button";
import { PlatformHeader } from "@/components/ui/platform-header";

/**
 * The fallback for any error below the root layout. It never shows the error's message or stack (in
 * production Next already withholds server messages; client errors would still carry theirs): only the
 * digest, which matches the server log line, so support can find what happened.
 */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Move focus to the announcement so keyboard and screen-reader users learn the page changed.
  useEffect(() => heading.current?.focus(), []);
  const digest = errorDigest(error);

  return (
    <div className="flex min-h-dvh flex-col bg-white">
      <PlatformHeader />
      <main className="mx-auto flex w-full max-w-lg flex-1 flex-col justify-center gap-6 px-6 py-16">
        <div className="flex flex-col gap-3">
          <p className="text-sm font-semibold uppercase tracking-wide text-slate-600">Error</p>
          <h1 ref={heading} tabIndex={-1} className="text-3xl font-bold text-slate-900 outline-none">
            Something went wrong
          </h1>
          <p className="text-lg text-slate-700">
            We could not finish loading this page. This is on our side, not yours. Please try again in a
            moment.
          </p>
          {digest && (
            <p className="text-sm text-slate-600">
              If it keeps happening, contact the organiser or support and quote this reference:{" "}
              <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-slate-900">{digest}</code>
            </p>
          )}
        </div>
        <div className="flex flex-wrap gap-3">
          <button type="button" onClick={() => retry()} className={buttonClassName({ variant: "platform" })}>
            Try again
          </button>
          {/* A full page load on purpose: it also clears whatever client state led here. */}
          <LinkButton href="/" variant="secondary">
            Go to the home page
          </LinkButton>
        </div>
      </main>
    </div>
  );
}

function errorDigest(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("digest" in error)) return undefined;
  const digest = (error as { digest?: unknown }).digest;
  return typeof digest === "string" && digest.length > 0 ? digest : undefined;
}
