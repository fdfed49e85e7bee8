import "server-only";
import { db, type Tx } from "@/lib/db";
import { isThrottled, lockUntil, throttleLimits, throttleStep, type ThrottleScope } from "@/lib/auth/throttle/throttle-rules";

type Key = { scope: ThrottleScope; login: string; ip: string };

function keysOf(login: string, ip: string): Key[] {
  return [
    { scope: "ACCOUNT_IP", login, ip },
    { scope: "IP", login: "", ip },
  ];
}

const select = { failures: true, windowStart: true, lockedUntil: true } as const;

/** Whether this (login, address) pair or the address itself is locked now. */
export async function isSignInThrottled(options: { login: string; ip: string; now: Date }): Promise<boolean> {
  const rows = await db.loginThrottle.findMany({
    where: { OR: keysOf(options.login, options.ip) },
    select,
  });
  return rows.some((row) => isThrottled(row, options.now));
}

export type CountedFailure = { lockedScopes: ThrottleScope[]; failures: number };

/**
 * Counts one failed sign-in against the pair and the address. The increment is done by the
 * database, so concurrent guesses cannot share one count.
 */
export async function countSignInFailure(tx: Tx, options: { login: string; ip: string; now: Date }): Promise<CountedFailure> {
  const lockedScopes: ThrottleScope[] = [];
  let pairFailures = 0;
  for (const key of keysOf(options.login, options.ip)) {
    const limit = throttleLimits[key.scope];
    const where = { scope_login_ip: key };
    const existing = await tx.loginThrottle.findUnique({ where, select });
    const row =
      throttleStep(existing, options.now, limit) === "RESTART"
        ? await tx.loginThrottle.upsert({
            where,
            create: { ...key, failures: 1, windowStart: options.now },
            update: { failures: 1, windowStart: options.now, lockedUntil: null },
            select,
          })
        : await tx.loginThrottle.update({ where, data: { failures: { increment: 1 } }, select });
    const until = lockUntil(row, options.now, limit);
    if (until) {
      await tx.loginThrottle.update({ where, data: { lockedUntil: until } });
      lockedScopes.push(key.scope);
    }
    if (key.scope === "ACCOUNT_IP") pairFailures = row.failures;
  }
  return { lockedScopes, failures: pairFailures };
}

/**
 * After a right password the pair starts again; the address's count stays, or an attacker with
 * one valid account could wipe it between guesses at other logins.
 */
export async function clearPairFailures(tx: Tx, options: { login: string; ip: string }): Promise<void> {
  await tx.loginThrottle.deleteMany({ where: { scope: "ACCOUNT_IP", login: options.login, ip: options.ip } });
}
