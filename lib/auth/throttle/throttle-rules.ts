// Sign-in limits (等保 2.0 and issue 11 §2.2), as pure decisions with `now` passed in.
// Failures count per (login, client address): a stranger who knows a login locks only their own
// address out, never the owner at their desk. A second count per address across all logins stops
// one address from trying many logins (or the same login under many spellings).

export type ThrottleScope = "ACCOUNT_IP" | "IP";

export type ThrottleLimit = { maxFailures: number; windowMs: number; lockMs: number };

const minutes = 60_000;

export const throttleLimits: Record<ThrottleScope, ThrottleLimit> = {
  ACCOUNT_IP: { maxFailures: 5, windowMs: 15 * minutes, lockMs: 15 * minutes },
  IP: { maxFailures: 20, windowMs: 15 * minutes, lockMs: 15 * minutes },
};

export type ThrottleRow = { failures: number; windowStart: Date; lockedUntil: Date | null };

export function isThrottled(row: ThrottleRow | null | undefined, now: Date): boolean {
  return Boolean(row?.lockedUntil && row.lockedUntil.getTime() > now.getTime());
}

/**
 * What a new failure does to a counter: RESTART a new window at one failure (no row yet, the
 * window is over, or a lock has lapsed), or COUNT one more in the current window.
 */
export function throttleStep(row: ThrottleRow | null, now: Date, limit: ThrottleLimit): "RESTART" | "COUNT" {
  if (!row) return "RESTART";
  if (row.lockedUntil && row.lockedUntil.getTime() <= now.getTime()) return "RESTART";
  if (now.getTime() - row.windowStart.getTime() >= limit.windowMs) return "RESTART";
  return "COUNT";
}

/** Locks when the count reaches the limit; an existing lock is never extended by more tries. */
export function lockUntil(row: ThrottleRow, now: Date, limit: ThrottleLimit): Date | null {
  if (row.lockedUntil) return null;
  return row.failures >= limit.maxFailures ? new Date(now.getTime() + limit.lockMs) : null;
}

/** Logins are matched case-insensitively, so "Zhenxi" and "zhenxi" share one counter. */
export function throttleLogin(login: string): string {
  return login.trim().toLowerCase().slice(0, 64);
}
