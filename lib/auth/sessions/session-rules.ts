// Pure rules for a server-side session, with `now` passed in so tests fix the clock.

export type SessionTimes = { lastSeenAt: Date; expiresAt: Date; endedAt: Date | null };

export type SessionState = "ACTIVE" | "ENDED" | "IDLE" | "EXPIRED";

/** lastSeenAt is written at most this often, so most requests cost no write. */
export const touchIntervalMs = 60_000;

export function sessionState(session: SessionTimes, now: Date, idleSeconds: number): SessionState {
  if (session.endedAt) return "ENDED";
  if (now.getTime() >= session.expiresAt.getTime()) return "EXPIRED";
  if (now.getTime() - session.lastSeenAt.getTime() > idleSeconds * 1000) return "IDLE";
  return "ACTIVE";
}

export function shouldTouch(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() >= touchIntervalMs;
}
