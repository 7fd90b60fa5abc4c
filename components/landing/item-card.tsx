import { PHOTO_QUALITY, StaticImage } from "@/components/ui/static-image";
import { formatMoney } from "@/lib/format/money";
import type { PublicItem } from "@/lib/events/queries";
import { cx } from "@/components/ui/cx";
import { availability, isItemSoldOut } from "./availability";

/**
 * The card's width in the landing page's item grid (app/s/[slug]/page.tsx: max-w-5xl with px-4, gap-4,
 * one column, two from sm, three from lg), so a phone fetches a ~400 px wide image, not a 100vw one.
 */
export const ITEM_CARD_IMAGE_SIZES =
  "(min-width: 1024px) 320px, (min-width: 640px) calc(50vw - 24px), calc(100vw - 32px)";

/**
 * One item on the landing page: image, name, price, description and its sizes with what is left. Sizes are
 * shown as a list of chips (not controls: choosing happens on the order page).
 */
export function ItemCard({
  item,
  currency,
  headingLevel = 3,
}: {
  item: PublicItem;
  currency: string;
  headingLevel?: 2 | 3;
}) {
  const soldOut = isItemSoldOut(item);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  // A single plentiful variant ("One size") says nothing worth a chip; a single low one still warns.
  const showVariants =
    item.variants.length > 1 || item.variants.some((v) => availability(v.stock).kind === "low");
  return (
    <article
      data-testid="item-card"
      aria-labelledby={`item-${item.id}-name`}
      className="flex w-full flex-col overflow-hidden rounded-2xl border border-slate-200 bg-white shadow-sm"
    >
      {item.image ? (
        <div className="relative aspect-square bg-slate-100">
          {/* Lazy (the default) and low priority: on a phone the grid sits below the hero, whose image and the
              page's scripts come first; the square box keeps its place meanwhile. The photo is decorative: the
              card's heading right below names the item, and an alt of the same name is read out twice. */}
          <StaticImage
            src={item.image.url}
            alt=""
            fill
            sizes={ITEM_CARD_IMAGE_SIZES}
            quality={PHOTO_QUALITY}
            fetchPriority="low"
            className={cx("object-cover", soldOut && "opacity-60 grayscale")}
          />
        </div>
      ) : null}
      <div className="flex flex-1 flex-col gap-3 p-4">
        <div className="flex items-start justify-between gap-3">
          <Heading id={`item-${item.id}-name`} className="text-lg font-bold leading-snug">
            {item.name}
          </Heading>
          <p
            className="shrink-0 rounded-full bg-slate-100 px-3 py-1 text-sm font-semibold text-slate-900"
            data-testid="item-price"
          >
            {formatMoney(item.priceMinor, currency)}
          </p>
        </div>
        {soldOut ? (
          <p
            className="self-start rounded-full bg-slate-900 px-3 py-1 text-sm font-semibold text-white"
            data-testid="item-sold-out"
          >
            Sold out
          </p>
        ) : null}
        {item.description ? <p className="text-slate-700">{item.description}</p> : null}
        {showVariants ? (
          <ul className="flex flex-wrap gap-2" aria-label={`${item.name}: sizes and availability`}>
            {item.variants.map((variant) => (
              <VariantChip key={variant.id} label={variant.label} stock={variant.stock} />
            ))}
          </ul>
        ) : null}
        {item.maxPerOrder > 1 && !soldOut ? (
          <p className="text-sm text-slate-700">Up to {item.maxPerOrder} per order.</p>
        ) : null}
      </div>
    </article>
  );
}

function VariantChip({ label, stock }: { label: string; stock: number }) {
  const a = availability(stock);
  return (
    <li
      data-testid="variant-chip"
      className={cx(
        "inline-flex min-h-9 items-center gap-1.5 rounded-full border px-3 py-1 text-sm",
        a.kind === "sold_out" && "border-slate-300 bg-slate-100 text-slate-600",
        a.kind === "low" && "border-amber-400 bg-amber-50 text-amber-950",
        a.kind === "available" && "border-slate-300 bg-white text-slate-900",
      )}
    >
      <span className={cx("font-semibold", a.kind === "sold_out" && "line-through")}>{label}</span>
      {a.kind === "sold_out" ? <span>Sold out</span> : null}
      {a.kind === "low" ? <span>Only {a.left} left</span> : null}
    </li>
  );
}
