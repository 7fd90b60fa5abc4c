"use client";

import "@puckeditor/core/no-external.css";
import { Puck, useGetPuck, type Data, type Overrides, type Plugin } from "@puckeditor/core";
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { SaveStatus } from "@/components/dashboard/form-builder/save-status";
import { ActionMessage } from "@/components/dashboard/action-message";
import { Button } from "@/components/ui/button";
import type { PageRenderContext } from "@/components/page-blocks/context";
import { validatePageDocument } from "@/lib/pages/page-document";
import type { ActionResult, FieldErrors } from "@/lib/validation/action-result";
import { editorConfig } from "./editor-config";
import { EditorPanelsContext, ImagesPlugin, ThemePlugin } from "./editor-panels";
import type { LibraryImage } from "./image-field";
import { PreviewLink } from "./preview-link";
import { PreviewStyleContext } from "./preview-frame";
import { collectProblems } from "./problems";
import { ProblemsPanel } from "./problems-panel";
import { previewStyle, reviewTheme, startingTheme, type ThemeDraft } from "./theme-state";
import type { PageDraftData, PageEditorActions, PageIds } from "./types";
import { usePageAutosave } from "./use-page-autosave";

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

const plugins: Plugin[] = [
  { name: "theme", label: "Theme", render: ThemePlugin },
  { name: "images", label: "Images", render: ImagesPlugin },
];

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
  const autosave = usePageAutosave({ ids, value, revision: draft.revision, save: actions.save });

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
  const [publishResult, setPublishResult] = useState<ActionResult<{ version: number }> | null>(null);
  const [publishing, setPublishing] = useState(false);
  const publishErrors: FieldErrors = publishResult && !publishResult.ok ? publishResult.fieldErrors : {};
  const documentErrors = autosave.lastSave?.errors ?? initialErrors;
  const problems = collectProblems({
    documentErrors,
    publishErrors,
    themeErrors: review.fieldErrors,
    failingContrast: review.failing,
  });

  const blockers: string[] = [];
  if (autosave.state.kind === "conflict") blockers.push("someone else saved this page: reload first");
  else if (autosave.state.kind === "failed") blockers.push("the latest changes are not saved");
  else if (autosave.unsaved) blockers.push("saving the latest changes");
  if (documentErrors.length > 0) {
    blockers.push(
      `${documentErrors.length} ${documentErrors.length === 1 ? "problem" : "problems"} in the blocks`,
    );
  }
  if (Object.keys(review.fieldErrors).length > 0) blockers.push("the theme has invalid values");
  if (review.failing.length > 0) {
    blockers.push(
      `${review.failing.length} colour ${review.failing.length === 1 ? "pair fails" : "pairs fail"} contrast`,
    );
  }

  const publish = async () => {
    setPublishing(true);
    setPublishResult(null);
    try {
      setPublishResult(await actions.publish({ ...ids, revision: autosave.revision }));
    } catch {
      setPublishResult({
        ok: false,
        code: "unavailable",
        message: "The server could not be reached. Nothing was published: try again.",
        fieldErrors: {},
      });
    } finally {
      setPublishing(false);
    }
  };

  const panels = useMemo(
    () => ({
      ids,
      theme,
      review,
      images,
      setTheme: updateTheme,
      upload: actions.upload,
      addImage: (image: LibraryImage) =>
        setImages((list) => [image, ...list.filter((i) => i.id !== image.id)]),
    }),
    [ids, theme, review, images, updateTheme, actions.upload],
  );

  return (
    <div className="space-y-3" data-testid="page-editor">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <SaveStatus
          state={autosave.state}
          onRetry={autosave.retry}
          onReload={() => {
            autosave.allowLeaving();
            window.location.reload();
          }}
        />
        <div className="flex flex-wrap items-center gap-2">
          {actions.preview ? <PreviewLink ids={ids} create={actions.preview} /> : null}
          <a
            href={versionsHref}
            className="inline-flex min-h-11 items-center px-2 text-sm font-semibold text-blue-800 underline underline-offset-2"
          >
            History
          </a>
          <Button
            variant="platform"
            disabled={blockers.length > 0 || publishing}
            aria-describedby={blockers.length ? "publish-blockers" : undefined}
            onClick={publish}
          >
            {publishing ? "Publishing…" : "Publish"}
          </Button>
        </div>
      </div>
      {autosave.state.kind === "conflict" ? (
        <p
          className="rounded-xl border border-red-300 bg-red-50 p-3 text-sm font-semibold text-red-950"
          role="alert"
        >
          Someone else saved this page since you opened it. Your last edit was not saved; reload to see their
          version, then make your change again.
        </p>
      ) : null}
      {blockers.length > 0 ? (
        <p id="publish-blockers" className="text-sm text-slate-700" data-testid="publish-blockers">
          Publishing is not possible yet: {blockers.join("; ")}.
        </p>
      ) : null}
      {publishResult ? <ActionMessage result={publishResult} /> : null}
      {publishResult?.ok ? (
        <p className="text-sm">
          <a href={shopUrl} target="_blank" rel="noopener" className="font-semibold text-blue-800 underline">
            Open the published page<span className="sr-only"> (new tab)</span>
          </a>
        </p>
      ) : null}
      <ProblemsPanel problems={problems} onSelectBlock={selectBlock} />
      <EditorPanelsContext.Provider value={panels}>
        <PreviewStyleContext.Provider value={style}>
          <div className="overflow-hidden rounded-xl border border-slate-300">
            <Puck
              config={config}
              data={initialData}
              onChange={onChange}
              plugins={plugins}
              overrides={overrides}
              viewports={viewports}
              headerTitle="Landing page"
              height="85dvh"
            />
          </div>
        </PreviewStyleContext.Provider>
      </EditorPanelsContext.Provider>
    </div>
  );
}
