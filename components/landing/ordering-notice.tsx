import { Alert } from "@/components/ui/alert";
import { describeOrderingWindow, type OrderingWindow } from "@/lib/events/window";

/**
 * The ordering window in words, in the event's time zone. Shown on the landing page and instead of the order
 * form. An open window with a closing time is a gentle reminder; a closed or future window is a warning.
 */
export function OrderingNotice({ ordering, timeZone }: { ordering: OrderingWindow; timeZone: string }) {
  const text = describeOrderingWindow(ordering, timeZone);
  if (ordering.state === "open") {
    return ordering.closesAt ? (
      <p className="text-base text-slate-700" data-testid="ordering-window">
        {text}
      </p>
    ) : null;
  }
  return (
    <Alert tone={ordering.state === "closed" ? "warning" : "info"} testId="ordering-window">
      {text}
    </Alert>
  );
}
