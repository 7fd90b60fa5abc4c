"use client";

import dynamic from "next/dynamic";
import { unstable_rethrow, useRouter } from "next/navigation";
import { useActionState, useEffect, useMemo, useRef, useState, useTransition, type FormEvent } from "react";
import { FormProvider, useForm, useWatch, type FieldPath, type Resolver } from "react-hook-form";
import { FormFields } from "@/components/form-renderer/form-fields";
import { FieldWrapper } from "@/components/form-renderer/field-wrapper";
import * as fieldStyles from "@/components/form-renderer/styles";
import { useClientSettings } from "@/components/settings/client-settings";
import { Button } from "@/components/ui/button";
import { defaultAnswers } from "@/lib/forms/default-answers";
import { isUuid } from "@/lib/format/uuid";
import { visibleKeys } from "@/lib/forms/visibility";
import type { FieldDefinition } from "@/lib/forms/definitions";
import { closedActionMessage } from "@/lib/maintenance/closed-action";
import { describeErrors, domIds, focusControl } from "./error-list";
import { ERROR_SUMMARY_ID, ErrorSummary } from "./error-summary";
import { ItemsSection } from "./items-section";
import type { PickerItem } from "./item-picker";
import { IDEMPOTENCY_KEY_FIELD } from "./order-form-data";
import {
  INITIAL_ORDER_FORM_STATE,
  defaultOrderFormValues,
  mapServerFieldErrors,
  toOrderInput,
  type OrderActionFailure,
  type OrderActionResult,
  type OrderFormProblem,
  type OrderFormValues,
  type PlaceOrderAction,
  type SubmitOrderFormAction,
} from "./order-form-values";
import { OrderReview } from "./order-review";
import type { OrderLinkAction } from "./resend-order-link";
import { restoreOrderFormValues, toFormErrors } from "./restore-order-form";

// Shown only after an order was refused for an address that already has one: not in the first load (ADR 016).
// A server render that shows it preloads its chunk.
const ResendOrderLink = dynamic(() => import("./resend-order-link").then((m) => m.ResendOrderLink));

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
 * they type by one schema (order-form-validation.ts, loaded lazily) that the server applies again.
 *
 * It works before its JavaScript has arrived: the server renders a POST form for `formAction` (React's
 * progressive enhancement through useActionState), which validates on the server and either redirects to the
 * confirmation or renders this form again with what was typed and every error. Once hydrated, submitting
 * validates in the browser and calls `action` instead, without reloading the page.
 *
 * The idempotency key comes from the server render, so a double tap, a retry after a lost connection, a second
 * submit after fixing a field, and a submit before hydration all carry the same key: the server places at
 * most one order for it.
 */
