import { ItemCard } from "@/components/landing/item-card";
import { cx } from "@/components/ui/cx";
import type { ContentBlock } from "@/lib/pages/page-document";
import { BlockHeading } from "./block-heading";
import type { PageRenderContext } from "./context";

type ItemsShowcaseProps = Extract<ContentBlock, { type: "ItemsShowcase" }>["props"];

/**
 * The event's items as they are now: names, prices and availability come from the catalog at render time
 * (the cached page is at most a revalidation period old), never from text copied into the page.
 */
export function ItemsShowcaseBlock({
  props,
  context,
}: {
  props: ItemsShowcaseProps;
  context: PageRenderContext;
}) {
  if (context.items.length === 0) return null;
  return (
    <section aria-labelledby={`${props.id}-heading`} className="space-y-4">
      <BlockHeading
        id={`${props.id}-heading`}
        text={props.heading || "Items"}
        className={props.heading ? "" : "sr-only"}
      />
      <ul
        className={cx("grid gap-4", props.layout === "grid" ? "sm:grid-cols-2 lg:grid-cols-3" : "max-w-3xl")}
        data-testid="items-showcase"
      >
        {context.items.map((item) => (
          <li key={item.id} className="flex">
            <ItemCard item={item} currency={context.event.currency} />
          </li>
        ))}
      </ul>
    </section>
  );
}
