import Form from "next/form";
import Link from "next/link";
import { inputClassName } from "@/components/dashboard/field";
import { buttonClassName } from "@/components/ui/button";
import type { FilterOptions } from "@/lib/orders/manage/list-orders";
import { orderSortLabels, orderSorts, type OrderFilters } from "@/lib/orders/manage/order-filters";
import { teamStatusLabel } from "@/lib/orders/manage/status-labels";
import { orderStatuses } from "@/lib/format/order-status-labels";
import { limits } from "@/lib/limits";

/**
 * Search, filters and sort as a GET form: submitting navigates to the same page with the state in the URL
 * (a link to share, the back button undoes it, and it works before JavaScript loads). Applying anything
 * starts again at the first page, since the form carries no cursor.
 */
export function OrdersFilters({
  action,
  filters,
  options,
  canSeePersonal,
  timeZone,
}: {
  action: string;
  filters: OrderFilters;
  options: FilterOptions;
  canSeePersonal: boolean;
  timeZone: string;
}) {
  const selected = new Set<string>(filters.status);
  return (
    <Form
      action={action}
      className="space-y-4 rounded-2xl border border-slate-200 bg-white p-4"
      aria-label="Search and filter orders"
    >
      <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-4">
        <div className="space-y-1 md:col-span-2">
          <label htmlFor="orders-q" className="block text-sm font-semibold text-slate-900">
            {canSeePersonal ? "Search reference, name or email" : "Search by order reference"}
          </label>
          <input
            id="orders-q"
            name="q"
            type="search"
            defaultValue={filters.q ?? ""}
            maxLength={limits.searchMaxLength}
            placeholder={canSeePersonal ? "DEV-7K3M9Q, Grace, grace@…" : "DEV-7K3M9Q"}
            className={inputClassName}
          />
        </div>
        <div className="space-y-1">
          <label htmlFor="orders-sort" className="block text-sm font-semibold text-slate-900">
            Sort by
          </label>
          <select id="orders-sort" name="sort" defaultValue={filters.sort} className={inputClassName}>
            {orderSorts.map((sort) => (
              <option key={sort} value={sort}>
                {orderSortLabels[sort]}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="orders-size" className="block text-sm font-semibold text-slate-900">
            Rows per page
          </label>
          <select id="orders-size" name="size" defaultValue={String(filters.size)} className={inputClassName}>
            {[...new Set([25, limits.pageSizeDefault, 100, limits.pageSizeMax])]
              .sort((a, b) => a - b)
              .map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="orders-item" className="block text-sm font-semibold text-slate-900">
            Item
          </label>
          <select id="orders-item" name="item" defaultValue={filters.item ?? ""} className={inputClassName}>
            <option value="">Any item</option>
            {options.items.map((item) => (
              <option key={item.id} value={item.id}>
                {item.name}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="orders-variant" className="block text-sm font-semibold text-slate-900">
            Variant
          </label>
          <select
            id="orders-variant"
            name="variant"
            defaultValue={filters.variant ?? ""}
            className={inputClassName}
          >
            <option value="">Any variant</option>
            {options.items
              .filter((item) => item.variants.length > 0)
              .map((item) => (
                <optgroup key={item.id} label={item.name}>
                  {item.variants.map((v) => (
                    <option key={v.id} value={v.id}>
                      {item.name} – {v.label}
                    </option>
                  ))}
                </optgroup>
              ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="orders-from" className="block text-sm font-semibold text-slate-900">
            Placed from
          </label>
          <input
            id="orders-from"
            name="from"
            type="date"
            defaultValue={filters.from ?? ""}
            aria-describedby="orders-dates-hint"
            className={inputClassName}
          />
        </div>
        <div className="space-y-1">
          <label htmlFor="orders-to" className="block text-sm font-semibold text-slate-900">
            Placed until (inclusive)
          </label>
          <input
            id="orders-to"
            name="to"
            type="date"
            defaultValue={filters.to ?? ""}
            aria-describedby="orders-dates-hint"
            className={inputClassName}
          />
        </div>
      </div>
      <p id="orders-dates-hint" className="text-sm text-slate-600">
        Dates are days in the event&apos;s time zone ({timeZone}).
      </p>
      <fieldset>
        <legend className="text-sm font-semibold text-slate-900">Status</legend>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {orderStatuses.map(({ status }) => (
            <label key={status} className="inline-flex min-h-11 items-center gap-2 text-sm text-slate-900">
              <input
                type="checkbox"
                name="status"
                value={status}
                defaultChecked={selected.has(status)}
                className="size-5 accent-blue-700"
              />
              {teamStatusLabel(status)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-wrap gap-3">
        <button type="submit" className={buttonClassName({ variant: "primary" })}>
          Apply
        </button>
        <Link href={action} className={buttonClassName({ variant: "secondary" })}>
          Clear filters
        </Link>
      </div>
    </Form>
  );
}
