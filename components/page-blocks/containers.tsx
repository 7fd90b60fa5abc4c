import type { ReactNode } from "react";
import { cx } from "@/components/ui/cx";
import type { ContainerBlock } from "@/lib/pages/page-document";

type SectionProps = Extract<ContainerBlock, { type: "Section" }>["props"];
type ColumnsProps = Extract<ContainerBlock, { type: "Columns" }>["props"];

const sectionTone: Record<SectionProps["background"], string> = {
  none: "",
  muted: "rounded-2xl bg-slate-100 px-4 sm:px-8",
  brand: "rounded-2xl bg-brand px-4 text-on-brand sm:px-8 [--brand-text:var(--brand-on-primary)]",
  accent: "rounded-2xl bg-accent px-4 text-(--brand-on-accent) sm:px-8 [--brand-text:var(--brand-on-accent)]",
};

const sectionSpacing: Record<SectionProps["spacing"], string> = {
  compact: "space-y-4 py-4",
  normal: "space-y-8 py-8",
  roomy: "space-y-12 py-14",
};

/** A band around other blocks with a background and spacing; text on a coloured band uses its checked text colour. */
export function SectionBlock({ props, children }: { props: SectionProps; children: ReactNode }) {
  return <div className={cx(sectionTone[props.background], sectionSpacing[props.spacing])}>{children}</div>;
}

const ratios: Record<ColumnsProps["ratio"], string> = {
  "1:1": "md:grid-cols-2",
  "2:1": "md:grid-cols-[2fr_1fr]",
  "1:2": "md:grid-cols-[1fr_2fr]",
};

/** Two columns side by side from a tablet up, stacked (left first) on a phone. */
export function ColumnsBlock({
  props,
  left,
  right,
}: {
  props: ColumnsProps;
  left: ReactNode;
  right: ReactNode;
}) {
  return (
    <div className={cx("grid gap-8", ratios[props.ratio])}>
      <div className="min-w-0 space-y-8">{left}</div>
      <div className="min-w-0 space-y-8">{right}</div>
    </div>
  );
}
