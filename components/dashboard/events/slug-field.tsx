"use client";

import type { UseFormRegisterReturn } from "react-hook-form";
import { cx } from "@/components/ui/cx";
import { useClientSettings } from "@/components/settings/client-settings";
import { Field, inputClassName } from "../field";
import type { CheckSlugAction } from "./event-actions";
import { useSlugAvailability } from "./use-slug-availability";

const tones = {
  idle: "text-slate-600",
  checking: "text-slate-600",
  available: "text-green-800",
  current: "text-slate-700",
  taken: "text-red-700",
  reserved: "text-red-700",
  invalid: "text-red-700",
  error: "text-amber-800",
} as const;

/**
 * The event's address, with the live availability check announced politely to screen readers. The form's
 * own validation error (on submit) still shows as the field's error; the live status is a separate line.
 */
export function SlugField({
  id,
  orgId,
  eventId,
  value,
  error,
  urlTemplate,
  registration,
  checkSlug,
}: {
  id: string;
  orgId: string;
  eventId?: string;
  value: string;
  error?: string;
  /** The shop's address with "__slug__" where the slug goes. */
  urlTemplate: string;
  registration: UseFormRegisterReturn;
  checkSlug: CheckSlugAction;
}) {
  const { limits } = useClientSettings();
  const check = useSlugAvailability({ orgId, eventId, slug: value, checkSlug });
  const statusId = `${id}-status`;
  const shown = value.trim().toLowerCase() || "your-event";
  return (
    <Field
      id={id}
      label="Address (slug)"
      hint={
        <>
          The shop’s subdomain: <span className="font-mono">{urlTemplate.replace("__slug__", shown)}</span>.
          Lowercase letters, digits and hyphens, {limits.eventSlugMinLength}–{limits.eventSlugMaxLength}{" "}
          characters.
        </>
      }
      error={error}
    >
      {(aria) => (
        <>
          <input
            {...aria}
            {...registration}
            aria-describedby={[aria["aria-describedby"], statusId].filter(Boolean).join(" ")}
            className={cx(inputClassName, "font-mono")}
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
            maxLength={limits.eventSlugMaxLength + 10}
          />
          <p
            id={statusId}
            role="status"
            aria-live="polite"
            className={cx("min-h-5 text-sm font-medium", tones[check.status])}
            data-testid="slug-status"
          >
            {check.message}
          </p>
        </>
      )}
    </Field>
  );
}
