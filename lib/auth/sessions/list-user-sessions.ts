import "server-only";
import { db } from "@/lib/db";
import { sessionIdleSeconds } from "@/lib/auth/session-policy";
import { userAgentLabel } from "@/lib/auth/sessions/user-agent-label";

export type UserSessionRow = {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  ip: string | null;
  /** Browser and system in readable Chinese, e.g. "Chrome 120 · Windows". */
  browser: string;
};

/**
 * A user's sessions that still count: not ended, not past 12 h, not idle. A lapsed one may not
 * have been marked ended yet (that happens at its next request), so the limits are applied here.
 * The caller checks that the viewer may see them (the user themself, or an admin of the district).
 */
export async function listUserSessions(userId: string, now: Date = new Date()): Promise<UserSessionRow[]> {
  const rows = await db.session.findMany({
    where: {
      userId,
      endedAt: null,
      expiresAt: { gt: now },
      lastSeenAt: { gte: new Date(now.getTime() - sessionIdleSeconds * 1000) },
    },
    orderBy: { lastSeenAt: "desc" },
    select: { id: true, createdAt: true, lastSeenAt: true, expiresAt: true, ip: true, userAgent: true },
  });
  return rows.map(({ userAgent, ...row }) => ({ ...row, browser: userAgentLabel(userAgent) }));
}
