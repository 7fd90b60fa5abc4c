import { describe, expect, it } from "vitest";
import { renderMessage } from "@/lib/mail/render";
import type { MessagePayload } from "@/emails/messages";
import { invitationToken } from "@/lib/crypto/invitation-token";

const payload: MessagePayload<"invitation"> = {
  invitationId: "0d6f2d2e-2a7b-4f57-8c55-6c1a3f1b2c3d",
  orgName: "DevConf Foundation",
  inviterName: "Ada Lovelace",
  inviterEmail: "ada@example.com",
  role: "marketer",
  expiresAt: "2030-05-01T09:30:00.000Z",
};

describe("the invitation email", () => {
  it("names the organisation, inviter and role, and carries the accept link derived at send time", async () => {
    const url = `http://localhost:3000/dashboard/invite/${invitationToken(payload.invitationId)}`;
    const mail = await renderMessage({ template: "invitation", payload });
    expect(mail.subject).toBe("Join DevConf Foundation on Swagstand");
    expect(mail.html).toContain(`href="${url}"`);
    expect(mail.html).toContain(
      "Ada Lovelace (ada@example.com) invited you to DevConf Foundation as Marketer.",
    );
    expect(mail.html).toContain("The landing page and branding only");
    expect(mail.html).toContain("1 May 2030 at 09:30 UTC");
    expect(mail.text).toContain(url);
    expect(mail.text).toContain("Accept the invitation");
    expect(mail.text).not.toMatch(/<[a-z/!][^>]*>/i);
  });

  it("falls back to the inviter's email and differs per invitation", async () => {
    const other = { ...payload, invitationId: "1d6f2d2e-2a7b-4f57-8c55-6c1a3f1b2c3d", inviterName: null };
    const mail = await renderMessage({ template: "invitation", payload: other });
    expect(mail.text).toContain("ada@example.com invited you");
    expect(mail.html).toContain(invitationToken(other.invitationId));
    expect(mail.html).not.toContain(invitationToken(payload.invitationId));
  });

  it("refuses a payload without an invitation id", async () => {
    await expect(
      renderMessage({ template: "invitation", payload: { ...payload, invitationId: "x" } }),
    ).rejects.toThrow(/invitationId/);
  });
});