export function OrderForm({
  action,
  formAction,
  requestOrderLink,
  slug,
  items,
  fields,
  currency,
  idempotencyKey: renderedKey,
}: {
  action: PlaceOrderAction;
  formAction: SubmitOrderFormAction;
  /**
   * "Email me the link to my order", offered when this email address has already ordered and the
   * `order-link-resend` flag is on for the event (the settings object, ADR 027/034); absent: never offered.
   */
  requestOrderLink?: OrderLinkAction | undefined;
  slug: string;
  items: PickerItem[];
  fields: FieldDefinition[];
  currency: string;
  idempotencyKey: string;
}) {
  const { limits, flags } = useClientSettings();
  // Changes only when a native post is rendered again by the server; hydrated submits never dispatch it.
  const [posted, postForm] = useActionState(formAction, INITIAL_ORDER_FORM_STATE);
  const idempotencyKey =
    posted.idempotencyKey && isUuid(posted.idempotencyKey) ? posted.idempotencyKey : renderedKey;
  const resolver = useMemo(() => lazyResolver({ items, fields }), [items, fields]);
  const [isPending, startTransition] = useTransition();
  const [serverProblem, setServerProblem] = useState<ServerProblem | null>(() =>
    toServerProblem(posted.problem),
  );
  // The address that already has an order (the attendee limit), for the offer to email its link.
  const [orderedEmail, setOrderedEmail] = useState<string | null>(() =>
    posted.problem?.code === "attendee_limit" ? (posted.values?.attendee.email ?? null) : null,
  );
  const router = useRouter();
  // Set synchronously on submit, so two submits in the same instant (before React re-renders with the button
  // disabled) send one request; released when the server answers with a problem, kept through a redirect.
  const submitting = useRef(false);

  // What a native post was refused for, in react-hook-form's shape; none on a fresh page.
  const postedErrors = useMemo(
    () => (posted.problem ? toFormErrors(posted.fieldErrors) : undefined),
    [posted.problem, posted.fieldErrors],
  );
  const methods = useForm<OrderFormValues, unknown, OrderFormValues>({
    resolver,
    defaultValues: posted.values
      ? restoreOrderFormValues({ submitted: posted.values, items, fields })
      : defaultOrderFormValues({ items, answers: defaultAnswers(fields) }),
    errors: postedErrors,
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
  // A new object per request, so asking twice for the same errors still moves focus again. A form the server
  // rendered with problems (a native post) asks once, as soon as it is hydrated.
  const [focusRequest, setFocusRequest] = useState<{ errors: unknown } | null>(() =>
    postedErrors ? { errors: postedErrors } : null,
  );
  const focusFirstProblem = (errors: unknown) => setFocusRequest({ errors });
  useEffect(() => {
    if (focusRequest === null || isPending) return;
    const first = describeErrors({ errors: focusRequest.errors, items, fields })[0];
    if (!first || !focusControl(first.domId)) focusSummary();
  }, [focusRequest, isPending, items, fields]);

  const onValid = (values: OrderFormValues) => {
    setServerProblem(null);
    setOrderedEmail(null);
    const { input, submittedLineItems } = toOrderInput(values, idempotencyKey);
    startTransition(async () => {
      let result: OrderActionResult;
      try {
        result = await action(slug, input);
      } catch (error) {
        unstable_rethrow(error); // what Next itself must handle; anything else is the network or the closed gate
        submitting.current = false;
        setServerProblem({ message: closedActionMessage(error) ?? OFFLINE_MESSAGE, general: [] });
        focusFirstProblem({});
        return;
      }
      if (result.ok) {
        // Still submitting (a second tap does nothing) until the confirmation page replaces this one.
        router.push(result.confirmationPath);
        return;
      }
      submitting.current = false;
      const mapped = mapServerFieldErrors(result.fieldErrors, submittedLineItems);
      for (const { path, message } of mapped.fields) {
        setError(path as FieldPath<OrderFormValues>, { type: "server", message });
      }
      setServerProblem(
        toServerProblem({ code: result.code, message: result.message, general: mapped.general }),
      );
      if (result.code === "attendee_limit") setOrderedEmail(values.attendee.email);
      // The page is out of date (stock moved, or the window shut): fetch it afresh. The form keeps what was
      // entered; a closed window replaces the form with the notice saying so.
      if (STALE_PAGE_CODES.has(result.code)) router.refresh();
      // Only the server's field errors, keyed by their dotted paths (flattenErrors reads those as they are).
      focusFirstProblem(Object.fromEntries(mapped.fields.map((f) => [f.path, { message: f.message }])));
    });
  };

  const onInvalid = (errors: unknown) => {
    submitting.current = false;
    setServerProblem(null);
    focusFirstProblem(errors);
  };

  // Hydrated: validate here and call `action`. preventDefault (inside handleSubmit, synchronously) also keeps
  // React from dispatching the native-post action.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (submitting.current) {
      event.preventDefault();
      return;
    }
    submitting.current = true;
    // Validation itself can fail to arrive (it loads lazily): that is the network, and the attendee may retry.
    handleSubmit(
      onValid,
      onInvalid,
    )(event).catch(() => {
      submitting.current = false;
      setServerProblem({ message: OFFLINE_MESSAGE, general: [] });
      focusFirstProblem({});
    });
  };

  return (
    <FormProvider {...methods}>
      {showSummary ? (
        <ErrorSummary
          intro={serverProblem?.message ?? FIX_FIELDS_MESSAGE}
          entries={entries}
          general={serverProblem?.general ?? []}
        />
      ) : null}
      {/* A form of its own, so beside the order form rather than inside it (forms cannot nest). */}
      {orderedEmail && requestOrderLink && flags["order-link-resend"] ? (
        <ResendOrderLink action={requestOrderLink} email={orderedEmail} />
      ) : null}
      <form
        noValidate
        action={postForm}
        onSubmit={onSubmit}
        // Fetch the validation as the attendee starts on the form, so it is there before the first blur.
        onFocusCapture={prefetchValidation}
        onPointerDownCapture={prefetchValidation}
        className="flex flex-col gap-8 [--form-accent:var(--brand-text)]"
        data-testid="order-form"
      >
        <input type="hidden" name={IDEMPOTENCY_KEY_FIELD} value={idempotencyKey} />

        <ItemsSection items={items} currency={currency} />

        <section aria-labelledby="order-details-heading" className="flex flex-col gap-6">
          <h2 id="order-details-heading" className="text-xl font-bold">
            Your details
          </h2>
          <FieldWrapper id={domIds.name} name="attendee.name" label="Your name" helpText={undefined} required>
            {(aria) => (
              <input
                {...aria}
                {...register("attendee.name")}
                defaultValue={formState.defaultValues?.attendee?.name ?? ""}
                type="text"
                autoComplete="name"
                maxLength={limits.nameMaxLength}
                className={fieldStyles.control}
              />
            )}
          </FieldWrapper>
          <FieldWrapper
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
                defaultValue={formState.defaultValues?.attendee?.email ?? ""}
                type="email"
                inputMode="email"
                autoComplete="email"
                autoCapitalize="none"
                spellCheck={false}
                maxLength={limits.emailMaxLength}
                className={fieldStyles.control}
              />
            )}
          </FieldWrapper>
          {fields.length > 0 ? <FormFields fields={fields} /> : null}
        </section>

        <OrderReview items={items} currency={currency} />

        {/* Kept in reach at the bottom of the screen, so fixing a field never means scrolling back to submit. */}
        <div className="sticky bottom-0 z-10 -mx-4 border-t border-slate-200 bg-white/95 px-4 py-3 backdrop-blur">
          <Button type="submit" size="lg" disabled={isPending} className="w-full">
            {isPending ? "Placing your order…" : "Place order"}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}

/**
 * The validation (zod and the compiled schema: the largest part of this page's JavaScript) is not in the
 * first load: the form hydrates without it and loads it when the attendee first touches the form, or at the
 * first validation. Submitting before it has arrived waits for it.
 */
const loadValidation = () => import("./order-form-validation");
// A failed prefetch is not an error yet: the first validation imports it again and reports the failure.
const prefetchValidation = () => void loadValidation().catch(() => undefined);

function lazyResolver(input: {
  items: readonly PickerItem[];
  fields: readonly FieldDefinition[];
}): Resolver<OrderFormValues, unknown, OrderFormValues> {
  let resolver: Resolver<OrderFormValues, unknown, OrderFormValues> | undefined;
  return async (values, context, options) => {
    resolver ??= (await loadValidation()).orderFormResolver(input);
    return resolver(values, context, options);
  };
}

function toServerProblem(problem: OrderFormProblem | null): ServerProblem | null {
  if (!problem) return null;
  return {
    message: problem.code === "invalid_input" ? FIX_FIELDS_MESSAGE : problem.message,
    general: problem.general,
  };
}

/** By id rather than a ref: the submit handlers that call this are created during render. */
function focusSummary(): void {
  document.getElementById(ERROR_SUMMARY_ID)?.focus();
}
