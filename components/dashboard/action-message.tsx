import type { ActionResult } from "@/lib/validation/action-result";
import { Alert } from "@/components/ui/alert";

/** The visible result of an action: announced politely on success, at once on failure. */
export function ActionMessage({
  result,
  className,
}: {
  result: ActionResult<unknown> | null;
  className?: string;
}) {
  if (!result) return <div role="status" aria-live="polite" className="sr-only" />;
  return result.ok ? (
    <Alert tone="success" role="status" className={className} testId="action-result">
      {result.message}
    </Alert>
  ) : (
    <Alert tone="error" role="alert" className={className} testId="action-result">
      {result.message}
    </Alert>
  );
}
