"use client";

import { Button } from "@/components/ui/button";
import type { EventStatus, EventStatusAction } from "@/lib/events/manage/status-machine";
import { ActionMessage } from "../action-message";
import { ConfirmButton } from "../confirm-button";
import { useAction } from "../use-action-form";
import type { ChangeEventStatusAction } from "./event-actions";

type Target = Exclude<EventStatus, "draft">;

const explain: Record<EventStatus, string> = {
  draft: "Only your team can see this event. Publish it to open the shop.",
  published: "The shop is public; attendees can order within the ordering window.",
  closed: "The shop still shows the event, but attendees can no longer order.",
  archived: "Archived: read-only for good. Duplicate it to run it again.",
};

/** The status changes the event's status machine allows from here, destructive ones behind a confirmation. */
export function StatusControls({
  orgId,
  eventId,
  eventName,
  status,
  next,
  changeStatus,
}: {
  orgId: string;
  eventId: string;
  eventName: string;
  status: EventStatus;
  next: { to: EventStatus; action: EventStatusAction }[];
  /** The route's changeEventStatusAction. */
  changeStatus: ChangeEventStatusAction;
}) {
  const { run, pending, result } = useAction(changeStatus);
  const change = (to: Target) => void run({ orgId, eventId, to });

  return (
    <div className="space-y-3">
      <ActionMessage result={result} />
      <p className="text-slate-700">{explain[status]}</p>
      <div className="flex flex-wrap gap-3">
        {next.map(({ to, action }) => {
          if (to === "draft") return null;
          switch (action) {
            case "publish":
              return (
                <Button key={action} disabled={pending} onClick={() => change(to)}>
                  Publish
                </Button>
              );
            case "reopen":
              return (
                <Button key={action} disabled={pending} onClick={() => change(to)}>
                  Reopen ordering
                </Button>
              );
            case "close":
              return (
                <ConfirmButton
                  key={action}
                  label="Close ordering"
                  title={`Close ordering for ${eventName}?`}
                  body="Attendees can no longer order. The shop still shows the event and existing orders are kept. You can reopen it later."
                  confirmLabel="Close ordering"
                  variant="secondary"
                  pending={pending}
                  onConfirm={() => change(to)}
                />
              );
            case "archive":
              return (
                <ConfirmButton
                  key={action}
                  label="Archive event"
                  title={`Archive ${eventName}?`}
                  body="Archiving is final: the shop goes offline, attendees can no longer order, and the event can never be published or edited again. Its orders are kept. To run it again, duplicate it."
                  confirmLabel="Archive for good"
                  pending={pending}
                  onConfirm={() => change(to)}
                />
              );
          }
        })}
      </div>
    </div>
  );
}
