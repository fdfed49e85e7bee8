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
});

export const env = envSchema.parse({
  DATABASE_URL: process.env.DATABASE_URL || undefined,
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || undefined,
  NEXTAUTH_URL: process.env.NEXTAUTH_URL || undefined,
  SITE_URL: process.env.SITE_URL || undefined,
  NODE_ENV: process.env.NODE_ENV,
});

/** Absolute URL of a path on the public site. */
export function siteUrl(path: string): string {
  const origin = env.SITE_URL ?? env.NEXTAUTH_URL ?? "http://localhost:3000";
  return new URL(path, origin).toString();
}
