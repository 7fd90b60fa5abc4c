import type { Metadata } from "next";
import { PlatformHeader } from "@/components/ui/platform-header";

export const metadata: Metadata = { title: "Preview link not valid", robots: { index: false } };

/**
 * A preview link that is forged, cut short, for another event, or expired (24 h by default): one friendly
 * page with status 404 that says what to do, and that gives away nothing about which of these it was.
 */
export default function PreviewNotFound() {
  return (
    <div className="flex min-h-dvh flex-col bg-white">
      <PlatformHeader />
      <main className="mx-auto flex w-full max-w-lg flex-1 flex-col gap-3 px-6 py-12">
        <p className="text-sm font-semibold uppercase tracking-wide text-slate-600">Preview</p>
        <h1 className="text-3xl font-bold text-slate-900" data-testid="preview-invalid">
          This preview link has expired or is not valid
        </h1>
        <p className="text-lg text-slate-700">
          Preview links work for a limited time. Ask whoever is editing the event’s page to send you a new one
          from the Page tab in the dashboard.
        </p>
      </main>
    </div>
  );
}
