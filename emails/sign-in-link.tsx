import { Button, Heading, Text } from "@react-email/components";
import { PlatformLayout, platformButton, platformText } from "./components/platform-layout";

export interface SignInLinkProps {
  url: string;
  /** Minutes the link stays valid. */
  validMinutes: number;
}

export function SignInLinkEmail({ url, validMinutes }: SignInLinkProps) {
  return (
    <PlatformLayout preview="Your Swagstand sign-in link">
      <Heading as="h1" style={{ fontSize: "22px", color: "#111827", margin: "16px 0 8px" }}>
        Sign in to Swagstand
      </Heading>
      <Text style={platformText}>
        {`Use the button below to sign in to your dashboard. The link works once and expires in ${validMinutes} minutes.`}
      </Text>
      <Button href={url} style={platformButton}>
        Sign in
      </Button>
      <Text style={{ ...platformText, fontSize: "13px", color: "#4b5563" }}>
        {`Or paste this address into your browser: ${url}`}
      </Text>
    </PlatformLayout>
  );
}

export const previewProps: SignInLinkProps = {
  url: "http://localhost:3000/api/auth/callback/email?token=example&email=organiser%40example.com",
  validMinutes: 15,
};

SignInLinkEmail.PreviewProps = previewProps;

export default SignInLinkEmail;
