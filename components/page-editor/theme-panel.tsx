"use client";

import { useId } from "react";
import {
  describeRatio,
  BRAND_FONTS,
  BUTTON_STYLES,
  BUTTON_TEXT,
  type ContrastCheck,
} from "@/lib/pages/theme";
import { ImageField, type LibraryImage } from "./image-field";
import { CHECK_FIELD, type ThemeDraft, type ThemeFieldName, type ThemeReview } from "./theme-state";

const FONT_LABELS: Record<(typeof BRAND_FONTS)[number], string> = {
  sans: "Sans-serif",
  serif: "Serif",
  rounded: "Rounded",
  mono: "Monospace",
};
const BUTTON_STYLE_LABELS: Record<(typeof BUTTON_STYLES)[number], string> = {
  filled: "Filled",
  outline: "Outline",
  pill: "Pill (filled, round ends)",
};
const BUTTON_TEXT_LABELS: Record<(typeof BUTTON_TEXT)[number], string> = {
  auto: "Automatic (white or black, whichever reads better)",
  white: "White",
  black: "Black",
};

const COLOURS: { name: ThemeFieldName; label: string }[] = [
  { name: "primaryColor", label: "Primary colour" },
  { name: "accentColor", label: "Accent colour" },
  { name: "backgroundColor", label: "Page background" },
  { name: "textColor", label: "Text colour" },
];

const inputClass = "min-h-11 w-full rounded-lg border border-slate-400 bg-white px-3 text-slate-900";

/** The messages under one field: its schema error, then every failing contrast pair flagged on it. */
function FieldNotes({
  baseId,
  error,
  failing,
}: {
  baseId: string;
  error: string | undefined;
  failing: ContrastCheck[];
}) {
  return (
    <>
      {error ? (
        <p id={`${baseId}-error`} className="text-sm font-semibold text-red-800">
          {error}
        </p>
      ) : null}
      {failing.map((c) => (
        <p
          key={c.id}
          id={`${baseId}-${c.id}`}
          className="text-sm font-semibold text-red-800"
          data-testid={`contrast-${c.id}`}
        >
          Contrast too low: {c.label.toLowerCase()}, {describeRatio(c)}
        </p>
      ))}
    </>
  );
}

function describedBy(baseId: string, error: string | undefined, failing: ContrastCheck[]) {
  const ids = [...(error ? [`${baseId}-error`] : []), ...failing.map((c) => `${baseId}-${c.id}`)];
  return ids.length ? ids.join(" ") : undefined;
}

/**
 * The page's theme: colours (a colour picker and the same value as text, for pasting brand hex codes), font,
 * buttons, logo and favicon. Every pair the theme produces is measured as the marketer edits (reviewTheme);
 * a failing pair is flagged next to the field most likely to fix it, with its measured ratio.
 */
export function ThemePanel({
  value,
  review,
  images,
  onChange,
}: {
  value: ThemeDraft;
  review: ThemeReview;
  images: LibraryImage[];
  onChange: (next: ThemeDraft) => void;
}) {
  const prefix = useId();
  const set = (name: ThemeFieldName, next: unknown) => onChange({ ...value, [name]: next });
  const failingFor = (name: ThemeFieldName) => review.failing.filter((c) => CHECK_FIELD[c.id] === name);
  const str = (name: ThemeFieldName) => (typeof value[name] === "string" ? (value[name] as string) : "");

  const select = (name: ThemeFieldName, label: string, options: Record<string, string>) => {
    const id = `${prefix}-${name}`;
    const error = review.fieldErrors[name];
    const failing = failingFor(name);
    return (
      <div className="space-y-1">
        <label htmlFor={id} className="block text-sm font-medium text-slate-800">
          {label}
        </label>
        <select
          id={id}
          className={inputClass}
          value={str(name)}
          aria-invalid={error || failing.length ? true : undefined}
          aria-describedby={describedBy(id, error, failing)}
          onChange={(event) => set(name, event.target.value)}
        >
          {Object.entries(options).map(([option, optionLabel]) => (
            <option key={option} value={option}>
              {optionLabel}
            </option>
          ))}
        </select>
        <FieldNotes baseId={id} error={error} failing={failing} />
      </div>
    );
  };

  return (
    <section aria-labelledby={`${prefix}-heading`} className="space-y-4 p-4" data-testid="theme-panel">
      <h2 id={`${prefix}-heading`} className="text-base font-bold text-slate-900">
        Theme
      </h2>
      <ContrastSummary review={review} />
      {COLOURS.map(({ name, label }) => {
        const id = `${prefix}-${name}`;
        const error = review.fieldErrors[name];
        const failing = failingFor(name);
        const hex = str(name);
        return (
          <div key={name} className="space-y-1">
            <label htmlFor={id} className="block text-sm font-medium text-slate-800">
              {label}
            </label>
            <div className="flex items-center gap-2">
              <input
                type="color"
                aria-label={`${label}, colour picker`}
                className="h-11 w-14 shrink-0 cursor-pointer rounded-lg border border-slate-400 bg-white p-1"
                // The picker only takes #rrggbb; while the text is half-typed it shows the last full colour.
                value={/^#[0-9a-fA-F]{6}$/.test(hex) ? hex.toLowerCase() : "#000000"}
                onChange={(event) => set(name, event.target.value)}
              />
              <input
                id={id}
                type="text"
                inputMode="text"
                spellCheck={false}
                autoComplete="off"
                className={`${inputClass} font-mono`}
                value={hex}
                aria-invalid={error || failing.length ? true : undefined}
                aria-describedby={describedBy(id, error, failing)}
                onChange={(event) => set(name, event.target.value)}
              />
            </div>
            <FieldNotes baseId={id} error={error} failing={failing} />
          </div>
        );
      })}
      {select("font", "Font", FONT_LABELS)}
      {select("buttonStyle", "Button style", BUTTON_STYLE_LABELS)}
      {select("buttonTextColor", "Button label colour", BUTTON_TEXT_LABELS)}
      {(["logoBlobId", "faviconBlobId"] as const).map((name) => (
        <ImageField
          key={name}
          id={`${prefix}-${name}`}
          label={name === "logoBlobId" ? "Logo" : "Favicon (the browser tab's icon)"}
          value={typeof value[name] === "string" ? { blobId: value[name] as string } : null}
          images={images}
          optional
          onChange={(next) => set(name, next ? next.blobId : null)}
        />
      ))}
    </section>
  );
}

/** Every measured pair at a glance; the failing ones are also flagged on their field. */
function ContrastSummary({ review }: { review: ThemeReview }) {
  if (!review.theme) {
    return (
      <p className="text-sm font-semibold text-red-800" data-testid="contrast-summary">
        Fix the highlighted fields to check the contrast.
      </p>
    );
  }
  return (
    <div data-testid="contrast-summary" className="space-y-1">
      <p
        className={`text-sm font-semibold ${review.failing.length ? "text-red-800" : "text-green-800"}`}
        role="status"
        aria-live="polite"
      >
        {review.failing.length
          ? `${review.failing.length} colour ${review.failing.length === 1 ? "pair fails" : "pairs fail"} WCAG AA contrast: publishing is blocked until fixed.`
          : "Every colour pair passes WCAG AA contrast."}
      </p>
      <ul className="space-y-0.5 text-sm text-slate-700">
        {review.checks.map((c) => (
          <li key={c.id}>
            <span aria-hidden="true">{c.passes ? "✓" : "✗"}</span>
            <span className="sr-only">{c.passes ? "Passes:" : "Fails:"}</span> {c.label}: {describeRatio(c)}
          </li>
        ))}
      </ul>
    </div>
  );
}
