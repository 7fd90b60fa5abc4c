import Link from "next/link";
import { cx } from "@/components/ui/cx";
import { buttonClassName } from "@/components/ui/button";

const number = new Intl.NumberFormat("en-GB");

/**
 * Previous/Next over a keyset: no page numbers, which would need an OFFSET (slow deep in 100,000 orders).
 * The total is counted up to a cap and shown as "1,000+" beyond it (ADR 007).
 */
export function OrdersPagination({
  previousHref,
  nextHref,
  total,
  shown,
}: {
  previousHref: string | null;
  nextHref: string | null;
  total: { count: number; capped: boolean };
  shown: number;
}) {
  const totalText = `${number.format(total.count)}${total.capped ? "+" : ""} ${total.count === 1 && !total.capped ? "order" : "orders"}`;
  return (
    <nav aria-label="Pages of orders" className="flex flex-wrap items-center justify-between gap-3">
      <p className="text-sm text-slate-700" data-testid="orders-total">
        {totalText} · {number.format(shown)} on this page
      </p>
      <ul className="flex gap-2">
        <li>
          <PageLink href={previousHref} rel="prev">
            ← Previous
          </PageLink>
        </li>
        <li>
          <PageLink href={nextHref} rel="next">
            Next →
          </PageLink>
        </li>
      </ul>
    </nav>
  );
}

function PageLink({ href, rel, children }: { href: string | null; rel: string; children: React.ReactNode }) {
  const className = buttonClassName({ variant: "secondary" });
  if (!href) {
    return (
      <span aria-disabled="true" className={cx(className, "cursor-not-allowed opacity-60")}>
        {children}
      </span>
    );
  }
  return (
    <Link href={href} rel={rel} className={className}>
      {children}
    </Link>
  );
}
