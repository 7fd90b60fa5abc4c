"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { unstable_rethrow, useRouter } from "next/navigation";
import { useEffect, useMemo, useState, useTransition } from "react";
import { FormProvider, useForm, useWatch, type FieldPath } from "react-hook-form";
import { FormFields } from "@/components/form-renderer/form-fields";
import { SingleControlField } from "@/components/form-renderer/field-parts";
import * as fieldStyles from "@/components/form-renderer/styles";
import { Button } from "@/components/ui/button";
import { defaultAnswers } from "@/lib/forms/compile";
import { visibleKeys } from "@/lib/forms/visibility";
import type { FieldDefinition } from "@/lib/forms/definitions";
import { limits } from "@/lib/limits";
import { formatMoney } from "@/lib/orders/money";
import { describeErrors, domIds, focusControl } from "./error-list";
import { ERROR_SUMMARY_ID, ErrorSummary } from "./error-summary";
import { ItemPicker, type PickerItem } from "./item-picker";
import {
  buildOrderFormSchema,
  defaultOrderFormValues,
  mapServerFieldErrors,
  toOrderInput,
  type OrderActionFailure,
  type OrderFormValues,
  type PlaceOrderAction,
} from "./order-form-schema";

type ServerProblem = { message: string; general: string[] };

const OFFLINE_MESSAGE =
  "We could not reach Swagstand. Check your connection and try again — your order will not be placed twice.";
const FIX_FIELDS_MESSAGE = "Please correct the following:";
const STALE_PAGE_CODES = new Set<OrderActionFailure["code"]>([
  "sold_out",
  "item_unavailable",
  "ordering_closed",
  "ordering_not_open",
]);

/**
 * The attendee's order form: items, name and email, then the event's own questions (FormFields), validated as
 * they type by one schema (order-form-schema.ts) that the server applies again.
 *
 * The idempotency key is made once per mount, so a double tap, a retry after a lost connection or a second
 * submit after fixing a field all carry the same key: the server places at most one order for it.
 */
