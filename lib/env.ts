import { z } from "zod";
import { defaultSqliteUrl } from "@/scripts/db/provider";

// The only reader of process.env in the app; everything else imports `env`.
const envSchema = z.object({
  DATABASE_URL: z.string().min(1).default(defaultSqliteUrl),
  NEXTAUTH_SECRET: z.string().min(16).default("dev-only-secret-change-me-in-production"),
  NEXTAUTH_URL: z.string().url().optional(),
  /** The public site's origin, for links that leave the site (QR codes, feeds); NEXTAUTH_URL when unset. */
  SITE_URL: z.string().url().optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /**
   * Where the app reaches itself to refresh its cached report pages (lib/public/report-pages.ts):
   * the address `next start` listens on, loopback and PORT unless set.
   */
  APP_INTERNAL_URL: z.string().url().optional(),
  PORT: z.coerce.number().int().positive().default(3000),
});

export const env = envSchema.parse({
  DATABASE_URL: process.env.DATABASE_URL || undefined,
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || undefined,
  NEXTAUTH_URL: process.env.NEXTAUTH_URL || undefined,
  SITE_URL: process.env.SITE_URL || undefined,
  NODE_ENV: process.env.NODE_ENV,
  APP_INTERNAL_URL: process.env.APP_INTERNAL_URL || undefined,
  PORT: process.env.PORT || undefined,
});

/**
 * Absolute URL of a path on the public site, for links read away from the page (share link, QR
 * code): the configured address, never the request's Host, which a cached page would keep for
 * every reader. localhost only when neither SITE_URL nor NEXTAUTH_URL is set (development).
 */
export function siteUrl(path: string, configured: { SITE_URL?: string; NEXTAUTH_URL?: string } = env): string {
  const origin = configured.SITE_URL ?? configured.NEXTAUTH_URL ?? "http://localhost:3000";
  return new URL(path, origin).toString();
}
