"use client";

import "@puckeditor/core/no-external.css";
import { Puck, useGetPuck, type Data, type Overrides } from "@puckeditor/core";
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { PageRenderContext } from "@/components/page-blocks/context";
import { validatePageDocument } from "@/lib/pages/page-document";
import { DraftControls } from "./draft-controls";
import { editorConfig } from "./editor-config";
import { ImageUpload } from "./image-upload";
import { ThemePanel } from "./theme-panel";
import type { LibraryImage } from "./image-field";
import { PreviewStyleContext } from "./preview-frame";
import { previewStyle, reviewTheme, startingTheme, type ThemeDraft } from "./theme-state";
import type { PageDraftData, PageEditorActions, PageIds } from "./types";

type PuckApiGetter = ReturnType<typeof useGetPuck>;

/** Puck's data from whatever the draft holds; a malformed draft opens as an empty page rather than crashing. */
function asPuckData(document: unknown): Data {
  const d = document as Partial<Data> | null;
  return {
    root: d?.root && typeof d.root === "object" ? d.root : { props: {} },
    content: Array.isArray(d?.content) ? d.content : [],
  } as Data;
}

/** Hands the Puck API out of Puck's tree, so the problems panel above it can select a block. */
function PuckBridge({
  targetRef,
  children,
}: {
  targetRef: { current: PuckApiGetter | null };
  children: ReactNode;
}) {
  const getPuck = useGetPuck();
  useEffect(() => {
    targetRef.current = getPuck;
  }, [getPuck, targetRef]);
  return <>{children}</>;
}

// Full width first: the preview is the real page, at the width most attendees on laptops see; then a phone.
const viewports = [
  { width: "100%" as const, height: "auto" as const, label: "Full width", icon: "Monitor" as const },
  { width: 390, height: "auto" as const, label: "Phone", icon: "Smartphone" as const },
];

/**
 * The dashboard's landing page editor: Puck with Swagstand's blocks and a full-width live preview drawn by
 * the public page's own components, the theme and image panels in Puck's left rail, autosave with revisions
 * (usePageAutosave), the problems that block publishing, Publish and Preview.
 */
export function PageEditor({
  ids,
  draft,
  images: initialImages,
  context,
  actions,
  versionsHref,
  shopUrl,
}: {
  ids: PageIds;
  draft: PageDraftData;
  images: LibraryImage[];
  /** The event and its items for the preview; images are filled in from the library here. */
  context: Omit<PageRenderContext, "images" | "now"> & { now: string };
  actions: PageEditorActions;
  versionsHref: string;
  shopUrl: string;
}) {
  const [images, setImages] = useState(initialImages);
  const initialData = useMemo(() => asPuckData(draft.document), [draft.document]);
  const [document, setDocument] = useState<unknown>(initialData);
  const [theme, setTheme] = useState<ThemeDraft>(() => startingTheme(draft.theme));
  const value = useMemo(() => ({ document, theme }), [document, theme]);

  const review = useMemo(() => reviewTheme(theme), [theme]);
  // The preview keeps the last theme that parsed while a colour is half-typed, rather than flashing defaults.
  const [goodTheme, setGoodTheme] = useState(() => reviewTheme(startingTheme(draft.theme)).theme);
  const updateTheme = useCallback((next: ThemeDraft) => {
    setTheme(next);
    const parsed = reviewTheme(next).theme;
    if (parsed) setGoodTheme(parsed);
  }, []);
  const style = useMemo(() => (goodTheme ? previewStyle(goodTheme) : {}), [goodTheme]);

  const renderContext = useMemo<PageRenderContext>(
    () => ({
      ...context,
      now: new Date(context.now),
      images: new Map(images.map((image) => [image.id, image])),
    }),
    [context, images],
  );
  const config = useMemo(() => editorConfig({ images, context: renderContext }), [images, renderContext]);

  // Puck reports its data once on load, normalised; that is not an edit, and saving it would turn merely
  // opening the editor into a write (and a conflict for whoever saves next).
  const untouched = useRef<string | null>(JSON.stringify(initialData));
  const onChange = useCallback((data: Data) => {
    if (untouched.current !== null) {
      if (JSON.stringify({ root: data.root, content: data.content }) === untouched.current) return;
      untouched.current = null;
    }
    setDocument({ root: data.root, content: data.content });
  }, []);

  const puck = useRef<PuckApiGetter | null>(null);
  const overrides = useMemo<Partial<Overrides>>(
    () => ({
      puck: ({ children }) => <PuckBridge targetRef={puck}>{children}</PuckBridge>,
      // Our own Publish (above) knows the revision, the problems and the contrast; Puck's would not.
      headerActions: () => <></>,
    }),
    [],
  );
  const selectBlock = useCallback((blockId: string) => {
    const api = puck.current?.();
    const selector = api?.getSelectorForId(blockId);
    if (api && selector) {
      api.dispatch({ type: "setUi", ui: { itemSelector: selector, rightSideBarVisible: true } });
    }
  }, []);

  const initialErrors = useMemo(() => {
    const result = validatePageDocument(initialData);
    return result.ok ? [] : result.errors;
  }, [initialData]);

  const addImage = useCallback(
    (image: LibraryImage) => setImages((list) => [image, ...list.filter((i) => i.id !== image.id)]),
    [],
  );

  return (
    <div className="space-y-3" data-testid="page-editor">
      <DraftControls
        ids={ids}
        value={value}
        revision={draft.revision}
        initialErrors={initialErrors}
        review={review}
        actions={actions}
        versionsHref={versionsHref}
        shopUrl={shopUrl}
        onSelectBlock={selectBlock}
      />
      {/* Native disclosures: keyboard and screen-reader friendly, and out of Puck's mouse-only side rail. */}
      <div className="grid items-start gap-3 lg:grid-cols-2">
        <details className="rounded-xl border border-slate-300 bg-white" data-testid="theme-details">
          <summary className="min-h-11 cursor-pointer px-4 py-2.5 font-semibold text-slate-900">
            Theme: colours, font, buttons, logo
            {review.failing.length > 0 ? (
              <span className="text-red-800">
                {" "}
                ({review.failing.length} contrast {review.failing.length === 1 ? "problem" : "problems"})
              </span>
            ) : null}
          </summary>
          <ThemePanel value={theme} review={review} images={images} onChange={updateTheme} />
        </details>
        <details className="rounded-xl border border-slate-300 bg-white">
          <summary className="min-h-11 cursor-pointer px-4 py-2.5 font-semibold text-slate-900">
            Images ({images.length})
          </summary>
          <ImageUpload ids={ids} upload={actions.upload} onUploaded={addImage} />
        </details>
      </div>
      <PreviewStyleContext.Provider value={style}>
        <div className="overflow-hidden rounded-xl border border-slate-300" data-testid="puck-host">
          <Puck
            config={config}
            data={initialData}
            onChange={onChange}
            overrides={overrides}
            viewports={viewports}
            headerTitle="Landing page"
            height="85dvh"
          />
        </div>
      </PreviewStyleContext.Provider>
    </div>
  );
}
