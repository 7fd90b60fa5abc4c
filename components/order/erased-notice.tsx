import { Alert } from "@/components/ui/alert";
import { formatShortDateTime } from "@/lib/format/date-time";

/** Shown by the confirmation and my-order pages of an order whose personal data was erased (issue 13). */
export function ErasedNotice({ erasedAt, timeZone }: { erasedAt: Date; timeZone: string }) {
  return (
    <Alert tone="success" role="status" testId="order-erased" title="Personal data erased">
      This order&rsquo;s personal data was erased on{" "}
      <time dateTime={erasedAt.toISOString()}>{formatShortDateTime(erasedAt, timeZone)}</time>. Its reference,
      items and history remain for the organisers&rsquo; statistics.
    </Alert>
  );
}
