import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { DEMO_ORG_ID } from "./dashboard-fixtures";
import { expect, test } from "./fixtures";
import { createPublishedEvent, e2eDb } from "./support/db";
import { DEVCONF, uniqueEmail } from "./support/test-data";
import { rootUrl, tenantUrl } from "./support/urls";

/**
 * What an attendee's phone has to fetch before the form can be used (issue 8, ADR 016): the order form's first
 * load carries only the field types the event's form uses (the 249-country list only with a country or
 * address question), while a form that has them still renders on the server and takes an order.
 */

/** A country name that appears in the list (lib/forms/countries.ts) and nowhere else in the app. */
const COUNTRY_MARKER = "Liechtenstein";

/** Every script the page loaded from the app, with its body as it arrived. */
function recordScripts(page: Page): Promise<{ path: string; body: string }>[] {
  const scripts: Promise<{ path: string; body: string }>[] = [];
  page.on("response", (response) => {
    const { pathname } = new URL(response.url());
    if (pathname.startsWith("/_next/static/") && pathname.endsWith(".js"))
      scripts.push(response.text().then((body) => ({ path: pathname, body })));
  });
  return scripts;
}

test("an order form without country or address questions loads no country list", async ({
  orderPage,
  page,
}) => {
  const scripts = recordScripts(page);
  await orderPage.goto(DEVCONF.slug);
  await page.waitForLoadState("load");
  const loaded = await Promise.all(scripts);
  expect(loaded.length).toBeGreaterThan(0);
  expect(loaded.filter(({ body }) => body.includes(COUNTRY_MARKER)).map(({ path }) => path)).toEqual([]);
});

test("a form with country and address questions renders them on the server and takes the order", async ({
  orderPage,
  confirmation,
  page,
  request,
}) => {
  const slug = `places-${randomUUID().slice(0, 8)}`;
  const { eventId, itemName } = await createPublishedEvent({ orgId: DEMO_ORG_ID, slug, name: "Places Fest" });
  const fields = [
    { type: "country", key: "home", label: "Home country", required: true, personal: false },
    {
      type: "address",
      key: "post",
      label: "Postal address",
      required: true,
      requirePostalCode: true,
      requireRegion: false,
      personal: true,
    },
  ];
  await e2eDb().query(`insert into form_versions (event_id, version, fields) values ($1, 1, $2)`, [
    eventId,
    JSON.stringify(fields),
  ]);

  // In the server's HTML, before any script: both selects with every country.
  // Node does not resolve *.localhost as Chromium does: ask the server by its Host header.
  const tenant = new URL(tenantUrl(slug, "/order"));
  const html = await (await request.get(rootUrl("/order"), { headers: { host: tenant.host } })).text();
  expect(html.split(`>${COUNTRY_MARKER}</option>`)).toHaveLength(3);

  await orderPage.goto(slug);
  await orderPage.chooseVariant(itemName, "S");
  await orderPage.fillAttendee({ name: "Ada Lovelace", email: uniqueEmail("places") });
  await page.getByRole("combobox", { name: "Home country" }).selectOption({ label: COUNTRY_MARKER });
  const address = orderPage.fieldGroup("Postal address");
  await address.getByRole("textbox", { name: "Address line 1" }).fill("Städtle 1");
  await address.getByRole("textbox", { name: "Town or city" }).fill("Vaduz");
  await address.getByRole("textbox", { name: "Postal code" }).fill("9490");
  await address.getByRole("combobox", { name: "Country" }).selectOption({ label: COUNTRY_MARKER });
  await orderPage.submit();
  await expect(confirmation.heading).toBeVisible();
});
