"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/actions/define";
import { ok } from "@/lib/validation/action-result";
import { eraseByEmail, eraseEventNow } from "@/lib/privacy/owner-request";
import { privacyEmailInput, privacyEventInput } from "@/lib/privacy/privacy-schemas";

const privacyPath = (orgId: string) => `/dashboard/${orgId}/privacy`;
const orders = (n: number) => `${n} order${n === 1 ? "" : "s"}`;

/** Erases every order of one address across the organisation's events (an attendee's request to the owner). */
export const eraseByEmailAction = orgAction({
  name: "eraseByEmail",
  permission: "privacy.manage",
  input: privacyEmailInput,
  run: async ({ db, user, member, input }) => {
    const totals = await eraseByEmail(db, { orgId: member.orgId, email: input.email, userId: user.id });
    revalidatePath(privacyPath(member.orgId));
    return ok(
      totals.orders === 0
        ? "Nothing left to erase: that address has no orders with personal data here."
        : `Erased the personal data of ${orders(totals.orders)}.`,
    );
  },
});

/** Erases an event's orders now, without waiting for its retention date. */
export const eraseEventNowAction = orgAction({
  name: "eraseEventNow",
  permission: "privacy.manage",
  input: privacyEventInput,
  run: async ({ db, user, member, input }) => {
    const erased = await eraseEventNow(db, { orgId: member.orgId, eventId: input.eventId, userId: user.id });
    revalidatePath(privacyPath(member.orgId));
    return ok(
      erased.orders === 0
        ? `Nothing left to erase in ${erased.eventName}.`
        : `Erased the personal data of ${orders(erased.orders)} of ${erased.eventName}.`,
    );
  },
});
