// How long the worker waits before trying a message again; after the last try it is FAILED and
// the admin sees it (app/(workspace)/admin/mail). Six tries spread over about five hours ride
// out a mail server's restart or an evening's maintenance.
export const retryDelaysMs = [60_000, 5 * 60_000, 15 * 60_000, 60 * 60_000, 4 * 60 * 60_000] as const;
export const maxAttempts = retryDelaysMs.length + 1;

/** When to try again after `attempts` failed tries, or null when that was the last one. */
export function nextAttemptAfter(attempts: number, now: Date): Date | null {
  if (attempts >= maxAttempts) return null;
  return new Date(now.getTime() + retryDelaysMs[Math.max(0, attempts - 1)]);
}

/** A worker that died mid-send leaves its claim; another worker takes the row after this long. */
export const claimExpiresMs = 5 * 60_000;
