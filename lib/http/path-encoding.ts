/**
 * A path whose percent-encoding does not decode (`/api/blobs/%ff%fe`, `/my-order/%zz`, a cut-off UTF-8
 * sequence) used to reach the router, which failed decoding the dynamic segment and answered a bare 500
 * (issue 9). The middleware checks every path once with this and answers 400 on the API, the not-found page
 * elsewhere. Edge-safe and pure.
 */
export function hasMalformedEncoding(pathname: string): boolean {
  if (!pathname.includes("%")) return false; // the common case, without a try
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

export function isApiPath(pathname: string): boolean {
  return pathname === "/api" || pathname.startsWith("/api/");
}
