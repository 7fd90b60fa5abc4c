import type { ContentBlock, PageBlock } from "@/lib/pages/page-document";
import { ColumnsBlock, SectionBlock } from "./containers";
import type { PageRenderContext } from "./context";
import { HeroBlock } from "./hero-block";
import { GalleryBlock, ImageBlock } from "./image-blocks";
import { FaqBlock, LocationBlock, ScheduleBlock } from "./info-blocks";
import { ItemsShowcaseBlock } from "./items-showcase-block";
import { CountdownBlock, CtaBandBlock, SponsorsBlock } from "./promo-blocks";
import { RichTextBlock } from "./rich-text-block";

/**
 * Renders a validated page document on the server. A plain switch over our own blocks rather than Puck's
 * <Render>: the attendee page then carries no Puck code at all, and the compiler checks every block type is
 * handled. The editor (dashboard only) draws its live preview with these same components.
 */
export function PageBlocks({ blocks, context }: { blocks: PageBlock[]; context: PageRenderContext }) {
  return (
    <>
      {blocks.map((block) =>
        // The hero runs edge to edge; every other block sits in the page's reading width.
        block.type === "Hero" ? (
          <PageBlockView key={block.props.id} block={block} context={context} />
        ) : (
          <div key={block.props.id} className="mx-auto w-full max-w-5xl px-4 py-6">
            <PageBlockView block={block} context={context} />
          </div>
        ),
      )}
    </>
  );
}

function PageBlockView({ block, context }: { block: PageBlock; context: PageRenderContext }) {
  switch (block.type) {
    case "Section":
      return (
        <SectionBlock props={block.props}>
          <ContentBlocks blocks={block.props.content} context={context} />
        </SectionBlock>
      );
    case "Columns":
      return (
        <ColumnsBlock
          props={block.props}
          left={<ContentBlocks blocks={block.props.left} context={context} />}
          right={<ContentBlocks blocks={block.props.right} context={context} />}
        />
      );
    default:
      return <ContentBlockView block={block} context={context} />;
  }
}

function ContentBlocks({ blocks, context }: { blocks: ContentBlock[]; context: PageRenderContext }) {
  return blocks.map((block) => <ContentBlockView key={block.props.id} block={block} context={context} />);
}

export function ContentBlockView({ block, context }: { block: ContentBlock; context: PageRenderContext }) {
  switch (block.type) {
    case "Hero":
      return <HeroBlock props={block.props} context={context} />;
    case "RichText":
      return <RichTextBlock props={block.props} />;
    case "Image":
      return <ImageBlock props={block.props} context={context} />;
    case "Gallery":
      return <GalleryBlock props={block.props} context={context} />;
    case "ItemsShowcase":
      return <ItemsShowcaseBlock props={block.props} context={context} />;
    case "Faq":
      return <FaqBlock props={block.props} />;
    case "Schedule":
      return <ScheduleBlock props={block.props} />;
    case "Location":
      return <LocationBlock props={block.props} />;
    case "Sponsors":
      return <SponsorsBlock props={block.props} context={context} />;
    case "Countdown":
      return <CountdownBlock props={block.props} context={context} />;
    case "CtaBand":
      return <CtaBandBlock props={block.props} context={context} />;
  }
}
