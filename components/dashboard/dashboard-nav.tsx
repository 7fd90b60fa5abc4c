"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cx } from "@/components/ui/cx";

export interface NavLink {
  href: string;
  label: string;
  /** Active also on sub-pages (everything under href), not only on href itself. */
  prefix?: boolean;
  /** Also active under this path (the Events link on every event page). */
  alsoActiveUnder?: string;
}

export function DashboardNav({ links }: { links: NavLink[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Dashboard">
      <ul className="flex flex-wrap gap-1">
        {links.map((link) => {
          const active =
            (link.prefix ? pathname.startsWith(link.href) : pathname === link.href) ||
            (link.alsoActiveUnder !== undefined && pathname.startsWith(link.alsoActiveUnder));
          return (
            <li key={link.href}>
              <Link
                href={link.href}
                aria-current={active ? "page" : undefined}
                className={cx(
                  "inline-flex min-h-11 items-center rounded-lg px-3 text-sm font-semibold",
                  active ? "bg-blue-100 text-blue-900" : "text-slate-700 hover:bg-slate-100",
                )}
              >
                {link.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
