import "server-only";
import { getCurrentUser } from "@/lib/auth/session";
import { can, type Actor } from "@/lib/auth/permissions";
import { errorMessages } from "@/lib/errors";

export function textResponse(status: number, message: string): Response {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

/**
 * The caller of a district download (dashboard, statistics, compilation), or the answer to send
 * instead: 401 signed out, 404 for whoever may not use the review desk (it reveals nothing).
 */
export async function districtDownloader(): Promise<{ user: Actor } | { refusal: Response }> {
  const user = await getCurrentUser();
  if (!user) return { refusal: textResponse(401, errorMessages.UNAUTHENTICATED) };
  if (!can(user, "review:list")) return { refusal: textResponse(404, errorMessages.NOT_FOUND) };
  return { user };
}
