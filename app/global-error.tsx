"use client";

import "./globals.css";
import ErrorPage from "./error";

/**
 * Replaces the root layout when the layout itself fails, so it brings its own document and styles. The
 * content is the same friendly, message-free page as app/error.tsx.
 */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <head>
        <title>Something went wrong · Swagstand</title>
        <meta name="robots" content="noindex" />
      </head>
      <body className="min-h-dvh bg-white text-slate-900 antialiased">
        <ErrorPage error={error} retry={retry} />
      </body>
    </html>
  );
}
