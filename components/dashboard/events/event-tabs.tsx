"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cx } from "@/components/ui/cx";

/**
 * The event's tabs. Orders only for members who may see them (the orders pages refuse the rest anyway).
 * Its own nav (labelled "Event sections") so it is not confused with the dashboard's main navigation.
 */
export function EventTabs({
  base,
  showOrders,
  showSuppliers = false,
  showDesk = false,
  deskOnly = false,
  failedSupplierEmails = 0,
}: {
  base: string;
  showOrders: boolean;
  showSuppliers?: boolean;
  /** The collection desk, for members with "orders.collect". */
  showDesk?: boolean;
  /** Desk staff: the desk is all they need, so it is the only tab. */
  deskOnly?: boolean;
  /** Supplier emails the provider refused: a badge on the Suppliers tab. */
  failedSupplierEmails?: number;
}) {
  const pathname = usePathname();
  const all = [
    { href: base, label: "Overview", exact: true },
    { href: `${base}/items`, label: "Items" },
    { href: `${base}/form`, label: "Form" },
    { href: `${base}/page`, label: "Page" },
    ...(showOrders ? [{ href: `${base}/orders`, label: "Orders" }] : []),
    ...(showSuppliers ? [{ href: `${base}/suppliers`, label: "Suppliers" }] : []),
    ...(showDesk ? [{ href: `${base}/desk`, label: "Desk" }] : []),
    { href: `${base}/settings`, label: "Settings" },
  ];
  const tabs = deskOnly ? all.filter((t) => t.label === "Desk") : all;
  return (
    <nav aria-label="Event sections" className="border-b border-slate-200">
      <ul className="-mb-px flex flex-wrap gap-1">
        {tabs.map((tab) => {
          const active = tab.exact
            ? pathname === tab.href
            : pathname === tab.href || pathname.startsWith(`${tab.href}/`);
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={active ? "page" : undefined}
                className={cx(
                  "inline-flex min-h-11 items-center border-b-4 px-4 text-sm font-semibold",
                  active
                    ? "border-blue-700 text-blue-900"
                    : "border-transparent text-slate-700 hover:border-slate-300 hover:text-slate-900",
                )}
              >
                {tab.label}
                {tab.label === "Suppliers" && failedSupplierEmails > 0 ? (
                  <span
                    className="ml-2 rounded-full bg-red-700 px-2 py-0.5 text-xs font-bold text-white"
                    data-testid="suppliers-failed-badge"
                  >
                    {failedSupplierEmails} failed
                    <span className="sr-only">
                      {" "}
                      {failedSupplierEmails === 1 ? "email" : "emails"} to suppliers
                    </span>
                  </span>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
