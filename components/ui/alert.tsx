import type { ReactNode } from "react";
import { cx } from "./cx";

export type AlertTone = "info" | "success" | "warning" | "error";

/** Colours chosen for AA contrast of the text on each tinted background (all ≥ 7:1). */
const tones: Record<AlertTone, string> = {
  info: "border-sky-300 bg-sky-50 text-sky-950",
  success: "border-green-300 bg-green-50 text-green-950",
  warning: "border-amber-300 bg-amber-50 text-amber-950",
  error: "border-red-300 bg-red-50 text-red-950",
};

/**
 * A boxed message. `role` is up to the caller: "alert" for errors that appear after an action (announced at
 * once), "status" for polite updates, none for static notices that are simply part of the page.
 */
export function Alert({
  tone = "info",
  title,
  children,
  role,
  className,
  id,
  tabIndex,
  testId,
}: {
  tone?: AlertTone;
  title?: ReactNode;
  children?: ReactNode;
  role?: "alert" | "status";
  className?: string;
  id?: string;
  tabIndex?: number;
  testId?: string;
}) {
  return (
    <div
      id={id}
      role={role}
      tabIndex={tabIndex}
      data-testid={testId}
      className={cx("rounded-xl border-2 px-4 py-3 text-base", tones[tone], className)}
    >
      {title ? <p className="font-semibold">{title}</p> : null}
      {children ? <div className={title ? "mt-1" : undefined}>{children}</div> : null}
    </div>
  );
}
