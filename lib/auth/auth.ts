import "server-only";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import NextAuth from "next-auth";
import type { Provider } from "next-auth/providers";
import GitHub from "next-auth/providers/github";
import { getDb } from "@/db/client";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { env } from "@/lib/env";
import { isHttpsUrl } from "@/lib/http/security-headers";
import { limits } from "@/lib/limits";
import { normaliseEmail } from "./email";
import { sendMagicLink } from "./magic-link";

/** GitHub sign-in is offered only when both of its variables are set. */
export function githubConfigured(): boolean {
  const { AUTH_GITHUB_ID, AUTH_GITHUB_SECRET } = env();
  return Boolean(AUTH_GITHUB_ID && AUTH_GITHUB_SECRET);
}

function providers(): Provider[] {
  const list: Provider[] = [
    {
      id: "email",
      type: "email",
      name: "Email",
      from: env().MAIL_FROM,
      maxAge: limits.magicLinkMaxAgeSeconds,
      options: {},
      normalizeIdentifier: normaliseEmail,
      sendVerificationRequest: ({ identifier, url }) => sendMagicLink({ to: identifier, url }),
    },
  ];
  const { AUTH_GITHUB_ID, AUTH_GITHUB_SECRET } = env();
  if (AUTH_GITHUB_ID && AUTH_GITHUB_SECRET) {
    list.push(GitHub({ clientId: AUTH_GITHUB_ID, clientSecret: AUTH_GITHUB_SECRET }));
  }
  return list;
}

/**
 * Auth.js v5 with database sessions (ARCHITECTURE decision 6). Configured lazily so that importing this
 * module (at build time, in tests) touches neither the database nor the environment.
 */
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  adapter: DrizzleAdapter(getDb(), {
    usersTable: users,
    accountsTable: accounts,
    sessionsTable: sessions,
    verificationTokensTable: verificationTokens,
  }),
  session: { strategy: "database", maxAge: 30 * 24 * 60 * 60, updateAge: 24 * 60 * 60 },
  secret: env().secret,
  // The host is checked by middleware.ts (root domain only for the dashboard); behind Vercel the host is real.
  trustHost: true,
  // Secure (and __Host-/__Secure- prefixed) cookies whenever the public URL is https, even when the hop from the
  // TLS terminator to this server is plain HTTP without X-Forwarded-Proto (Auth.js would go by that hop).
  useSecureCookies: isHttpsUrl(env().appUrl),
  providers: providers(),
  pages: {
    signIn: "/dashboard/sign-in",
    verifyRequest: "/dashboard/sign-in/check-email",
    error: "/dashboard/sign-in/error",
  },
  callbacks: {
    session({ session, user }) {
      return { ...session, user: { ...session.user, id: user.id } };
    },
  },
}));
