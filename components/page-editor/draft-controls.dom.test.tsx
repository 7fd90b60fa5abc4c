import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useMemo, useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fail, ok, type ActionResult } from "@/lib/validation/action-result";
import { DraftControls } from "./draft-controls";
import { reviewTheme, type ThemeDraft } from "./theme-state";
import type { PageSaveData, SavePageDraft } from "./types";

const THEME: ThemeDraft = { primaryColor: "#1d4ed8", accentColor: "#b45309" };
const CONFLICT =
  "Someone else saved this page since you opened it. Reload to see their changes; your last edit was not saved.";

const saved = (revision: number, extra: Partial<PageSaveData> = {}): ActionResult<PageSaveData> =>
  ok("Draft saved.", {
    revision,
    savedAt: "2026-11-30T14:02:00Z",
    errors: [],
    themeErrors: {},
    contrast: [],
    ...extra,
  });

/**
 * The draft controls with a stand-in for the canvas: a title box whose every keystroke makes a new document,
 * as Puck's onChange does. The actions are fakes that record what the server would receive.
 */
function Harness({
  save,
  theme = THEME,
  onSelectBlock = () => {},
}: {
  save: SavePageDraft;
  theme?: ThemeDraft;
  onSelectBlock?: (id: string) => void;
}) {
  const [title, setTitle] = useState("");
  const value = useMemo(
    () => ({ document: { root: { props: { title } }, content: [] }, theme }),
    [title, theme],
  );
  return (
    <>
      <label>
        Title
        <input value={title} onChange={(event) => setTitle(event.target.value)} />
      </label>
      <DraftControls
        ids={{ orgId: "o", eventId: "e" }}
        value={value}
        revision={3}
        initialErrors={[]}
        review={reviewTheme(theme)}
        actions={{
          save,
          publish: vi.fn(async () => ok("Published version 1.", { version: 1 })),
          upload: vi.fn(),
        }}
        versionsHref="/versions"
        shopUrl="http://devconf.localhost/"
        onSelectBlock={onSelectBlock}
        delayMs={100}
      />
    </>
  );
}

const titleOf = (call: Parameters<SavePageDraft>[0]) =>
  (call.document as { root: { props: { title: string } } }).root.props.title;
const status = () => screen.getByTestId("save-status").textContent ?? "";
const publishButton = () => screen.getByRole("button", { name: "Publish" }) as HTMLButtonElement;

afterEach(() => {
  vi.useRealTimers();
});

