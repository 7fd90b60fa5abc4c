import Link from "next/link";

/** The chart's place before the first order: what will appear here and where to go meanwhile. */
export function NoOrdersYet({
  status,
  shopUrl,
  itemsHref,
}: {
  status: "draft" | "published" | "closed" | "archived";
  shopUrl: string;
  itemsHref: string | null;
}) {
  const live = status === "published";
  return (
    <div
      className="rounded-lg border border-dashed border-slate-300 bg-slate-50 p-6 text-center"
      data-testid="no-orders"
    >
      <p className="text-base font-semibold text-slate-900">No orders yet</p>
      <p className="mx-auto mt-1 max-w-prose text-sm text-slate-600">
        {live
          ? "Orders appear here, day by day, as soon as attendees order from the event's shop."
          : status === "draft"
            ? "The shop is not live yet: attendees can order once the event is published. Orders then appear here day by day."
            : "This event's ordering has ended without any orders."}
      </p>
      <div className="mt-4 flex flex-wrap justify-center gap-3">
        {live ? (
          <a
            href={shopUrl}
            target="_blank"
            rel="noopener"
            className="inline-flex min-h-11 items-center rounded-lg border-2 border-slate-300 bg-white px-4 font-semibold text-slate-900 hover:bg-slate-100"
          >
            Open the shop<span className="sr-only"> (opens in a new tab)</span>
          </a>
        ) : null}
        {itemsHref ? (
          <Link
            href={itemsHref}
            className="inline-flex min-h-11 items-center rounded-lg bg-blue-700 px-4 font-semibold text-white hover:bg-blue-800"
          >
            Manage items
          </Link>
        ) : null}
      </div>
    </div>
  );
}
