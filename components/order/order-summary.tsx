import { variantLabelShown } from "@/lib/format/order-lines";
import { formatMoney } from "@/lib/format/money";

export type SummaryLine = {
  itemName: string;
  variantLabel: string;
  /** The item has only this variant ("One size"): its label is not shown. */
  singleVariant: boolean;
  quantity: number;
  lineTotalMinor: number;
};
export type SummaryAnswer = { key: string; label: string; value: string };

/**
 * What was ordered, the total and the answers given, for the confirmation and "my order" pages. Server
 * component. A definition list for answers, a plain list for lines: both read well on a phone and to a
 * screen reader, unlike a table squeezed to 360px. Lines come in the order the emails use
 * (lib/format/order-lines.ts) and say it the same way: "2 × Conference socks", then the size if there is one
 * to choose.
 */
export function OrderSummary({
  lines,
  totalMinor,
  currency,
  paymentStatus,
  answers,
}: {
  lines: SummaryLine[];
  totalMinor: number;
  currency: string;
  paymentStatus: "not_required" | "due_on_collection" | "paid" | "refunded";
  answers: SummaryAnswer[];
}) {
  return (
    <div className="flex flex-col gap-6">
      <section aria-labelledby="summary-items-heading">
        <h2 id="summary-items-heading" className="text-xl font-bold">
          Your items
        </h2>
        <ul
          className="mt-3 divide-y divide-slate-200 rounded-xl border border-slate-200"
          data-testid="order-lines"
        >
          {lines.map((line) => {
            const label = variantLabelShown(line);
            return (
              <li
                key={`${line.itemName}-${line.variantLabel}`}
                className="flex items-start justify-between gap-4 px-4 py-3"
                data-testid="order-line"
              >
                <span className="min-w-0 wrap-anywhere">
                  <span className="font-semibold">
                    {line.quantity} × {line.itemName}
                  </span>
                  {label ? (
                    <span className="block text-slate-700" data-testid="order-line-variant">
                      Size / option: {label}
                    </span>
                  ) : null}
                </span>
                <span className="shrink-0 font-semibold tabular-nums">
                  {formatMoney(line.lineTotalMinor, currency)}
                </span>
              </li>
            );
          })}
          <li className="flex items-baseline justify-between gap-4 bg-slate-50 px-4 py-3">
            <span className="font-bold">Total</span>
            <span className="text-right font-bold tabular-nums" data-testid="order-total">
              {formatMoney(totalMinor, currency)}
              {paymentStatus === "due_on_collection" ? (
                <span className="block text-sm font-normal text-slate-700">paid on collection</span>
              ) : null}
            </span>
          </li>
        </ul>
      </section>

      {answers.length > 0 ? (
        <section aria-labelledby="summary-answers-heading">
          <h2 id="summary-answers-heading" className="text-xl font-bold">
            Your answers
          </h2>
          <dl
            className="mt-3 divide-y divide-slate-200 rounded-xl border border-slate-200"
            data-testid="order-answers"
          >
            {answers.map((answer) => (
              <div key={answer.key} className="px-4 py-3">
                <dt className="text-sm font-semibold text-slate-700">{answer.label}</dt>
                <dd className="mt-0.5 whitespace-pre-line wrap-anywhere">{answer.value}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
    </div>
  );
}
