import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { buttonClassName } from "@/components/ui/button";

export const metadata: Metadata = { title: { absolute: "Swagstand — merchandise shops for events" } };

/** The platform home on the root domain. Deliberately lists nothing private (no events, no orders). */
export default async function HomePage() {
  // Rendered per request so Next can put this request's CSP nonce on its scripts (ADR 015).
  await connection();
  return (
    <main className="mx-auto flex min-h-dvh max-w-3xl flex-col justify-center gap-8 px-6 py-16">
      <div className="space-y-4">
        <p className="text-sm font-semibold uppercase tracking-widest text-blue-700">Swagstand</p>
        <h1 className="text-4xl font-bold tracking-tight sm:text-5xl">
          Every event gets its own merch shop.
        </h1>
        <p className="text-lg text-slate-700">
          T-shirts in the right size, hoodies, socks, breakfast: attendees order from their phones on the
          event&apos;s own branded page, stock never oversells, and suppliers get exactly what they need.
        </p>
      </div>
      <ul className="grid gap-4 sm:grid-cols-3">
        {[
          ["Branded pages", "Each event lives on its own subdomain with its own colours and images."],
          ["Forms without code", "Ask for sizes, dietary needs or addresses with a form you design."],
          ["Private by design", "Personal data is flagged, masked and erased on schedule."],
        ].map(([title, text]) => (
          <li key={title} className="rounded-xl border border-slate-200 p-4">
            <h2 className="font-semibold">{title}</h2>
            <p className="mt-1 text-sm text-slate-600">{text}</p>
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap items-center gap-4">
        <Link href="/dashboard" className={buttonClassName({ variant: "platform" })}>
          Organiser sign in
        </Link>
        <p className="text-sm text-slate-600">
          Attending an event? Use the link or QR code from your organiser to reach its shop.
        </p>
      </div>
    </main>
  );
}
