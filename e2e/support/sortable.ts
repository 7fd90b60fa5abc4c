import { expect, type Locator, type Page } from "@playwright/test";
import { e2eDb } from "./db";

/**
 * Driving the dashboard's sortable lists (components/ui/sortable-list.tsx, dnd-kit) the three ways a person
 * does: keyboard, mouse and finger. Each waits on what the list announces, never on a timer.
 */

/** dnd-kit's live region: what a screen reader hears during a drag. */
export function dragAnnouncement(page: Page): Locator {
  return page.locator('[id^="DndLiveRegion"]');
}

/** The row names in the order shown, read from the drag handles' accessible names ("Reorder T-shirt"). */
export async function namesInShownOrder(list: Locator): Promise<string[]> {
  return list
    .getByTestId("drag-handle")
    .evaluateAll((handles) =>
      handles.map((h) => (h.getAttribute("aria-label") ?? "").replace(/^Reorder /, "")),
    );
}

/**
 * Focus the handle, Space to pick up, ArrowDown/ArrowUp `by` times, and once the list says the row is over
 * its new place (`over`, e.g. "Tee is over position 2 of 3."), Space to drop.
 */
export async function moveByKeyboard(
  page: Page,
  { handle, by, over }: { handle: Locator; by: number; over: string },
): Promise<void> {
  await handle.focus();
  await page.keyboard.press("Space");
  await expect(dragAnnouncement(page)).toContainText("Picked up");
  await expect(handle).toHaveAttribute("aria-pressed", "true");
  for (let i = 0; i < Math.abs(by); i++) {
    await page.keyboard.press(by > 0 ? "ArrowDown" : "ArrowUp");
  }
  await expect(dragAnnouncement(page)).toHaveText(over);
  await page.keyboard.press("Space");
}

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error("e2e: the element to drag is not on screen");
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Presses the handle, moves in small steps by the distance between the two rows' centres, waits until the list
 * says the row is over its target (`over`, e.g. "Socks is over position 1 of 3."), then lets go.
 */
export async function dragRow(
  page: Page,
  {
    pointer,
    handle,
    row,
    target,
    over,
  }: { pointer: "mouse" | "touch"; handle: Locator; row: Locator; target: Locator; over: string },
): Promise<void> {
  await row.evaluate((el) => el.scrollIntoView({ block: "center" }));
  const start = await centre(handle);
  const dy = (await centre(target)).y - (await centre(row)).y;
  const steps = 20;
  if (pointer === "mouse") {
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    for (let i = 1; i <= steps; i++) await page.mouse.move(start.x, start.y + (dy * i) / steps);
    await expect(dragAnnouncement(page)).toHaveText(over);
    await page.mouse.up();
    return;
  }
  // Playwright has no touch drag; Chromium's DevTools protocol sends real touch events (the context needs
  // hasTouch), the same events a phone's finger produces.
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: "touchStart" | "touchMove" | "touchEnd", y: number) =>
    cdp.send("Input.dispatchTouchEvent", {
      type,
      touchPoints: type === "touchEnd" ? [] : [{ x: start.x, y }],
    });
  await touch("touchStart", start.y);
  for (let i = 1; i <= steps; i++) await touch("touchMove", start.y + (dy * i) / steps);
  await expect(dragAnnouncement(page)).toHaveText(over);
  await touch("touchEnd", start.y + dy);
  await cdp.detach();
}

/** A published event of the demo organisation with items in the given display order, made in the database. */
export async function createEventWithItems({
  orgId,
  slug,
  names,
}: {
  orgId: string;
  slug: string;
  names: string[];
}): Promise<{ eventId: string; itemIds: Map<string, string> }> {
  const db = e2eDb();
  const event = await db.query<{ id: string }>(
    `insert into events (org_id, slug, name, status, time_zone, reference_prefix)
     values ($1, $2, $3, 'published', 'Europe/Amsterdam', 'SRT') returning id`,
    [orgId, slug, `Sort ${slug}`],
  );
  const eventId = event.rows[0]!.id;
  const itemIds = new Map<string, string>();
  for (const [position, name] of names.entries()) {
    const item = await db.query<{ id: string }>(
      `insert into items (event_id, name, max_per_order, display_order) values ($1, $2, 1, $3) returning id`,
      [eventId, name, position],
    );
    itemIds.set(name, item.rows[0]!.id);
  }
  return { eventId, itemIds };
}

/** The event's current items in their saved display order. */
export async function savedItemOrder(eventId: string): Promise<string[]> {
  const rows = await e2eDb().query<{ name: string }>(
    `select name from items where event_id = $1 and archived_at is null order by display_order, name`,
    [eventId],
  );
  return rows.rows.map((r) => r.name);
}
