import type { UseFormRegisterReturn } from "react-hook-form";
import { MAINTENANCE_MESSAGE_MAX } from "@/lib/maintenance/mode";
import { Field, inputClassName } from "../field";

/** The mode radios and the message box, shared by the operator's global form and an event's settings. */
export function MaintenanceFields({
  idPrefix,
  modes,
  register,
  errors,
}: {
  idPrefix: string;
  modes: { value: string; label: string }[];
  register: { mode: UseFormRegisterReturn; message: UseFormRegisterReturn };
  errors: { mode?: string | undefined; message?: string | undefined };
}) {
  return (
    <>
      <fieldset className="space-y-2" aria-describedby={errors.mode ? `${idPrefix}-mode-error` : undefined}>
        <legend className="text-sm font-semibold text-slate-900">Mode</legend>
        {modes.map((m) => (
          <label key={m.value} className="flex min-h-11 items-center gap-3 text-slate-900">
            <input type="radio" value={m.value} {...register.mode} className="size-5" />
            {m.label}
          </label>
        ))}
        {errors.mode ? (
          <p id={`${idPrefix}-mode-error`} className="text-sm font-medium text-red-700">
            {errors.mode}
          </p>
        ) : null}
      </fieldset>
      <Field
        id={`${idPrefix}-message`}
        label="Message for attendees"
        hint={`Shown while in maintenance (at most ${MAINTENANCE_MESSAGE_MAX} characters). Empty: a standard wording.`}
        error={errors.message}
      >
        {(aria) => <textarea {...aria} {...register.message} rows={3} className={inputClassName} />}
      </Field>
    </>
  );
}
