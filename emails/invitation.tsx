import { Button, Heading, Text } from "@react-email/components";
import type { MemberRole } from "@/db/schema/enum-values";
import { formatDateTime } from "@/lib/format/date-time";
import { roleDescriptions, roleLabels } from "@/lib/format/role-labels";
import { PlatformLayout, platformButton, platformText } from "./components/platform-layout";

export interface InvitationEmailProps {
  orgName: string;
  inviterName: string | null;
  inviterEmail: string;
  role: MemberRole;
  acceptUrl: string;
  /** ISO time stamp; shown in UTC so every reader sees the same moment. */
  expiresAt: string;
}

export function InvitationEmail({
  orgName,
  inviterName,
  inviterEmail,
  role,
  acceptUrl,
  expiresAt,
}: InvitationEmailProps) {
  const inviter = inviterName ? `${inviterName} (${inviterEmail})` : inviterEmail;
  return (
    <PlatformLayout preview={`Join ${orgName} on Swagstand`}>
      <Heading as="h1" style={{ fontSize: "22px", color: "#111827", margin: "16px 0 8px" }}>
        {`Join ${orgName} on Swagstand`}
      </Heading>
      <Text style={platformText}>{`${inviter} invited you to ${orgName} as ${roleLabels[role]}.`}</Text>
      <Text style={{ ...platformText, color: "#374151" }}>
        {`${roleLabels[role]}: ${roleDescriptions[role]}`}
      </Text>
      <Button href={acceptUrl} style={platformButton}>
        {`Accept the invitation`}
      </Button>
      <Text style={{ ...platformText, fontSize: "13px", color: "#4b5563" }}>
        {`The invitation expires on ${formatDateTime(new Date(expiresAt), "UTC")}. Sign in with this email address to accept it.`}
      </Text>
      <Text style={{ ...platformText, fontSize: "13px", color: "#4b5563" }}>
        {`Or paste this address into your browser: ${acceptUrl}`}
      </Text>
    </PlatformLayout>
  );
}

export const previewProps: InvitationEmailProps = {
  orgName: "DevConf Foundation",
  inviterName: "Ada Lovelace",
  inviterEmail: "ada@example.com",
  role: "marketer",
  acceptUrl: "http://localhost:3000/dashboard/invite/example-token",
  expiresAt: "2030-05-01T09:30:00.000Z",
};

InvitationEmail.PreviewProps = previewProps;

export default InvitationEmail;
