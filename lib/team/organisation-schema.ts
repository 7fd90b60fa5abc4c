import { z } from "zod";
import { text } from "@/lib/validation/text";
import { limits } from "@/lib/limits";

export const createOrganisationSchema = z.object({
  name: text()
    .trim()
    .min(2, "Give the organisation a name of at least 2 characters")
    .max(limits.organisationNameMaxLength, `At most ${limits.organisationNameMaxLength} characters`),
});
