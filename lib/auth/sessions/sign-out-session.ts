import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashSessionToken } from "@/lib/auth/sessions/session-token";
import { sessionCache } from "@/lib/auth/sessions/session-cache";

/** 退出登录: ends the session the cookie names, so a copy of that cookie is worthless afterwards. */
export async function signOutSession(options: { token: string; now?: Date }): Promise<void> {
  const tokenHash = hashSessionToken(options.token);
  await db.$transaction(async (tx) => {
    const session = await tx.session.findUnique({ where: { tokenHash }, select: { id: true, userId: true, endedAt: true, user: { select: { districtId: true } } } });
    if (!session || session.endedAt) return;
    await tx.session.update({ where: { id: session.id }, data: { endedAt: options.now ?? new Date(), endReason: "LOGOUT", endedById: session.userId } });
    await recordAudit(tx, { kind: "AUTH_LOGOUT", actorId: session.userId, districtId: session.user.districtId, data: { sessionId: session.id } });
  });
  // Only after the commit: a request that slipped in while the row was still open would
  // otherwise have put it back into the cache as valid for a few more seconds.
  sessionCache.forget(tokenHash);
}
