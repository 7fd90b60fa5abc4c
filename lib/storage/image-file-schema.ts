import { z } from "zod";
import { limits } from "@/lib/limits";

/**
 * An uploaded image as it arrives in FormData: present and within the size limit, checked before anything
 * reads it. Its content (magic bytes, dimensions) is checked by storeImage on the server.
 */
export const imageFileSchema = z
  .instanceof(File, { message: "Choose an image file" })
  .refine((f) => f.size > 0, "Choose an image file")
  .refine(
    (f) => f.size <= limits.uploadMaxBytes,
    `The image is too large (max ${Math.round(limits.uploadMaxBytes / (1024 * 1024))} MB)`,
  );
