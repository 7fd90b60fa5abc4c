import { cx } from "@/components/ui/cx";

/** A block's own heading: h2 on the page (the hero holds the page's only h1); omitted when left empty. */
export function BlockHeading({ text, className, id }: { text: string; className?: string; id?: string }) {
  if (!text) return null;
  return (
    <h2 id={id} className={cx("text-2xl font-bold tracking-tight text-balance", className)}>
      {text}
    </h2>
  );
}
