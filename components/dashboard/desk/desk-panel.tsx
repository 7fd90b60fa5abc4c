"use client";

import { useCallback, useState, useTransition } from "react";
import { Alert, type AlertTone } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useClientSettings } from "@/components/settings/client-settings";
import { variantLabelShown } from "@/lib/format/order-lines";
import type { DeskActions, DeskOrder, DeskSearchHit } from "./desk-actions";
import { QrScanner } from "./qr-scanner";

type Notice = { tone: AlertTone; text: string } | null;

const input =
  "min-h-12 w-full rounded-lg border-2 border-slate-400 px-3 text-lg text-slate-900 focus:border-blue-700 focus:outline-none";

/**
 * The collection desk on a phone held by staff: scan, or type the reference, or search by name; then one tap
 * hands the order over. Every answer comes from the server (the lock there decides which of two desks wins);
 * this component only shows it.
 */
export function DeskPanel({
  orgId,
  eventId,
  prefix,
  actions,
}: {
  orgId: string;
  eventId: string;
  prefix: string;
  actions: DeskActions;
}) {
  const { limits } = useClientSettings();
  const [reference, setReference] = useState("");
  const [name, setName] = useState("");
  const [order, setOrder] = useState<DeskOrder | null>(null);
  const [hits, setHits] = useState<DeskSearchHit[] | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [scanning, setScanning] = useState(false);
  const [pending, startTransition] = useTransition();

  const find = useCallback(
    (ref: string) =>
      startTransition(async () => {
        setNotice(null);
        setHits(null);
        const result = await actions.find({ orgId, eventId, reference: ref });
        if (result.ok) {
          setOrder(result.data);
          setReference(result.data.reference);
        } else {
          setOrder(null);
          setNotice({ tone: "error", text: result.fieldErrors.reference?.[0] ?? result.message });
        }
      }),
    [actions, orgId, eventId],
  );

  const onScanned = useCallback(
    (ref: string) => {
      setScanning(false);
      find(ref);
    },
    [find],
  );

  const search = () =>
    startTransition(async () => {
      setNotice(null);
      const result = await actions.search({ orgId, eventId, name });
      if (result.ok) {
        setHits(result.data);
        setOrder(null);
      } else setNotice({ tone: "error", text: result.fieldErrors.name?.[0] ?? result.message });
    });

  const collect = (current: DeskOrder) =>
    startTransition(async () => {
      const result = await actions.collect({ orgId, eventId, orderId: current.id });
      setNotice(
        result.ok
          ? { tone: "success", text: result.message }
          : { tone: result.code === "conflict" ? "warning" : "error", text: result.message },
      );
      // Show the order as it is now (collected, by whom), whoever won.
      const fresh = await actions.find({ orgId, eventId, reference: current.reference });
      if (fresh.ok) setOrder(fresh.data);
    });

  return (
    <div className="mx-auto max-w-md space-y-5">
      {scanning ? (
        <QrScanner onReference={onScanned} onClose={() => setScanning(false)} />
      ) : (
        <Button variant="platform" size="lg" className="w-full" onClick={() => setScanning(true)}>
          Scan a QR code
        </Button>
      )}

      <form
        className="space-y-2"
        onSubmit={(e) => {
          e.preventDefault();
          find(reference);
        }}
      >
        <label htmlFor="desk-reference" className="block font-semibold text-slate-900">
          Order reference
        </label>
        <div className="flex gap-2">
          <input
            id="desk-reference"
            className={`${input} font-mono uppercase`}
            value={reference}
            onChange={(e) => setReference(e.target.value)}
            placeholder={`${prefix}-7K3M9Q`}
            autoCapitalize="characters"
            autoComplete="off"
            spellCheck={false}
            maxLength={limits.deskReferenceMaxLength}
            required
          />
          <Button type="submit" variant="platform" disabled={pending}>
            Find
          </Button>
        </div>
      </form>

      <form
        className="space-y-2"
        onSubmit={(e) => {
          e.preventDefault();
          search();
        }}
      >
        <label htmlFor="desk-name" className="block font-semibold text-slate-900">
          Or search by name
        </label>
        <div className="flex gap-2">
          <input
            id="desk-name"
            className={input}
            value={name}
            onChange={(e) => setName(e.target.value)}
            autoComplete="off"
            maxLength={limits.searchMaxLength}
            required
          />
          <Button type="submit" variant="secondary" disabled={pending}>
            Search
          </Button>
        </div>
      </form>

      {notice ? (
        <Alert tone={notice.tone} role={notice.tone === "success" ? "status" : "alert"} testId="desk-notice">
          {notice.text}
        </Alert>
      ) : null}

      {hits ? (
        hits.length === 0 ? (
          <p role="status">No order under that name.</p>
        ) : (
          <ul
            className="divide-y divide-slate-200 rounded-xl border border-slate-200"
            aria-label="Orders found"
          >
            {hits.map((hit) => (
              <li key={hit.id}>
                <button
                  type="button"
                  className="flex min-h-12 w-full items-center justify-between gap-3 px-3 py-2 text-left hover:bg-slate-50"
                  onClick={() => find(hit.reference)}
                >
                  <span className="font-semibold">{hit.attendeeName}</span>
                  <span className="font-mono text-sm text-slate-700">
                    {hit.reference} · {hit.statusLabel}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )
      ) : null}

      {order ? <OrderCard order={order} pending={pending} onCollect={() => collect(order)} /> : null}
    </div>
  );
}

function OrderCard({
  order,
  pending,
  onCollect,
}: {
  order: DeskOrder;
  pending: boolean;
  onCollect: () => void;
}) {
  const collectable = ["confirmed", "sent_to_supplier", "ready_for_pickup"].includes(order.status);
  return (
    <section
      aria-labelledby="desk-order-heading"
      className="space-y-3 rounded-2xl border-2 border-slate-300 p-4"
      data-testid="desk-order"
    >
      <h2 id="desk-order-heading" className="text-2xl font-bold text-slate-900">
        {order.attendeeName || "Name erased"}
      </h2>
      <p className="text-slate-700">
        <span className="font-mono font-semibold">{order.reference}</span> ·{" "}
        <span data-testid="desk-order-status">{order.statusLabel}</span>
      </p>
      <ul className="space-y-1 text-lg" aria-label="Hand over">
        {order.lines.map((line, i) => (
          <li key={i}>
            <span className="font-bold">{line.quantity} ×</span> {line.itemName}
            {variantLabelShown(line) ? <span className="font-semibold"> — {line.variantLabel}</span> : null}
          </li>
        ))}
      </ul>
      {order.answers && order.answers.length > 0 ? (
        <dl className="space-y-1 text-sm">
          {order.answers.map((a, i) => (
            <div key={i}>
              <dt className="inline text-slate-600">{a.label}: </dt>
              <dd className="inline font-semibold">{a.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {order.status === "collected" && order.collected ? (
        <p className="font-semibold text-amber-900">
          Collected {order.collected.atText} by {order.collected.by}.
        </p>
      ) : null}
      {collectable ? (
        <Button variant="platform" size="lg" className="w-full" disabled={pending} onClick={onCollect}>
          Mark collected
        </Button>
      ) : null}
    </section>
  );
}
