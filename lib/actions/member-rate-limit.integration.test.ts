import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { limits } from "@/lib/limits";
import { testDb, testDriver } from "@/test/db";
import { limitMemberAction } from "./member-rate-limit";
import { ActionRejected } from "@/lib/validation/action-result";

async function attempt(userId: string, policy: "invitationPerMember" | "uploadPerMember") {
  try {
    await limitMemberAction(testDb(), { userId, policy });
    return "allowed";
  } catch (error) {
    if (error instanceof ActionRejected) return error.failure;
    throw error;
  }
}

describe(`limitMemberAction (${testDriver()})`, () => {
  it("allows a member's invitations up to the limit, then refuses with the wait; other members unaffected", async () => {
    const userId = randomUUID();
    for (let i = 0; i < limits.invitationsPerMember; i++)
      expect(await attempt(userId, "invitationPerMember")).toBe("allowed");
    expect(await attempt(userId, "invitationPerMember")).toMatchObject({
      ok: false,
      code: "rate_limited",
      message: expect.stringMatching(/Too many invitations.*Nothing was changed.*try again in \d+ minutes?/),
    });
    // Uploads are counted apart, and so is another member.
    expect(await attempt(userId, "uploadPerMember")).toBe("allowed");
    expect(await attempt(randomUUID(), "invitationPerMember")).toBe("allowed");
  });

  it("refuses uploads past the limit", async () => {
    const userId = randomUUID();
    const answers = await Promise.all(
      Array.from({ length: limits.uploadsPerMember + 3 }, () => attempt(userId, "uploadPerMember")),
    );
    expect(answers.filter((a) => a === "allowed")).toHaveLength(limits.uploadsPerMember);
    expect(answers.filter((a) => a !== "allowed")).toHaveLength(3);
  });
});
