import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { sessionCache } from "@/lib/auth/sessions/session-cache";
import { endUserSessions } from "@/lib/auth/sessions/end-user-sessions";

export type EndSessionOptions = { actor: Actor; sessionId: string };

/**
 * Ends one session: a user's own (from /account/sessions) or, for an admin, anyone's in the
 * district (the users admin page). Someone else's session the actor may not end is "not found".
 */
export async function endSession(options: EndSessionOptions): Promise<void> {
  const { actor } = options;
  await db.$transaction(async (tx) => {
    const session = await tx.session.findUnique({
      where: { id: options.sessionId },
      select: { id: true, userId: true, endedAt: true, user: { select: { districtId: true } } },
    });
    if (!session || session.user.districtId !== actor.districtId) throw new AppError("NOT_FOUND");
    const isOwn = session.userId === actor.id;
    if (!isOwn) {
      try {
        assertCan(actor, "session:end-any");
      } catch {
        throw new AppError("NOT_FOUND");
      }
    } else {
      assertCan(actor, "session:end-own");
    }
    if (session.endedAt) return;
    const reason = isOwn ? "ENDED_BY_USER" : "ENDED_BY_ADMIN";
    await tx.session.update({ where: { id: session.id }, data: { endedAt: new Date(), endReason: reason, endedById: actor.id } });
    sessionCache.forgetUser(session.userId);
    await recordAudit(tx, {
      kind: "AUTH_SESSION_ENDED",
      districtId: actor.districtId,
      actorId: actor.id,
      targetId: session.userId,
      data: { reason, count: 1, sessionId: session.id },
    });
  });
}

/** 结束其他全部会话: every session of the actor but the one making the request. */
export async function endOtherSessions(options: { actor: Actor; currentSessionId: string }): Promise<number> {
  assertCan(options.actor, "session:end-own");
  return db.$transaction((tx) =>
    endUserSessions(tx, {
      userId: options.actor.id,
      districtId: options.actor.districtId,
      reason: "ENDED_BY_USER",
      endedById: options.actor.id,
      exceptSessionId: options.currentSessionId,
    }),
  );
}
