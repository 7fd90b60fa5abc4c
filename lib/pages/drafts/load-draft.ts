import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { pageDrafts, users, type Event } from "@/db/schema";
import { getOrgEvent } from "@/lib/events/org-event";
import { livePage, documentOfRow, memberName } from "./published-versions";
import { organisationTheme, templatePage } from "./template";

export type LoadedPageDraft = {
  document: unknown;
  theme: unknown;
  /** 0: no draft stored yet (what is shown is the starting page); the first save creates it. */
  revision: number;
  basedOnVersion: number | null;
  updatedAt: Date;
  updatedByName: string | null;
};

/**
 * Where editing starts when the event has no draft yet: its published page (the newest version), else the
 * template built from the event's name and dates in the organisation's colours. Not stored (revision 0).
 */
export async function startingPage({ db, event }: { db: Db; event: Event }): Promise<LoadedPageDraft> {
  const live = await livePage({ db, orgId: event.orgId, eventId: event.id });
  if (live) {
    return {
      ...documentOfRow(live),
      revision: 0,
      basedOnVersion: live.version,
      updatedAt: live.publishedAt,
      updatedByName: live.publishedByName,
    };
  }
  return {
    document: templatePage(event),
    theme: await organisationTheme({ db, orgId: event.orgId }),
    revision: 0,
    basedOnVersion: null,
    updatedAt: event.createdAt,
    updatedByName: null,
  };
}

/** The stored draft row of an event already scoped to its organisation, with who saved it last. */
export async function storedPageDraft({ db, eventId }: { db: Db; eventId: string }) {
  const [row] = await db
    .select({
      document: pageDrafts.document,
      theme: pageDrafts.theme,
      revision: pageDrafts.revision,
      basedOnVersion: pageDrafts.basedOnVersion,
      updatedAt: pageDrafts.updatedAt,
      name: users.name,
      email: users.email,
    })
    .from(pageDrafts)
    .leftJoin(users, eq(users.id, pageDrafts.updatedByUserId))
    .where(eq(pageDrafts.eventId, eventId));
  if (!row) return null;
  const { name, email, ...draft } = row;
  return { ...draft, updatedByName: memberName({ name, email }) } satisfies LoadedPageDraft;
}

/** What the page editor opens with: the saved draft, valid or not, else the starting page at revision 0. */
export async function loadPageDraft(
  db: Db,
  { orgId, eventId }: { orgId: string; eventId: string },
): Promise<LoadedPageDraft> {
  const event = await getOrgEvent({ db, orgId, eventId });
  return (await storedPageDraft({ db, eventId: event.id })) ?? startingPage({ db, event });
}
