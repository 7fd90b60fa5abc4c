import type { ReactNode } from "react";
import { cx } from "@/components/ui/cx";

/** A titled card of a dashboard page; the heading names the region for screen-reader navigation. */
export function SectionCard({
  id,
  title,
  description,
  children,
  className,
}: {
  id: string;
  title: string;
  description?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section
      aria-labelledby={`${id}-title`}
      className={cx("rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5", className)}
    >
      <h2 id={`${id}-title`} className="text-lg font-bold text-slate-900">
        {title}
      </h2>
      {description ? <p className="mt-1 text-sm text-slate-600">{description}</p> : null}
      <div className="mt-3">{children}</div>
    </section>
  );
}
