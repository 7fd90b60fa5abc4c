import { describe, expect, it } from "vitest";
import { isUuid } from "./uuid";

describe("isUuid", () => {
  it("accepts canonical UUIDs in any case and nothing else", () => {
    expect(isUuid("0b7c5a1e-3f2d-4c8b-9a6e-1d2f3a4b5c6d")).toBe(true);
    expect(isUuid("0B7C5A1E-3F2D-4C8B-9A6E-1D2F3A4B5C6D")).toBe(true);
    expect(isUuid("0b7c5a1e3f2d4c8b9a6e1d2f3a4b5c6d")).toBe(false);
    expect(isUuid(" 0b7c5a1e-3f2d-4c8b-9a6e-1d2f3a4b5c6d")).toBe(false);
    expect(isUuid("0b7c5a1e-3f2d-4c8b-9a6e-1d2f3a4b5c6d\n")).toBe(false);
    expect(isUuid("")).toBe(false);
  });
});
