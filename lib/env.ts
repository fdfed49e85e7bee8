import "@/lib/validation/zod-locale";
import { parseEnv } from "@/lib/parse-env";

// The only reader of process.env in the app; everything else imports `env`. Validated when the
// server starts (instrumentation.ts) and refused with a message naming the wrong variable.
export const env = parseEnv(process.env, { isBuild: process.env.NEXT_PHASE === "phase-production-build" });

/**
 * Absolute URL of a path on the public site, for links read away from the page (share link, QR
 * code): the configured address, never the request's Host, which a cached page would keep for
 * every reader. localhost only when neither SITE_URL nor NEXTAUTH_URL is set (development).
 */
export function siteUrl(path: string, configured: { SITE_URL?: string; NEXTAUTH_URL?: string } = env): string {
  const origin = configured.SITE_URL ?? configured.NEXTAUTH_URL ?? "http://localhost:3000";
  return new URL(path, origin).toString();
}
