import type { Metadata } from "next";
import { LinkButton } from "@/components/ui/button";
import { DocumentTitle } from "@/components/ui/document-title";
import { PlatformHeader } from "@/components/ui/platform-header";

const TITLE = "Page not found";

export const metadata: Metadata = {
  title: TITLE,
  robots: { index: false },
};

/**
 * The platform's friendly 404: unmatched paths, notFound() anywhere without a closer not-found page, and
 * every host the middleware refuses (unknown or reserved subdomains, /s/* on the root domain). It cannot
 * know which event was meant, so it stays neutral and static (no request data, served from cache), and wears
 * Swagstand's header and button rather than any event's: a draft event's 404 must look like an unknown one's.
 */
export default function NotFound() {
  return (
    <div className="flex min-h-dvh flex-col bg-white">
      <DocumentTitle title={`${TITLE} · Swagstand`} />
      <PlatformHeader />
      {/* Near the top on a phone (no empty screen above the message), centred where there is room. */}
      <main className="mx-auto flex w-full max-w-lg flex-1 flex-col gap-6 px-6 py-12 sm:justify-center sm:py-16">
        <div className="flex flex-col gap-3">
          <p className="text-sm font-semibold uppercase tracking-wide text-slate-600">404</p>
          <h1 className="text-3xl font-bold text-slate-900">We couldn’t find that page</h1>
          <p className="text-lg text-slate-700">
            The address may be mistyped, or the event or page may not be available (yet, or any more). Check
            the link you were given, or ask the event organiser for the right one.
          </p>
        </div>
        <div>
          <LinkButton href="/" variant="platform">
            Go to the home page
          </LinkButton>
        </div>
      </main>
    </div>
  );
}
