import { z } from "zod";
import { isWellFormedAccessToken } from "@/lib/crypto/order-token";
import { text } from "@/lib/validation/text";

/**
 * The my-order actions' bound arguments (the subdomain's slug and the private token), as they arrive from the
 * browser: the token is checked for shape before it goes near a query or a redirect URL.
 */
export const myOrderArgsSchema = z.object({
  slug: text()
    .min(1)
    .max(63)
    .transform((s) => s.toLowerCase()),
  token: text().refine(isWellFormedAccessToken),
});
