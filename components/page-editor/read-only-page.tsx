import type { CSSProperties } from "react";
import { brandFontVariables } from "@/components/landing/brand-fonts";
import { Alert } from "@/components/ui/alert";
import type { PageRenderContext } from "@/components/page-blocks/context";
import { PageBlocks } from "@/components/page-blocks/page-blocks";
import { validatePageDocument } from "@/lib/pages/page-document";
import { themeSchema } from "@/lib/pages/theme";
import type { LibraryImage } from "./image-field";
import { previewStyle } from "./theme-state";

/**
 * What a viewer gets on the Page tab: the draft drawn by the public page's own components (server-rendered,
 * no editor code), with a notice that only owners, organisers and marketers edit it.
 */
export function ReadOnlyPage({
  document,
  theme,
  images,
  context,
}: {
  document: unknown;
  theme: unknown;
  images: LibraryImage[];
  context: Omit<PageRenderContext, "images" | "now"> & { now: string };
}) {
  const page = validatePageDocument(document);
  const parsedTheme = themeSchema.safeParse(theme);
  const renderContext: PageRenderContext = {
    ...context,
    now: new Date(context.now),
    images: new Map(images.map((image) => [image.id, image])),
  };
  return (
    <div className="space-y-4">
      <Alert tone="info" testId="read-only-notice">
        You can look at this page but not change it: owners, organisers and marketers edit and publish it.
      </Alert>
      {page.ok ? (
        <div
          className={`overflow-hidden rounded-xl border border-slate-300 font-sans ${brandFontVariables}`}
          style={(parsedTheme.success ? previewStyle(parsedTheme.data) : {}) as CSSProperties}
          data-testid="read-only-page"
        >
          <PageBlocks blocks={page.document.content} context={renderContext} />
        </div>
      ) : (
        <p className="text-slate-700">The draft has unfinished blocks; an editor has to fix them first.</p>
      )}
    </div>
  );
}
