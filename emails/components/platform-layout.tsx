import { Body, Container, Head, Hr, Html, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";

const fontFamily =
  '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif';

/** The frame of emails Swagstand sends to organisers (sign-in links, invitations): platform branding. */
export function PlatformLayout({ preview, children }: { preview: string; children: ReactNode }) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: "#f3f4f6", margin: 0, padding: "24px 0", fontFamily }}>
        <Container style={{ maxWidth: "560px", backgroundColor: "#ffffff", borderRadius: "12px" }}>
          <Section
            style={{ backgroundColor: "#1d4ed8", padding: "20px 28px", borderRadius: "12px 12px 0 0" }}
          >
            <Text style={{ color: "#ffffff", fontSize: "20px", fontWeight: 700, margin: 0 }}>Swagstand</Text>
          </Section>
          <Section style={{ padding: "8px 28px 24px" }}>{children}</Section>
          <Hr style={{ borderColor: "#e5e7eb", margin: 0 }} />
          <Section style={{ padding: "16px 28px" }}>
            <Text style={{ color: "#6b7280", fontSize: "12px", lineHeight: "18px", margin: 0 }}>
              If you did not expect this email, you can ignore it: nothing happens until the link is used.
            </Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}

export const platformText = { fontSize: "15px", lineHeight: "22px", color: "#111827" } as const;
export const platformButton = {
  backgroundColor: "#1d4ed8",
  color: "#ffffff",
  borderRadius: "8px",
  padding: "12px 20px",
  fontSize: "15px",
  fontWeight: 600,
  textDecoration: "none",
} as const;
