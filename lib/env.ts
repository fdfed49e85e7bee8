import "@/lib/validation/zod-locale";
import { parseEnv } from "@/lib/parse-env";

// The only reader of process.env in the app; everything else imports `env`. Validated when the
// server starts (instrumentation.ts) and refused with a message naming the wrong variable.
export const env = parseEnv(process.env, { isBuild: process.env.NEXT_PHASE === "phase-production-build" });

/** Absolute URL of a path on the public site. */
export function siteUrl(path: string): string {
  const origin = env.SITE_URL ?? env.NEXTAUTH_URL ?? "http://localhost:3000";
  return new URL(path, origin).toString();
}
