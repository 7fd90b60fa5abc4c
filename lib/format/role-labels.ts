import type { MemberRole as Role } from "@/db/schema/enum-values";

/** The roles in words (PRODUCT "Organisation and team"): shown in the invite form, the team table and emails. */
export const roleLabels: Record<Role, string> = {
  owner: "Owner",
  organiser: "Organiser",
  marketer: "Marketer",
  viewer: "Viewer",
  desk: "Desk staff",
};

export const roleDescriptions: Record<Role, string> = {
  owner: "Everything, including the team, the audit log and deleting the organisation.",
  organiser: "Events, items, stock, the order form, suppliers and orders.",
  marketer: "The landing page and branding only; never sees personal data.",
  viewer: "Read-only access; personal data is masked.",
  desk: "The collection desk only: finds an order, sees the name and items, marks it collected.",
};
