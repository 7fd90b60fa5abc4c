import { memberRoleValues, type MemberRole } from "@/db/schema/enum-values";

/**
 * Who may do what (PRODUCT "Organisation and team"). The single table every dashboard server action and
 * loader consults through the authorisation helper; the UI only hides what this already refuses.
 */
export const roles = memberRoleValues;
export type Role = MemberRole;

export const permissions = [
  "organisation.delete",
  "team.manage",
  "audit.view",
  "settings.manage",
  "events.view",
  /** An event's items, form, page and settings: every role but desk staff, who see only the list and the desk. */
  "events.details",
  "events.manage",
  "items.manage",
  "stock.adjust",
  "form.manage",
  "suppliers.manage",
  "landing.manage",
  "orders.view",
  "orders.manage",
  "orders.export",
  /** The collection desk: find an order by reference, see its name and items, mark it collected. */
  "orders.collect",
  /** Names, emails and answers flagged personal; without it they are masked wherever they appear. */
  "personalData.view",
  /** Erase or export an attendee's personal data on request, erase an event's now (issue 13): owners only. */
  "privacy.manage",
] as const;
export type Permission = (typeof permissions)[number];

/** What only owners may do; organisers may do everything else. */
const ownerOnly: ReadonlySet<Permission> = new Set([
  "organisation.delete",
  "team.manage",
  "audit.view",
  "privacy.manage",
]);
const organiser = permissions.filter((p) => !ownerOnly.has(p));

const table: Record<Role, ReadonlySet<Permission>> = {
  owner: new Set(permissions),
  organiser: new Set(organiser),
  // Landing page and branding only: never orders, never personal data.
  marketer: new Set<Permission>(["events.view", "events.details", "landing.manage"]),
  // Read-only; orders and exports with personal data masked.
  viewer: new Set<Permission>(["events.view", "events.details", "orders.view", "orders.export"]),
  // Event staff at the collection desk: the events and the desk, seeing a name and the items (issue 12).
  desk: new Set<Permission>(["events.view", "orders.collect"]),
};

export function can(role: Role, permission: Permission): boolean {
  return table[role].has(permission);
}

/** The roles holding a permission: what a test enumerates to try every role that lacks it. */
export function rolesWith(permission: Permission): Role[] {
  return roles.filter((role) => can(role, permission));
}
