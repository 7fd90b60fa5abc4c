"use client";

import { useFormContext, useFormState, useWatch } from "react-hook-form";
import { ErrorText, errorIdOf, useFieldError } from "@/components/form-renderer/field-parts";
import { availabilityText } from "@/components/landing/availability";
import { cx } from "@/components/ui/cx";
import { formatMoney } from "@/lib/format/money";
import { domIds } from "./error-list";
import { maxQuantity, type OrderFormItem, type OrderFormValues } from "./order-form-values";
import { QuantityStepper } from "./quantity-stepper";

/**
 * A thumbnail's attributes, worked out on the server with next/image's getImageProps: the picker renders a
 * plain <img>, so next/image's client code is not shipped with the order form.
 */
export type PickerImage = { src: string; srcSet?: string; width: number; height: number; sizes?: string };
export type PickerItem = OrderFormItem & { image: PickerImage | null };

/**
 * One item: a radio group of its variants as chips (a sold-out one disabled, "Only N left" as its
 * description), a quantity stepper when more than one may be taken, and a way to leave the item out again.
 * Each radio's accessible name is exactly the variant label ("M"), so screen readers and tests find it simply;
 * availability is its description.
 */
export function ItemPicker({
  item,
  index,
  currency,
  removable,
  groupInvalid,
}: {
  item: PickerItem;
  index: number;
  currency: string;
  removable: boolean;
  /** The items as a whole have an error (nothing chosen): every picker shows it. */
  groupInvalid: boolean;
}) {
  const { register, setValue, getValues, getFieldState, trigger, formState } =
    useFormContext<OrderFormValues>();
  const { isSubmitted } = useFormState<OrderFormValues>();
  const variantPath = `lines.${index}.variantId` as const;
  const quantityPath = `lines.${index}.quantity` as const;
  const chosenId = useWatch<OrderFormValues, typeof variantPath>({ name: variantPath });
  const quantity = useWatch<OrderFormValues, typeof quantityPath>({ name: quantityPath });
  // For the server-rendered HTML (register() checks a radio only once hydrated).
  const initialVariantId = formState.defaultValues?.lines?.[index]?.variantId;
  const error = useFieldError(variantPath);
  const groupId = domIds.item(item.id);
  const legendId = `${groupId}-legend`;
  const chosen = item.variants.find((v) => v.id === chosenId);
  const max = chosen ? maxQuantity(item, chosen) : 0;

  // "Choose at least one item" belongs to all lines: react-hook-form re-validates only the changed line's
  // own path, so a change of choice re-checks the lines as a whole once that message may be showing.
  const revalidateLines = () => {
    if (isSubmitted || getFieldState("lines").error) void trigger("lines");
  };

  const radio = register(variantPath, {
    // Keep the quantity within what the newly chosen variant allows.
    onChange: (event: { target: { value: string } }) => {
      const variant = item.variants.find((v) => v.id === event.target.value);
      const quantity = getValues(quantityPath);
      if (variant && quantity > maxQuantity(item, variant))
        setValue(quantityPath, Math.max(1, maxQuantity(item, variant)));
      revalidateLines();
    },
  });

  return (
    <fieldset
      id={groupId}
      aria-labelledby={legendId}
      aria-describedby={error ? errorIdOf(groupId) : undefined}
      data-testid="item-picker"
      className={cx(
        "m-0 min-w-0 rounded-2xl border-2 bg-white p-4",
        // One border colour at a time: two border classes would be settled by stylesheet order, not intent.
        error || groupInvalid ? "border-red-700" : chosen ? "border-(--brand-text)" : "border-slate-200",
      )}
    >
      <legend id={legendId} className="sr-only">
        {item.name}
      </legend>
      <div className="flex items-center gap-3">
        {item.image ? (
          // eslint-disable-next-line @next/next/no-img-element -- sized on the server by getImageProps
          <img
            {...item.image}
            alt=""
            loading="lazy"
            decoding="async"
            className="size-16 shrink-0 rounded-lg object-cover"
          />
        ) : null}
        <div className="min-w-0 flex-1">
          {/* The legend already names the group for assistive technology. */}
          <p className="text-lg font-bold leading-snug text-slate-900" aria-hidden="true">
            {item.name}
          </p>
          <p className="text-sm font-semibold text-slate-700" data-testid="item-price">
            <span className="sr-only">Price: </span>
            {formatMoney(item.priceMinor, currency)}
          </p>
        </div>
      </div>

      <div className="mt-3 flex flex-wrap gap-2">
        {item.variants.map((variant) => {
          const inputId = `${groupId}-variant-${variant.id}`;
          const hint = availabilityText(variant.stock);
          const hintId = `${inputId}-hint`;
          const soldOut = variant.stock <= 0;
          return (
            <label
              key={variant.id}
              htmlFor={inputId}
              className={cx(
                "relative inline-flex min-h-11 min-w-11 cursor-pointer flex-col items-center justify-center rounded-xl border-2 px-4 py-1.5 text-center",
                "border-slate-300 bg-white text-slate-900 hover:border-slate-500",
                "has-checked:border-brand has-checked:bg-brand has-checked:text-on-brand",
                "has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-(color:--brand-focus)",
                "has-disabled:cursor-not-allowed has-disabled:border-dashed has-disabled:bg-slate-100 has-disabled:text-slate-600",
              )}
            >
              <input
                {...radio}
                id={inputId}
                type="radio"
                value={variant.id}
                defaultChecked={variant.id === initialVariantId}
                disabled={soldOut}
                aria-label={variant.label}
                aria-describedby={hint ? hintId : undefined}
                className="sr-only"
              />
              <span className={cx("font-semibold", soldOut && "line-through")}>{variant.label}</span>
              {hint ? (
                <span id={hintId} className="text-xs font-medium">
                  {hint}
                </span>
              ) : null}
            </label>
          );
        })}
      </div>
      <ErrorText id={groupId} message={error} />
      {/* What a native post (before hydration) sends as this line's quantity; the stepper needs JavaScript. */}
      <input type="hidden" name={quantityPath} value={Number.isInteger(quantity) ? quantity : 1} />

      {chosen && max > 1 ? (
        <QuantityStepper id={domIds.quantity(item.id)} index={index} itemName={item.name} max={max} />
      ) : null}

      {chosen && removable ? (
        <button
          type="button"
          onClick={() => {
            setValue(variantPath, "");
            setValue(quantityPath, 1);
            revalidateLines();
          }}
          className="mt-3 inline-flex min-h-11 items-center rounded-lg px-2 text-base font-medium text-(--brand-text) underline underline-offset-4 hover:bg-slate-100"
        >
          Remove {item.name}
        </button>
      ) : null}
    </fieldset>
  );
}
