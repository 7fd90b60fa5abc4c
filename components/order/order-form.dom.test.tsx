import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { breakfastFormFields } from "@/lib/forms/examples";
import { shirt, socks, uuid } from "./test-items";
import { OrderForm } from "./order-form";
import { INITIAL_ORDER_FORM_STATE, type OrderActionResult, type PlaceOrderAction } from "./order-form-values";
import { withClientSettings } from "@/components/settings/test-settings";

// Outside Next there is no app router to read: the form only refreshes the page after a stale-page refusal.
const refresh = vi.fn();
const push = vi.fn();
vi.mock("next/navigation", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/navigation")>()),
  useRouter: () => ({ refresh, push, replace: vi.fn(), prefetch: vi.fn() }),
}));
// What Next's bundler resolves next/dynamic to in the app directory (as in form-fields.test.tsx).
vi.mock("next/dynamic", async () => {
  const { default: appDynamic } = await import("next/dist/shared/lib/app-dynamic.js");
  return { default: "default" in appDynamic ? appDynamic.default : appDynamic };
});

const IDEMPOTENCY_KEY = uuid(99);

/**
 * The order form as the page renders it, with fakes for the server actions: `action` records what the
 * hydrated form sends and answers with `answer` (a refusal, or success with the confirmation page's path).
 */
function renderOrderForm(answer?: OrderActionResult) {
  const action = vi.fn<PlaceOrderAction>(
    async () => answer ?? { ok: false, code: "error", message: "unexpected", fieldErrors: {} },
  );
  const formAction = vi.fn(async () => INITIAL_ORDER_FORM_STATE);
  const requestOrderLink = vi.fn();
  render(
    withClientSettings(
      <OrderForm
        action={action}
        formAction={formAction}
        requestOrderLink={requestOrderLink}
        slug="devconf"
        items={[shirt, socks]}
        fields={breakfastFormFields}
        currency="EUR"
        idempotencyKey={IDEMPOTENCY_KEY}
      />,
    ),
  );
  return { action, formAction, user: userEvent.setup({ delay: null }) };
}

const picker = (name: string) => screen.getByRole("group", { name });
const placeOrder = () => screen.getByRole("button", { name: "Place order" });

async function fillDetails(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByRole("textbox", { name: /your name/i }), "Ada Lovelace");
  await user.type(screen.getByRole("textbox", { name: /email address/i }), "ada@example.com");
}

