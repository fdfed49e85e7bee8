import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { sessionIdleSeconds } from "@/lib/auth/session-policy";
import { sessionState, shouldTouch } from "@/lib/auth/sessions/session-rules";
import { hashSessionToken } from "@/lib/auth/sessions/session-token";
import { sessionCache } from "@/lib/auth/sessions/session-cache";
import type { SessionUser, ValidSession } from "@/lib/auth/sessions/valid-session";

export type { SessionUser, ValidSession };

export type ValidateSessionOptions = {
  token: string;
  now?: Date;
  /** Whether this request counts as activity; next-auth's /api/auth/session does not. */
  touch?: boolean;
  idleSeconds?: number;
};

/**
 * The session a cookie's token names, when it is still open, within its idle and absolute limits,
 * and its user is active. A session found idle or expired is ended here (once, audited).
 */
export async function validateSession(options: ValidateSessionOptions): Promise<ValidSession | null> {
  const now = options.now ?? new Date();
  const idleSeconds = options.idleSeconds ?? sessionIdleSeconds;
  const touch = options.touch ?? true;
  const tokenHash = hashSessionToken(options.token);

  const cached = sessionCache.get(tokenHash);
  if (cached && sessionState({ ...cached, endedAt: null }, now, idleSeconds) === "ACTIVE" && !(touch && shouldTouch(cached.lastSeenAt, now))) {
    return { sessionId: cached.sessionId, user: cached.user };
  }

  const readAtEpoch = sessionCache.epoch();
  const row = await db.session.findUnique({
    where: { tokenHash },
    select: {
      id: true,
      lastSeenAt: true,
      expiresAt: true,
      endedAt: true,
      user: {
        select: {
          id: true,
          name: true,
          login: true,
          role: true,
          unitId: true,
          districtId: true,
          isActive: true,
          mustChangePassword: true,
          unit: { select: { shortName: true } },
        },
      },
    },
  });
  if (!row) return null;
  const state = sessionState(row, now, idleSeconds);
  if (state === "IDLE" || state === "EXPIRED") {
    await endLapsedSession({ sessionId: row.id, userId: row.user.id, districtId: row.user.districtId, reason: state, now });
  }
  if (state !== "ACTIVE" || !row.user.isActive) {
    sessionCache.forget(tokenHash);
    return null;
  }

  let lastSeenAt = row.lastSeenAt;
  if (touch && shouldTouch(lastSeenAt, now)) {
    lastSeenAt = now;
    await db.session.updateMany({ where: { id: row.id, endedAt: null }, data: { lastSeenAt: now } });
  }
  const { id, name, login, role, unitId, districtId, mustChangePassword, unit } = row.user;
  const user: SessionUser = { id, name, login, role, unitId, districtId, mustChangePassword, unitName: unit?.shortName ?? null };
  const session: ValidSession = { sessionId: row.id, user };
  sessionCache.set(tokenHash, { ...session, lastSeenAt, expiresAt: row.expiresAt }, readAtEpoch);
  return session;
}

async function endLapsedSession(options: { sessionId: string; userId: string; districtId: string; reason: "IDLE" | "EXPIRED"; now: Date }) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.session.updateMany({
      where: { id: options.sessionId, endedAt: null },
      data: { endedAt: options.now, endReason: options.reason },
    });
    // Two requests may find the same lapsed session; only the one that ended it writes the event.
    if (count === 0) return;
    await recordAudit(tx, {
      kind: "AUTH_SESSION_ENDED",
      districtId: options.districtId,
      actorId: null,
      targetId: options.userId,
      data: { reason: options.reason, count, sessionId: options.sessionId },
    });
  });
}
