import { zodResolver } from "@hookform/resolvers/zod";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { compileAnswersSchema } from "./compile";
import { define } from "./test-helpers";

/** The browser half of "one schema": the compiled schema behind react-hook-form's zodResolver. */
const fields = define([
  {
    type: "single_choice",
    key: "fit",
    label: "Fit",
    required: true,
    options: [{ value: "regular", label: "Regular" }],
  },
  { type: "address", key: "address", label: "Address", required: true },
  { type: "checkbox", key: "diet", label: "Dietary needs" },
  {
    type: "long_text",
    key: "diet_details",
    label: "Details",
    required: true,
    visibleWhen: { field: "diet", op: "checked" },
  },
]);
const orderSchema = z.object({ answers: compileAnswersSchema(fields) });
const resolve = (answers: Record<string, unknown>) =>
  zodResolver(orderSchema)({ answers }, undefined, { fields: {}, shouldUseNativeValidation: false });

describe("compiled schema with zodResolver", () => {
  it("gives react-hook-form an error for every field, nested where the inputs are named", async () => {
    const result = await resolve({
      fit: "",
      address: { line1: "1 Main St", city: "", postalCode: "1", country: "DE" },
      diet: true,
    });
    expect(result.values).toEqual({});
    expect(result.errors).toMatchObject({
      answers: {
        fit: { message: "Choose an option" },
        address: { city: { message: "Enter a town or city" } },
        diet_details: { message: "Enter an answer" },
      },
    });
    expect(result.errors).not.toHaveProperty("answers.address.line1");
  });

  it("hands the submit handler the normalised answers, hidden ones removed", async () => {
    const result = await resolve({
      fit: "regular",
      address: {
        line1: " 1 Main St ",
        line2: "",
        city: "Berlin",
        postalCode: "10115",
        region: "",
        country: "DE",
      },
      diet: false,
      diet_details: "typed before unticking",
    });
    expect(result.errors).toEqual({});
    expect(result.values).toEqual({
      answers: {
        fit: "regular",
        address: { line1: "1 Main St", city: "Berlin", postalCode: "10115", country: "DE" },
        diet: false,
      },
    });
  });
});
