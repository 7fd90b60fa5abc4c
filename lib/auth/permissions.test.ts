import { describe, expect, it } from "vitest";
import { can, permissions, roles, rolesWith } from "./permissions";

describe("permission table", () => {
  it("gives owners everything", () => {
    for (const p of permissions) expect(can("owner", p), p).toBe(true);
  });

  it("keeps the organisation and the team to owners", () => {
    expect(rolesWith("organisation.delete")).toEqual(["owner"]);
    expect(rolesWith("team.manage")).toEqual(["owner"]);
    expect(rolesWith("audit.view")).toEqual(["owner"]);
    // Erasing or exporting an attendee's data on request answers for the whole organisation (issue 13).
    expect(rolesWith("privacy.manage")).toEqual(["owner"]);
  });

  it("lets organisers run events, items, stock, forms, suppliers and orders", () => {
    for (const p of [
      "events.manage",
      "items.manage",
      "stock.adjust",
      "form.manage",
      "suppliers.manage",
      "orders.manage",
    ] as const) {
      expect(can("organiser", p), p).toBe(true);
    }
  });

  it("never shows personal data or orders to marketers", () => {
    expect(can("marketer", "landing.manage")).toBe(true);
    for (const p of ["orders.view", "orders.export", "orders.manage", "personalData.view"] as const) {
      expect(can("marketer", p), p).toBe(false);
    }
  });

  it("keeps viewers read-only and masked", () => {
    const viewer = permissions.filter((p) => can("viewer", p));
    expect(viewer).toEqual(["events.view", "events.details", "orders.view", "orders.export"]);
    expect(viewer.some((p) => p.endsWith(".manage") || p === "personalData.view")).toBe(false);
  });

  it("gives every role at least something to see", () => {
    for (const role of roles) expect(can(role, "events.view"), role).toBe(true);
  });
});
