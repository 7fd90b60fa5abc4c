import { Body, Container, Head, Hr, Html, Img, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";
import { DEFAULT_ACCENT, DEFAULT_PRIMARY, readableTextOn, safeHexColor } from "../colors";

export interface EmailBranding {
  eventName: string;
  eventSlug: string;
  primaryColor: string;
  accentColor: string;
  logoUrl: string | null;
}

/** Resolved brand colours, shared by the layout and the templates' buttons. */
export function brandColors(branding: EmailBranding) {
  const primary = safeHexColor(branding.primaryColor, DEFAULT_PRIMARY);
  const accent = safeHexColor(branding.accentColor, DEFAULT_ACCENT);
  return { primary, onPrimary: readableTextOn(primary), accent };
}

/** Only absolute http(s) images are shown: mail clients cannot resolve relative or data URLs reliably. */
function isAbsoluteHttpUrl(value: string | null): value is string {
  if (!value) return false;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

const fontFamily =
  '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif';

/**
 * The branded frame every attendee email shares: the event's name (and logo), its colours, and a footer
 * that says who sent it on whose behalf.
 */
export function EventLayout({
  branding,
  preview,
  children,
}: {
  branding: EmailBranding;
  preview: string;
  children: ReactNode;
}) {
  const { primary, onPrimary, accent } = brandColors(branding);
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: "#f3f4f6", margin: 0, padding: "24px 0", fontFamily }}>
        <Container
          style={{
            maxWidth: "560px",
            backgroundColor: "#ffffff",
            borderRadius: "12px",
            overflow: "hidden",
            borderTop: `6px solid ${accent}`,
          }}
        >
          <Section style={{ backgroundColor: primary, padding: "20px 28px" }}>
            {isAbsoluteHttpUrl(branding.logoUrl) ? (
              <Img
                src={branding.logoUrl}
                alt={branding.eventName}
                height="40"
                style={{ height: "40px", width: "auto", marginBottom: "8px" }}
              />
            ) : null}
            <Text style={{ color: onPrimary, fontSize: "20px", fontWeight: 700, margin: 0 }}>
              {branding.eventName}
            </Text>
          </Section>
          <Section style={{ padding: "8px 28px 24px" }}>{children}</Section>
          <Hr style={{ borderColor: "#e5e7eb", margin: 0 }} />
          <Section style={{ padding: "16px 28px" }}>
            <Text style={{ color: "#6b7280", fontSize: "12px", lineHeight: "18px", margin: 0 }}>
              {`Sent by Swagstand for ${branding.eventName}.`}
            </Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}