describe("order form (interaction)", () => {
  it("choosing a variant ticks it, offers to remove the item, and the stepper appears when more than one may be taken", async () => {
    const { user } = renderOrderForm();
    const shirtPicker = picker("T-shirt");
    expect(within(shirtPicker).getByRole("radio", { name: "XL" })).toHaveProperty("disabled", true);
    expect(within(shirtPicker).queryByRole("button", { name: "Remove T-shirt" })).toBeNull();

    await user.click(within(shirtPicker).getByRole("radio", { name: "L" }));
    expect(within(shirtPicker).getByRole("radio", { name: "L" })).toHaveProperty("checked", true);
    expect(within(shirtPicker).getByRole("radio", { name: "M" })).toHaveProperty("checked", false);
    // One per order: no stepper for the T-shirt.
    expect(within(shirtPicker).queryByRole("group", { name: "Quantity of T-shirt" })).toBeNull();

    await user.click(within(picker("Socks")).getByRole("radio", { name: "One size" }));
    const stepper = screen.getByRole("group", { name: "Quantity of Socks" });
    await user.click(within(stepper).getByRole("button", { name: "Increase quantity" }));
    expect(within(stepper).getByRole("status", { name: "Quantity of Socks" }).textContent).toBe("2");
    // The item's limit is 2: a third tap changes nothing.
    await user.click(within(stepper).getByRole("button", { name: "Increase quantity" }));
    expect(within(stepper).getByRole("status", { name: "Quantity of Socks" }).textContent).toBe("2");

    await user.click(within(shirtPicker).getByRole("button", { name: "Remove T-shirt" }));
    expect(within(shirtPicker).getByRole("radio", { name: "L" })).toHaveProperty("checked", false);
    expect(within(shirtPicker).queryByRole("button", { name: "Remove T-shirt" })).toBeNull();
  });

  it("a question shown by a condition appears when its checkbox is ticked and goes when it is cleared", async () => {
    const { user } = renderOrderForm();
    const needs = () => screen.queryByRole("textbox", { name: /your dietary needs/i });
    expect(needs()).toBeNull();

    await user.click(screen.getByRole("checkbox", { name: /i have dietary needs/i }));
    expect(needs()).not.toBeNull();
    await user.type(needs()!, "No nuts");

    await user.click(screen.getByRole("checkbox", { name: /i have dietary needs/i }));
    expect(needs()).toBeNull();
  });

  it("submitting an empty form lists every problem, marks the fields and sends nothing", async () => {
    const { user, action } = renderOrderForm();
    await user.click(screen.getByRole("checkbox", { name: /i have dietary needs/i }));
    await user.click(placeOrder());

    const summary = await screen.findByRole("alert", { name: "There is a problem with your order" });
    const problems = within(summary)
      .getAllByRole("link")
      .map((link) => link.textContent);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/items: choose at least one item/i),
        expect.stringMatching(/your name/i),
        expect.stringMatching(/email/i),
        expect.stringMatching(/your dietary needs/i),
      ]),
    );
    expect(screen.getByRole("textbox", { name: /your name/i }).getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByRole("textbox", { name: /your dietary needs/i }).getAttribute("aria-invalid")).toBe(
      "true",
    );
    // Focus goes to the first problem in page order: the first variant one can choose.
    const firstVariant = within(picker("T-shirt")).getByRole("radio", { name: "M" });
    await waitFor(() => expect(document.activeElement).toBe(firstVariant));
    expect(action).not.toHaveBeenCalled();
  });

  it("the items' group error marks every picker and clears as soon as a variant is chosen", async () => {
    const { user } = renderOrderForm();
    await fillDetails(user);
    await user.click(placeOrder());

    const items = screen.getByRole("group", { name: "Choose your items" });
    await waitFor(() => expect(within(items).getByText("Choose at least one item")).toBeTruthy());
    const errorId = within(items).getByText("Choose at least one item").id;
    expect(items.getAttribute("aria-describedby")).toBe(errorId);

    await user.click(within(picker("Socks")).getByRole("radio", { name: "One size" }));
    await waitFor(() => expect(within(items).queryByText("Choose at least one item")).toBeNull());
    expect(items.getAttribute("aria-describedby")).toBeNull();
  });

  it("a valid order sends the chosen lines and answers once, with the page's idempotency key", async () => {
    const { user, action } = renderOrderForm({
      ok: false,
      code: "invalid_input",
      message: "Please correct the following:",
      fieldErrors: { "attendee.email": ["This address cannot receive email"] },
    });
    await user.click(within(picker("T-shirt")).getByRole("radio", { name: "M" }));
    await fillDetails(user);
    await user.click(placeOrder());

    await waitFor(() => expect(action).toHaveBeenCalledTimes(1));
    expect(action).toHaveBeenCalledWith("devconf", {
      idempotencyKey: IDEMPOTENCY_KEY,
      attendee: { name: "Ada Lovelace", email: "ada@example.com" },
      lines: [{ variantId: uuid(11), quantity: 1 }],
      // The hidden question travels empty; the server keeps only the answers of visible questions.
      answers: { has_dietary_needs: false, dietary_needs: "" },
    });
    // The server's refusal lands on its field, and nothing typed is lost.
    const email = screen.getByRole("textbox", { name: /email address/i });
    await waitFor(() => expect(email.getAttribute("aria-invalid")).toBe("true"));
    expect(screen.getByText("This address cannot receive email")).toBeTruthy();
    expect(email).toHaveProperty("value", "ada@example.com");
    // The button comes back once the transition has finished, for another try.
    expect(await screen.findByRole("button", { name: "Place order" })).toHaveProperty("disabled", false);
  });

  it("a placed order goes to its confirmation page, and a second tap meanwhile sends nothing", async () => {
    push.mockClear();
    const { user, action } = renderOrderForm({ ok: true, confirmationPath: "/order/confirmation/tok" });
    await user.click(within(picker("T-shirt")).getByRole("radio", { name: "M" }));
    await fillDetails(user);
    await user.click(placeOrder());

    await waitFor(() => expect(push).toHaveBeenCalledWith("/order/confirmation/tok"));
    // Here the fake navigation ends at once and the button comes back; in the browser the page is replaced.
    await user.click(await screen.findByRole("button", { name: "Place order" }));
    expect(action).toHaveBeenCalledTimes(1);
    expect(push).toHaveBeenCalledTimes(1);
  });
});
