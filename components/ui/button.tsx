import type { AnchorHTMLAttributes, ButtonHTMLAttributes } from "react";
import { cx } from "./cx";

/**
 * Buttons and button-looking links. Server-safe (no hooks, no "use client"), so branded pages can use them
 * without shipping JavaScript. Every size is at least 44px tall: attendees tap with a thumb.
 * "primary" is filled with the brand colour and uses the contrast-checked --brand-on-primary text; "platform"
 * is Swagstand's own blue, for pages that belong to no event (home, 404, errors), where no brand is set.
 */
export type ButtonVariant = "primary" | "platform" | "secondary" | "danger" | "ghost";
export type ButtonSize = "md" | "lg";

const base =
  "inline-flex items-center justify-center gap-2 rounded-[var(--button-radius,0.75rem)] font-semibold text-center no-underline transition " +
  "disabled:cursor-not-allowed disabled:opacity-60 aria-disabled:cursor-not-allowed aria-disabled:opacity-60";

const variants: Record<ButtonVariant, string> = {
  // The --button-* variables are a landing page theme's button style (lib/pages/theme-css.ts); unset elsewhere.
  primary:
    "bg-[var(--button-bg,var(--brand-primary))] text-[color:var(--button-fg,var(--brand-on-primary))] " +
    "shadow-[var(--button-shadow,0_1px_2px_0_rgb(0_0_0/0.1))] hover:brightness-110 active:brightness-95",
  platform: "bg-blue-700 text-white shadow-sm hover:bg-blue-800",
  secondary: "border-2 border-slate-300 bg-white text-slate-900 hover:bg-slate-50",
  danger: "bg-red-700 text-white shadow-sm hover:bg-red-800",
  ghost: "text-(--brand-text) underline underline-offset-4 hover:bg-slate-100",
};

const sizes: Record<ButtonSize, string> = {
  md: "min-h-11 px-4 py-2 text-base",
  lg: "min-h-14 px-6 py-3 text-lg",
};

export function buttonClassName({
  variant = "primary",
  size = "md",
  className,
}: { variant?: ButtonVariant; size?: ButtonSize; className?: string } = {}): string {
  return cx(base, variants[variant], sizes[size], className);
}

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant; size?: ButtonSize };

export function Button({ variant, size, className, type = "button", ...props }: ButtonProps) {
  return <button type={type} className={buttonClassName({ variant, size, className })} {...props} />;
}

type LinkButtonProps = AnchorHTMLAttributes<HTMLAnchorElement> & {
  href: string;
  variant?: ButtonVariant;
  size?: ButtonSize;
};

/** A plain <a>: a full navigation costs nothing here and keeps branded pages free of client JavaScript. */
export function LinkButton({ variant, size, className, ...props }: LinkButtonProps) {
  return <a className={buttonClassName({ variant, size, className })} {...props} />;
}
