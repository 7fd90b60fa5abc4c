import { describe, expect, test } from "vitest";
import { maskEmail, maskName } from "./masking";

describe("maskName", () => {
  test.each([
    ["Grace Hopper", "G••• H•••"],
    ["  Ada   King  Lovelace ", "A••• K••• L•••"],
    ["Émile", "É•••"],
    ["😀 Smile", "😀••• S•••"],
    ["", "•••"],
  ])("%s → %s", (name, masked) => expect(maskName(name)).toBe(masked));
});

describe("maskEmail", () => {
  test.each([
    ["grace@example.com", "g•••@e•••.com"],
    ["Grace.Hopper@navy.example.mil", "G•••@n•••.mil"],
    ["root@localhost", "r•••@l•••"],
    ["not-an-email", "n•••"],
    ["@example.com", "@•••"],
    ["", "•••"],
  ])("%s → %s", (email, masked) => expect(maskEmail(email)).toBe(masked));

  test("never keeps more than the first letters and the top-level domain", () => {
    const masked = maskEmail("hopper-1906@navy.example.com");
    expect(masked).not.toContain("hopper");
    expect(masked).not.toContain("navy");
    expect(masked).not.toContain("example");
  });
});
