// Responses of the open-data API and the feeds: public, briefly cacheable by browsers and
// proxies (nginx keeps them, then refreshes in the background), with an ETag so a client that
// has the current version gets 304 and no body.
import { createHash } from "node:crypto";

export const publicCacheControl = "public, max-age=60, stale-while-revalidate=600";

/** Strong ETag of the body. */
export function etagOf(body: string): string {
  return `"${createHash("sha1").update(body).digest("base64url")}"`;
}

/**
 * Whether If-None-Match names this ETag. Compared weakly (RFC 9110 §13.1.2): a proxy that
 * compresses the body marks the tag weak (W/"…"), and it still names the same content.
 */
export function isNotModified(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => opaque(tag) === opaque(etag));
}

export function cacheableResponse(request: Request, body: string, contentType: string, extraHeaders: Record<string, string> = {}): Response {
  const etag = etagOf(body);
  const headers = { "Cache-Control": publicCacheControl, ETag: etag, Vary: "Accept-Encoding", ...extraHeaders };
  if (isNotModified(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers: { ...headers, "Content-Type": contentType } });
}

/** Open data may be read by any site's scripts. */
export const openDataCors = { "Access-Control-Allow-Origin": "*" };

/** A JSON error the client should not cache: `{ error }` with a Chinese message. */
export function jsonError(status: 400 | 404, message: string): Response {
  return Response.json({ error: message }, { status, headers: { ...openDataCors, "Cache-Control": "no-store" } });
}
