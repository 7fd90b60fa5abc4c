import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { ok } from "@/lib/validation/action-result";
import { ImageUpload } from "./image-upload";
import { CreateItemForm, EditItemForm } from "./item-form";
import { VariantManager } from "./variant-manager";
import { withClientSettings } from "@/components/settings/test-settings";

vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: () => {}, push: () => {} }) }));

const ids = { orgId: "o", eventId: "e" };
const done = async () => ok("done");

describe("item forms render with labelled controls", () => {
  it("create form: every field labelled, the currency in the price label", () => {
    const html = renderToString(
      withClientSettings(
        <CreateItemForm ids={ids} currency="EUR" action={async () => ok("x", { itemId: "i" })} />,
      ),
    );
    for (const label of [
      "Name",
      "Description",
      "Price (EUR)",
      "Maximum per order",
      "Variants",
      "Initial stock per variant",
    ]) {
      expect(html).toContain(`>${label}</label>`);
    }
    expect(html).toContain('for="new-item-price"');
  });

  it("edit form renders its fields and save button", () => {
    const html = renderToString(
      withClientSettings(
        <EditItemForm
          ids={ids}
          itemId="i"
          currency="EUR"
          defaults={{ name: "Cap", description: "", price: "12.50", maxPerOrder: 2, active: true }}
          action={done}
        />,
      ),
    );
    expect(html).toContain('for="edit-item-name"');
    expect(html).toContain("Save changes");
  });

  it("variant manager: rename, reorder, adjust and delete per variant; add form", () => {
    const html = renderToString(
      withClientSettings(
        <VariantManager
          ids={ids}
          itemId="i"
          itemName="Cap"
          variants={[
            { id: "v1", label: "S", available: 3, ordered: 1 },
            { id: "v2", label: "M", available: 0, ordered: 4 },
          ]}
          canManage
          canAdjustStock
          actions={{
            create: done,
            rename: done,
            remove: done,
            reorder: done,
            adjustStock: async () => ok("x", { stock: 1 }),
          }}
        />,
      ),
    );
    expect(html).toContain('aria-label="Move S down"');
    expect(html).toContain("Label of variant <!-- -->S");
    expect(html).toContain("Delete variant S?");
    expect(html).toContain("Add variant");
  });

  it("image upload: labelled file input, remove behind a confirmation", () => {
    const html = renderToString(
      withClientSettings(
        <ImageUpload
          ids={ids}
          itemId="i"
          itemName="Cap"
          image={{ url: "/api/blobs/x.webp" }}
          upload={done}
          remove={done}
        />,
      ),
    );
    expect(html).toContain('<label for="image-i"');
    expect(html).toContain("Replace the image");
    expect(html).toContain("Remove the image of Cap?");
  });
});
