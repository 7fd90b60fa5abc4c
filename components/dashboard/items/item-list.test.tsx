import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import type { CatalogItem } from "@/lib/catalog/queries";
import { ok } from "@/lib/validation/action-result";
import { ItemList } from "./item-list";
import { moveItem } from "./reorder-list";

vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: () => {}, push: () => {} }) }));

const items: CatalogItem[] = [
  {
    id: "i1",
    name: "T-shirt",
    description: "Organic cotton",
    priceMinor: 0,
    maxPerOrder: 2,
    active: true,
    archived: false,
    image: { url: "/api/blobs/org/x/a.webp", width: 10, height: 10 },
    variants: [
      { id: "v1", label: "M", available: 8, ordered: 2 },
      { id: "v2", label: "L", available: 0, ordered: 5 },
    ],
  },
  {
    id: "i2",
    name: "Hoodie",
    description: "",
    priceMinor: 2550,
    maxPerOrder: 1,
    active: false,
    archived: false,
    image: null,
    variants: [],
  },
];

const actions = {
  reorder: async () => ok("saved"),
  archive: async () => ok("archived"),
  unarchive: async () => ok("restored"),
  adjustStock: async () => ok("adjusted", { stock: 1 }),
};

function render(canManage: boolean, canAdjustStock = canManage) {
  return renderToString(
    <ItemList
      ids={{ orgId: "o", eventId: "e" }}
      currency="EUR"
      items={items}
      archived={false}
      canManage={canManage}
      canAdjustStock={canAdjustStock}
      actions={actions}
    />,
  );
}

describe("ItemList", () => {
  it("shows prices, stock per variant and the keyboard reorder controls to managers", () => {
    const html = render(true);
    expect(html).toContain("Free");
    expect(html).toContain("€25.50");
    expect(html).toContain("0 (sold out)");
    expect(html).toContain("Inactive: not orderable");
    expect(html).toContain('aria-label="Move T-shirt down"');
    expect(html).toContain('aria-label="Move Hoodie up"');
    expect(html).toContain('aria-live="polite"');
    // The drag handle is a real button with a name (dnd-kit: mouse, touch and keyboard).
    expect(html).toContain('aria-label="Reorder T-shirt"');
    expect(html).toContain('aria-roledescription="sortable"');
    expect(html).toContain(`Adjust<span class="sr-only"> stock of <!-- -->T-shirt – M`);
    expect(html).toMatch(/<th scope="col"[^>]*>Available<\/th>/);
  });

  it("gives viewers no edit, archive, reorder or stock controls", () => {
    const html = render(false);
    expect(html).toContain("T-shirt");
    expect(html).not.toContain("Move T-shirt");
    expect(html).not.toContain("Archive");
    expect(html).not.toContain("Adjust");
    expect(html).not.toContain("Reorder T-shirt");
  });
});

describe("moveItem", () => {
  it("moves one entry and keeps the rest in order", () => {
    expect(moveItem(["a", "b", "c", "d"], 0, 2)).toEqual(["b", "c", "a", "d"]);
    expect(moveItem(["a", "b", "c", "d"], 3, 0)).toEqual(["d", "a", "b", "c"]);
    expect(moveItem(["a", "b"], 5, 0)).toEqual(["a", "b"]);
  });
});
