import { env } from "@/lib/env";

const hostPattern = /^[a-z0-9.-]+(:\d{1,5})?$/i;

/**
 * The origin feeds write into their absolute links. The configured public address (SITE_URL,
 * else NEXTAUTH_URL, as siteUrl() in lib/env.ts) comes first: a Host header is the client's to
 * choose, and a proxy that caches the feed must not keep links to whatever host one client
 * named. Without it (development), the address the request came to.
 */
export function siteOrigin(headers: Headers, configuredUrl: string | undefined = env.SITE_URL ?? env.NEXTAUTH_URL): string {
  if (configuredUrl) return new URL(configuredUrl).origin;
  const host = (headers.get("x-forwarded-host") ?? headers.get("host") ?? "").split(",")[0].trim();
  const proto = headers.get("x-forwarded-proto")?.split(",")[0].trim() === "https" ? "https" : "http";
  return hostPattern.test(host) ? `${proto}://${host}` : "http://localhost";
}
