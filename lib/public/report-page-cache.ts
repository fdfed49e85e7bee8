import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

// Report pages live in the Pages Router (pages/reports/[year]/[unit].tsx) so that they ship no
// framework JavaScript. Its cache does not hear revalidatePath(); a page is refreshed by
// res.revalidate() in the Pages API route /api/revalidate-report-pages, which the app calls on
// itself after a publication, correction or withdrawal has committed (report-pages.ts).
// No "server-only" marker here: Next refuses it in Pages Router modules.

/** A safety net only: should a refresh be lost, a cached report page is at most this old. */
export const reportPageRevalidateSeconds = 300;

export const revalidateRoute = "/api/revalidate-report-pages";

/** Only the app itself may ask: the token is derived from its secret. */
export function revalidateToken(): string {
  return createHmac("sha256", env.NEXTAUTH_SECRET).update("revalidate-report-pages").digest("base64url");
}

export function isRevalidateToken(given: string | undefined): boolean {
  const expected = Buffer.from(`Bearer ${revalidateToken()}`);
  const actual = Buffer.from(given ?? "");
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
