// Where to send a user after sign-in: only a path on this site. The value is parsed the way a
// browser parses it (backslashes as slashes, tabs and newlines dropped), so "/\evil.example" and
// "/\t/evil.example" are seen as the other hosts they are; absolute URLs count only when they
// point at this very origin, and any other scheme (javascript:, data:) is refused.

const defaultOrigin = "http://localhost";

export function safeCallbackPath(value: unknown, origin: string = defaultOrigin, fallback = "/workspace"): string {
  if (typeof value !== "string" || value.trim() === "" || value.length > 2000) return fallback;
  let base: URL;
  let url: URL;
  try {
    base = new URL(origin);
    url = new URL(value, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base.origin) return fallback;
  // A path that itself begins with "//" would be read as another host once used as a relative URL.
  const path = `${url.pathname.replace(/^\/+/, "/")}${url.search}${url.hash}`;
  return path.startsWith("/") ? path : fallback;
}