export function OrderForm({
  action,
  slug,
  items,
  fields,
  currency,
}: {
  action: PlaceOrderAction;
  slug: string;
  items: PickerItem[];
  fields: FieldDefinition[];
  currency: string;
}) {
  const schema = useMemo(() => buildOrderFormSchema({ items, fields }), [items, fields]);
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [isPending, startTransition] = useTransition();
  const [serverProblem, setServerProblem] = useState<ServerProblem | null>(null);
  const router = useRouter();

  const methods = useForm<OrderFormValues, unknown, OrderFormValues>({
    // raw: the server parses the same raw values with the same rules, so send them, not the parsed output.
    resolver: zodResolver(schema, undefined, { raw: true }),
    defaultValues: defaultOrderFormValues({ items, answers: defaultAnswers(fields) }),
    mode: "onTouched",
    reValidateMode: "onChange",
    // Focus is moved by hand, in page order, so the error summary and the focus agree.
    shouldFocusError: false,
  });
  const { handleSubmit, setError, register, formState, control } = methods;
  // Errors of questions hidden by a condition are not the attendee's problem any more (the schema drops them).
  const answers = useWatch({ control, name: "answers" });
  const visibleAnswers = useMemo(() => visibleKeys(fields, answers), [fields, answers]);
  const entries = describeErrors({ errors: formState.errors, items, fields, visibleAnswers });
  const showSummary = serverProblem !== null || (formState.submitCount > 0 && entries.length > 0);

  // Focus moves after the render that shows the errors (and re-enables the button), not before it exists.
  // A new object per request, so asking twice for the same errors still moves focus again.
  const [focusRequest, setFocusRequest] = useState<{ errors: unknown } | null>(null);
  const focusFirstProblem = (errors: unknown) => setFocusRequest({ errors });
  useEffect(() => {
    if (focusRequest === null || isPending) return;
    const first = describeErrors({ errors: focusRequest.errors, items, fields })[0];
    if (!first || !focusControl(first.domId)) focusSummary();
  }, [focusRequest, isPending, items, fields]);

  const onValid = (values: OrderFormValues) => {
    setServerProblem(null);
    const { input, submittedLineItems } = toOrderInput(values, idempotencyKey);
    startTransition(async () => {
      let result: OrderActionFailure;
      try {
        result = await action(slug, input);
      } catch (error) {
        // Success arrives as a redirect "error" that Next must handle; anything else is the network.
        unstable_rethrow(error);
        setServerProblem({ message: OFFLINE_MESSAGE, general: [] });
        focusFirstProblem({});
        return;
      }
      const mapped = mapServerFieldErrors(result.fieldErrors, submittedLineItems);
      for (const { path, message } of mapped.fields) {
        setError(path as FieldPath<OrderFormValues>, { type: "server", message });
      }
      setServerProblem({
        message: result.code === "invalid_input" ? FIX_FIELDS_MESSAGE : result.message,
        general: mapped.general,
      });
      // The page is out of date (stock moved, or the window shut): fetch it afresh. The form keeps what was
      // entered; a closed window replaces the form with the notice saying so.
      if (STALE_PAGE_CODES.has(result.code)) router.refresh();
      // Only the server's field errors, keyed by their dotted paths (flattenErrors reads those as they are).
      focusFirstProblem(Object.fromEntries(mapped.fields.map((f) => [f.path, { message: f.message }])));
    });
  };

  const onInvalid = (errors: unknown) => {
    setServerProblem(null);
    focusFirstProblem(errors);
  };

  return (
    <FormProvider {...methods}>
      <form
        noValidate
        onSubmit={handleSubmit(onValid, onInvalid)}
        className="flex flex-col gap-8 [--form-accent:var(--brand-text)]"
        data-testid="order-form"
      >
        {showSummary ? (
          <ErrorSummary
            intro={serverProblem?.message ?? FIX_FIELDS_MESSAGE}
            entries={entries}
            general={serverProblem?.general ?? []}
          />
        ) : null}

        <section
          aria-labelledby="order-items-heading"
          id={domIds.items}
          tabIndex={-1}
          className="flex flex-col gap-4"
        >
          <h2 id="order-items-heading" className="text-xl font-bold">
            Choose your items
          </h2>
          {items.map((item, index) => (
            <ItemPicker
              key={item.id}
              item={item}
              index={index}
              currency={currency}
              removable={items.length > 1}
            />
          ))}
          <OrderTotal items={items} currency={currency} />
        </section>

        <section aria-labelledby="order-details-heading" className="flex flex-col gap-6">
          <h2 id="order-details-heading" className="text-xl font-bold">
            Your details
          </h2>
          <SingleControlField
            id={domIds.name}
            name="attendee.name"
            label="Your name"
            helpText={undefined}
            required
          >
            {(aria) => (
              <input
                {...aria}
                {...register("attendee.name")}
                type="text"
                autoComplete="name"
                maxLength={limits.nameMaxLength}
                className={fieldStyles.control}
              />
            )}
          </SingleControlField>
          <SingleControlField
            id={domIds.email}
            name="attendee.email"
            label="Email address"
            helpText="We send your confirmation and a private link to your order here."
            required
          >
            {(aria) => (
              <input
                {...aria}
                {...register("attendee.email")}
                type="email"
                inputMode="email"
                autoComplete="email"
                autoCapitalize="none"
                spellCheck={false}
                maxLength={limits.emailMaxLength}
                className={fieldStyles.control}
              />
            )}
          </SingleControlField>
          {fields.length > 0 ? <FormFields fields={fields} /> : null}
        </section>

        <Button type="submit" size="lg" disabled={isPending} className="w-full">
          {isPending ? "Placing your order…" : "Place order"}
        </Button>
      </form>
    </FormProvider>
  );
}

/** Shown only when something costs money; paid on collection (online payment is a later extension). */
function OrderTotal({ items, currency }: { items: PickerItem[]; currency: string }) {
  const lines = useWatch<OrderFormValues, "lines">({ name: "lines" });
  if (!items.some((item) => item.priceMinor > 0)) return null;
  const total = items.reduce((sum, item, index) => {
    const line = lines?.[index];
    return line && line.variantId !== "" ? sum + item.priceMinor * (line.quantity || 0) : sum;
  }, 0);
  return (
    <p
      className="flex items-baseline justify-between rounded-xl bg-slate-100 px-4 py-3 text-lg"
      aria-live="polite"
    >
      <span className="font-semibold">Total</span>
      <span className="font-bold tabular-nums" data-testid="order-total">
        {formatMoney(total, currency)}
        {total > 0 ? (
          <span className="block text-right text-sm font-normal text-slate-700">paid on collection</span>
        ) : null}
      </span>
    </p>
  );
}

/** By id rather than a ref: the submit handlers that call this are created during render. */
function focusSummary(): void {
  document.getElementById(ERROR_SUMMARY_ID)?.focus();
}

/** crypto.randomUUID needs a secure context; a plain-http LAN test address still gets a valid v4 UUID. */
function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