describe("page draft autosave", () => {
  it("saves once after a burst of typing, with the latest text and the draft's revision, then says when", async () => {
    const save = vi.fn<SavePageDraft>(async () => saved(4));
    render(<Harness save={save} />);
    const user = userEvent.setup({ delay: null });
    await user.type(screen.getByRole("textbox", { name: "Title" }), "Hello");
    expect(status()).toBe("Saving…");
    expect(publishButton().disabled).toBe(true);
    await waitFor(() => expect(status()).toMatch(/^Saved \d/));
    expect(save).toHaveBeenCalledTimes(1);
    expect(titleOf(save.mock.calls[0]![0])).toBe("Hello");
    expect(save.mock.calls[0]![0]).toMatchObject({ orgId: "o", eventId: "e", revision: 3 });
    expect(publishButton().disabled).toBe(false);
  });

  it("keeps one save in flight; an edit made meanwhile goes out after it, on the revision it returned", async () => {
    // Fake timers: "the debounce has long passed and still no second save" is then a fact, not a sleep.
    vi.useFakeTimers();
    try {
      let release: (result: ActionResult<PageSaveData>) => void = () => {};
      const save = vi
        .fn<SavePageDraft>()
        .mockImplementationOnce(() => new Promise((resolve) => (release = resolve)))
        .mockImplementation(async () => saved(5));
      render(<Harness save={save} />);
      const box = screen.getByRole("textbox", { name: "Title" });
      fireEvent.change(box, { target: { value: "A" } });
      await act(() => vi.advanceTimersByTimeAsync(150));
      expect(save).toHaveBeenCalledTimes(1);
      fireEvent.change(box, { target: { value: "AB" } });
      fireEvent.change(box, { target: { value: "ABC" } });
      await act(() => vi.advanceTimersByTimeAsync(5_000));
      expect(save).toHaveBeenCalledTimes(1);
      await act(async () => release(saved(4)));
      await act(() => vi.advanceTimersByTimeAsync(150));
      expect(save).toHaveBeenCalledTimes(2);
      expect(titleOf(save.mock.calls[1]![0])).toBe("ABC");
      expect(save.mock.calls[1]![0].revision).toBe(4);
      expect(status()).toMatch(/^Saved \d/);
    } finally {
      vi.useRealTimers();
    }
  });

  it("a stale revision stops saving, says so with a Reload button, and blocks publishing", async () => {
    const save = vi.fn<SavePageDraft>(async () => fail("conflict", CONFLICT));
    render(<Harness save={save} />);
    const user = userEvent.setup({ delay: null });
    const box = screen.getByRole("textbox", { name: "Title" });
    await user.type(box, "Mine");
    await waitFor(() => expect(status()).toBe(`Not saved: ${CONFLICT}`));
    expect(screen.getByRole("button", { name: "Reload" })).toBeTruthy();
    expect(screen.getByRole("alert").textContent).toMatch(/Someone else saved this page/);
    expect(publishButton().disabled).toBe(true);
    expect(screen.getByTestId("publish-blockers").textContent).toMatch(/reload first/);
    // Nothing is overwritten: later edits are not sent, however long one waits.
    vi.useFakeTimers();
    try {
      fireEvent.change(box, { target: { value: "Mine and more" } });
      await act(() => vi.advanceTimersByTimeAsync(5_000));
      expect(save).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it("a failed save shows the reason and Retry sends the edit again", async () => {
    const save = vi
      .fn<SavePageDraft>()
      .mockResolvedValueOnce(fail("unavailable", "The database is unavailable."))
      .mockResolvedValue(saved(4));
    render(<Harness save={save} />);
    const user = userEvent.setup({ delay: null });
    await user.type(screen.getByRole("textbox", { name: "Title" }), "X");
    await waitFor(() => expect(status()).toBe("Not saved: The database is unavailable."));
    await user.click(screen.getByRole("button", { name: "Retry" }));
    await waitFor(() => expect(status()).toMatch(/^Saved \d/));
    expect(save).toHaveBeenCalledTimes(2);
    expect(titleOf(save.mock.calls[1]![0])).toBe("X");
  });

  it("lists the save's block errors; clicking one selects its block; publishing waits for them", async () => {
    const save = vi.fn<SavePageDraft>(async () =>
      saved(4, {
        errors: [{ blockId: "Hero-1", blockType: "Hero", field: "heading", message: "Write a heading" }],
      }),
    );
    const onSelectBlock = vi.fn();
    render(<Harness save={save} onSelectBlock={onSelectBlock} />);
    const user = userEvent.setup({ delay: null });
    await user.type(screen.getByRole("textbox", { name: "Title" }), "T");
    const problem = await screen.findByRole("button", { name: "Hero: heading: Write a heading" });
    expect(publishButton().disabled).toBe(true);
    expect(screen.getByTestId("publish-blockers").textContent).toMatch(/1 problem in the blocks/);
    await user.click(problem);
    expect(onSelectBlock).toHaveBeenCalledWith("Hero-1");
  });

  it("a failing contrast pair blocks publishing and is listed with its ratio", () => {
    render(<Harness save={vi.fn()} theme={{ ...THEME, textColor: "#aaaaaa" }} />);
    expect(publishButton().disabled).toBe(true);
    expect(screen.getByTestId("publish-blockers").textContent).toMatch(/1 colour pair fails contrast/);
    expect(screen.getByTestId("page-problems").textContent).toMatch(/2\.32:1 \(needs 4\.5:1\)/);
  });
});
