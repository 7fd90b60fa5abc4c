import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { fail, ok } from "@/lib/validation/action-result";
import { StatusActions, type ChangeOrderStatus } from "./status-actions";
import { withClientSettings } from "@/components/settings/test-settings";

const refresh = vi.fn();
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh, push: vi.fn() }) }));

const ORDER = { orgId: "org-1", eventId: "event-1", orderId: "order-1" };

/** The status actions of a placed order; `action` is the fake server action, recording each call. */
function renderActions(action: ChangeOrderStatus) {
  const spy = vi.fn(action);
  render(
    withClientSettings(
      <StatusActions
        {...ORDER}
        reference="DEV-0042"
        next={[
          { status: "confirmed", label: "Confirmed" },
          { status: "cancelled", label: "Cancelled" },
        ]}
        action={spy}
      />,
    ),
  );
  return { action: spy, user: userEvent.setup({ delay: null }) };
}

/**
 * The result's live region is always in the page (empty until an answer comes, so screen readers announce it),
 * so wait for its words, not for the region: under load the answer arrives after the first look.
 */
async function expectStatus(text: string) {
  await waitFor(() => expect(screen.getByRole("status").textContent).toBe(text));
}

const note = () => screen.getByRole("textbox", { name: /note for the history/i });

describe("order status actions (interaction)", () => {
  beforeEach(() => refresh.mockClear());

  it("choosing a transition sends it with the note, says so, clears the note and refreshes the page", async () => {
    const { action, user } = renderActions(async ({ orderId, to }) =>
      ok("Order DEV-0042 is now confirmed.", { orderId, status: to }),
    );
    await user.type(note(), "  Called the attendee ");
    await user.click(screen.getByRole("button", { name: "Mark confirmed" }));

    await expectStatus("Order DEV-0042 is now confirmed.");
    expect(action).toHaveBeenCalledTimes(1);
    expect(action).toHaveBeenCalledWith({ ...ORDER, to: "confirmed", note: "Called the attendee" });
    await waitFor(() => expect(note()).toHaveProperty("value", ""));
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it("cancelling asks first: keeping the order sends nothing, confirming sends the cancellation", async () => {
    const { action, user } = renderActions(async ({ orderId, to }) =>
      ok("Order DEV-0042 is cancelled.", { orderId, status: to }),
    );
    await user.click(screen.getByRole("button", { name: "Cancel order" }));
    const dialog = screen.getByRole("dialog", { name: "Cancel order DEV-0042?" });
    expect(within(dialog).getByText(/stock goes back on sale/)).toBeTruthy();

    await user.click(within(dialog).getByRole("button", { name: "Keep it" }));
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(action).not.toHaveBeenCalled();

    await user.click(screen.getByRole("button", { name: "Cancel order" }));
    await user.click(
      within(screen.getByRole("dialog", { name: "Cancel order DEV-0042?" })).getByRole("button", {
        name: "Cancel order",
      }),
    );
    await expectStatus("Order DEV-0042 is cancelled.");
    expect(action).toHaveBeenCalledExactlyOnceWith({ ...ORDER, to: "cancelled", note: undefined });
  });

  it("a refusal is shown with the note's own error, keeps what was typed and refreshes nothing", async () => {
    const { user } = renderActions(async () =>
      fail("invalid_input", "Nothing was changed: fix the note.", { note: ["At most 2000 characters"] }),
    );
    await user.type(note(), "Too long, says the server");
    await user.click(screen.getByRole("button", { name: "Mark confirmed" }));

    expect(await screen.findByRole("alert")).toHaveProperty(
      "textContent",
      "Nothing was changed: fix the note.",
    );
    expect(note().getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByText("At most 2000 characters")).toBeTruthy();
    expect(note()).toHaveProperty("value", "Too long, says the server");
    expect(refresh).not.toHaveBeenCalled();
    // Ready for another try once the transition has finished.
    await waitFor(() =>
      expect(screen.getByRole("button", { name: "Mark confirmed" })).toHaveProperty("disabled", false),
    );
  });

  it("a server that cannot be reached is an error that says nothing changed", async () => {
    const { user } = renderActions(async () => {
      throw new TypeError("Failed to fetch");
    });
    await user.click(screen.getByRole("button", { name: "Mark confirmed" }));
    expect((await screen.findByRole("alert")).textContent).toMatch(
      /could not be reached\. Nothing was changed/,
    );
    expect(refresh).not.toHaveBeenCalled();
  });
});
