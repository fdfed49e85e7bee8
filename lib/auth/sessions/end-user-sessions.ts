import "server-only";
import type { Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { sessionCache } from "@/lib/auth/sessions/session-cache";

/** Why a session ended; stored in Session.endReason and shown in the audit log. */
export type SessionEndReason =
  | "LOGOUT"
  | "ENDED_BY_USER"
  | "ENDED_BY_ADMIN"
  | "PASSWORD_CHANGED"
  | "PASSWORD_RESET"
  | "DEACTIVATED"
  | "ROLE_CHANGED"
  | "LOCKED"
  | "IDLE"
  | "EXPIRED";

export type EndUserSessionsOptions = {
  userId: string;
  districtId: string;
  reason: SessionEndReason;
  /** Who ended them: the user, an admin, or null for the system. */
  endedById: string | null;
  /** A session to keep, e.g. the one in which the user just changed their own password. */
  exceptSessionId?: string;
};

/**
 * Ends every open session of a user inside the caller's transaction, so a cookie saved before a
 * password reset, deactivation or role change stops working at its next request. Returns how
 * many were ended; one audit event records them all.
 */
export async function endUserSessions(tx: Tx, options: EndUserSessionsOptions): Promise<number> {
  const now = new Date();
  const { count } = await tx.session.updateMany({
    where: { userId: options.userId, endedAt: null, ...(options.exceptSessionId ? { id: { not: options.exceptSessionId } } : {}) },
    data: { endedAt: now, endReason: options.reason, endedById: options.endedById },
  });
  // Before commit, so this instance never serves them from its cache again (a rollback only costs
  // a cache miss).
  sessionCache.forgetUser(options.userId);
  if (count > 0) {
    await recordAudit(tx, {
      kind: "AUTH_SESSION_ENDED",
      districtId: options.districtId,
      actorId: options.endedById,
      targetId: options.userId,
      data: { reason: options.reason, count },
    });
  }
  return count;
}
