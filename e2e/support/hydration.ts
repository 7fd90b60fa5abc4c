import { expect, type Locator } from "@playwright/test";

/**
 * A server-rendered form looks like the hydrated one, but a click before hydration submits it natively.
 * React marks each DOM node it has hydrated with a `__reactFiber…` key: wait for the element's.
 */
export async function waitUntilHydrated(element: Locator): Promise<void> {
  await expect
    .poll(() => element.evaluate((el) => Object.keys(el).some((k) => k.startsWith("__reactFiber"))), {
      message: "hydrated",
      timeout: 15_000,
    })
    .toBe(true);
}
