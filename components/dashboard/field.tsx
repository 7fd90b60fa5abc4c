import type { ReactNode } from "react";
import { cx } from "@/components/ui/cx";

export const inputClassName =
  "block w-full rounded-lg border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 " +
  "placeholder:text-slate-500 focus:border-blue-700 focus:outline-2 focus:outline-blue-700 " +
  "aria-invalid:border-red-700 disabled:bg-slate-100";

/**
 * Label, control, hint and error wired together for screen readers: the control gets
 * aria-describedby/aria-invalid through the ids this passes to `children`.
 */
export function Field({
  id,
  label,
  hint,
  error,
  className,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  className?: string;
  children: (aria: { id: string; "aria-describedby"?: string; "aria-invalid"?: boolean }) => ReactNode;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={cx("space-y-1", className)}>
      <label htmlFor={id} className="block text-sm font-semibold text-slate-900">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {children({ id, "aria-describedby": describedBy, "aria-invalid": error ? true : undefined })}
      {error ? (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
