import "server-only";
import { db } from "@/lib/db";
import type { ThrottleScope } from "@/lib/auth/throttle/throttle-rules";

export type LockedEntry = {
  scope: ThrottleScope;
  /** Empty for an address-wide lock. */
  login: string;
  ip: string;
  failures: number;
  lockedUntil: Date;
  /** The account the login names in this district, or null (unknown login, or an address lock). */
  user: { id: string; name: string } | null;
};

/**
 * Current locks for the admin pages: pairs whose login belongs to the district, and (when the
 * installation has this district alone, so the log is theirs) unknown logins and address locks.
 */
export async function listLockedLogins(districtId: string, now: Date = new Date()): Promise<LockedEntry[]> {
  const [rows, districts] = await Promise.all([
    db.loginThrottle.findMany({
      where: { lockedUntil: { gt: now } },
      orderBy: { lockedUntil: "desc" },
      select: { scope: true, login: true, ip: true, failures: true, lockedUntil: true },
    }),
    db.district.count(),
  ]);
  const logins = [...new Set(rows.map((row) => row.login).filter(Boolean))];
  const users = await db.user.findMany({ where: { login: { in: logins } }, select: { id: true, name: true, login: true, districtId: true } });
  const byLogin = new Map(users.map((user) => [user.login.toLowerCase(), user]));
  const isSoleDistrict = districts === 1;
  return rows.flatMap((row) => {
    const user = row.login ? byLogin.get(row.login) : undefined;
    if (user && user.districtId !== districtId) return [];
    if (!user && !isSoleDistrict) return [];
    return [{ scope: row.scope as ThrottleScope, login: row.login, ip: row.ip, failures: row.failures, lockedUntil: row.lockedUntil!, user: user ? { id: user.id, name: user.name } : null }];
  });
}
