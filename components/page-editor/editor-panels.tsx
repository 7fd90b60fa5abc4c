"use client";

import { createContext, useContext } from "react";
import type { LibraryImage } from "./image-field";
import { ImageUpload } from "./image-upload";
import { ThemePanel } from "./theme-panel";
import type { ThemeDraft, ThemeReview } from "./theme-state";
import type { PageIds, UploadPageImage } from "./types";

/**
 * What the editor's own side panels (Theme, Images: Puck plugins in its left rail) read. Plugins are
 * rendered by Puck from a fixed list, so they take their state from this context rather than from props.
 */
export type EditorPanelsState = {
  ids: PageIds;
  theme: ThemeDraft;
  review: ThemeReview;
  images: LibraryImage[];
  setTheme: (next: ThemeDraft) => void;
  upload: UploadPageImage;
  addImage: (image: LibraryImage) => void;
};

export const EditorPanelsContext = createContext<EditorPanelsState | null>(null);

function usePanels(): EditorPanelsState {
  const state = useContext(EditorPanelsContext);
  if (!state) throw new Error("The page editor's panels need <EditorPanelsContext>");
  return state;
}

export function ThemePlugin() {
  const { theme, review, images, setTheme } = usePanels();
  return <ThemePanel value={theme} review={review} images={images} onChange={setTheme} />;
}

export function ImagesPlugin() {
  const { ids, upload, addImage } = usePanels();
  return <ImageUpload ids={ids} upload={upload} onUploaded={addImage} />;
}
