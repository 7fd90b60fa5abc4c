import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { takeConsoleMessages } from "./console-guard";

/** The guard the interaction tests rely on: React's warnings are caught, not lost in the output. */
describe("console guard", () => {
  it("records React's warning about a list without keys (the after-each check would fail on it)", () => {
    function List() {
      return (
        <ul>
          {["a", "b"].map((letter) => (
            // eslint-disable-next-line react/jsx-key -- the mistake under test
            <li>{letter}</li>
          ))}
        </ul>
      );
    }
    render(<List />);
    expect(screen.getAllByRole("listitem")).toHaveLength(2);
    const messages = takeConsoleMessages();
    expect(messages.join("\n")).toMatch(/unique "key" prop/);
  });

  it("records console.warn as well", () => {
    console.warn("careful");
    expect(takeConsoleMessages()).toEqual(["console.warn: careful"]);
  });

  it("records nothing for a quiet render", () => {
    render(<p>quiet</p>);
    expect(screen.getByText("quiet")).toBeTruthy();
    expect(takeConsoleMessages()).toEqual([]);
  });
});
