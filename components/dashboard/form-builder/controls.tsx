"use client";

import { useState, type ReactNode } from "react";
import { Field, inputClassName } from "@/components/dashboard/field";

/**
 * The edit panel's labelled controls. Each shows its own issue (from the definitions schema) under it,
 * wired with aria-describedby/aria-invalid by <Field>. `onChange(undefined)` removes the property.
 */

type Common = { id: string; label: ReactNode; hint?: ReactNode; error?: string; disabled?: boolean };

export function TextControl({
  value,
  onChange,
  keepEmpty = false,
  multiline = false,
  rows = 3,
  maxLength,
  placeholder,
  mono = false,
  ...common
}: Common & {
  value: unknown;
  onChange: (value: string | undefined) => void;
  /** Required texts (label, note) stay "" so their "Enter …" message shows; optional ones are removed. */
  keepEmpty?: boolean;
  multiline?: boolean;
  rows?: number;
  maxLength?: number;
  placeholder?: string;
  mono?: boolean;
}) {
  const text = typeof value === "string" ? value : "";
  const change = (next: string) => onChange(next === "" && !keepEmpty ? undefined : next);
  return (
    <Field id={common.id} label={common.label} hint={common.hint} error={common.error}>
      {(aria) =>
        multiline ? (
          <textarea
            {...aria}
            rows={rows}
            value={text}
            maxLength={maxLength}
            disabled={common.disabled}
            onChange={(e) => change(e.target.value)}
            className={inputClassName}
          />
        ) : (
          <input
            {...aria}
            type="text"
            value={text}
            maxLength={maxLength}
            placeholder={placeholder}
            disabled={common.disabled}
            spellCheck={mono ? false : undefined}
            autoCapitalize={mono ? "none" : undefined}
            onChange={(e) => change(e.target.value)}
            className={`${inputClassName}${mono ? " font-mono" : ""}`}
          />
        )
      }
    </Field>
  );
}

/** Parsed as the organiser types; text that is not a number is kept so its message shows. */
export function NumberControl({
  value,
  onChange,
  integer = false,
  ...common
}: Common & { value: unknown; onChange: (value: number | string | undefined) => void; integer?: boolean }) {
  const outside = value === undefined ? "" : String(value);
  const [text, setText] = useState(outside);
  const [seen, setSeen] = useState(outside);
  // Follows changes from outside (duplicate, restore) without fighting what is being typed ("1." → 1).
  if (seen !== outside) {
    setSeen(outside);
    if (parseNumber(text) !== value) setText(outside);
  }
  return (
    <Field id={common.id} label={common.label} hint={common.hint} error={common.error}>
      {(aria) => (
        <input
          {...aria}
          type="text"
          inputMode={integer ? "numeric" : "decimal"}
          autoComplete="off"
          value={text}
          disabled={common.disabled}
          onChange={(e) => {
            setText(e.target.value);
            onChange(parseNumber(e.target.value));
          }}
          className={`${inputClassName} max-w-40`}
        />
      )}
    </Field>
  );
}

export function parseNumber(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  const number = Number(trimmed.replace(",", "."));
  return Number.isFinite(number) ? number : trimmed;
}

export function CheckControl({
  id,
  label,
  hint,
  error,
  checked,
  onChange,
  disabled,
}: Common & { checked: boolean; onChange: (checked: boolean) => void }) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="space-y-1">
      <div className="flex items-start gap-3">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          disabled={disabled}
          aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
          aria-invalid={error ? true : undefined}
          onChange={(e) => onChange(e.target.checked)}
          className="mt-0.5 size-6 shrink-0 accent-blue-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
        />
        <label htmlFor={id} className="text-sm font-semibold text-slate-900">
          {label}
        </label>
      </div>
      {hint ? (
        <p id={hintId} className="ml-9 text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="ml-9 text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function SelectControl({
  value,
  onChange,
  options,
  emptyLabel,
  ...common
}: Common & {
  value: unknown;
  onChange: (value: string | undefined) => void;
  options: readonly { value: string; label: string }[];
  /** The first entry, meaning "none"; without it a value is always chosen. */
  emptyLabel?: string;
}) {
  const current = typeof value === "string" ? value : "";
  return (
    <Field id={common.id} label={common.label} hint={common.hint} error={common.error}>
      {(aria) => (
        <select
          {...aria}
          value={current}
          disabled={common.disabled}
          onChange={(e) => onChange(e.target.value === "" ? undefined : e.target.value)}
          className={inputClassName}
        >
          {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
          {current !== "" && !options.some((o) => o.value === current) ? (
            <option value={current}>{current} (not available)</option>
          ) : null}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A titled group of controls in the panel. */
export function PanelSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="space-y-4 rounded-xl border border-slate-200 p-4">
      <legend className="px-1 text-sm font-bold uppercase tracking-wide text-slate-700">{title}</legend>
      {children}
    </fieldset>
  );
}
