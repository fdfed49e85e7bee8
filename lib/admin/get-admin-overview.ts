import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { yearDeadlines } from "@/lib/admin/admin-overview";

export type GetAdminOverviewOptions = { actor: Actor; now?: Date };

/**
 * What needs the admin's attention. Locked sign-ins are read from LoginThrottle directly
 * (ACCOUNT_IP rows still locked): account + address pairs, limited to the district's logins.
 */
export async function getAdminOverview({ actor, now = new Date() }: GetAdminOverviewOptions) {
  assertCan(actor, "admin:manage");
  const districtId = actor.districtId;
  const [locks, unitsWithoutClerk, openYears, unitCounts, userCounts] = await Promise.all([
    db.loginThrottle.findMany({
      where: { scope: "ACCOUNT_IP", lockedUntil: { gt: now } },
      orderBy: { lockedUntil: "desc" },
      select: { login: true, ip: true, lockedUntil: true, failures: true },
    }),
    db.unit.findMany({
      where: { districtId, isActive: true, users: { none: { isActive: true, role: "CLERK" } } },
      orderBy: [{ kind: "asc" }, { sortOrder: "asc" }],
      select: { id: true, shortName: true },
    }),
    db.reportingYear.findMany({
      where: { districtId, isOpen: true },
      orderBy: { year: "desc" },
      select: { year: true, internalDeadline: true, publicationDeadline: true },
    }),
    db.unit.groupBy({ by: ["isActive"], where: { districtId }, _count: { _all: true } }),
    db.user.groupBy({ by: ["isActive"], where: { districtId }, _count: { _all: true } }),
  ]);
  const districtUsers = await db.user.findMany({
    where: { districtId, login: { in: [...new Set(locks.map((l) => l.login))] } },
    select: { id: true, login: true, name: true },
  });
  const userByLogin = new Map(districtUsers.map((u) => [u.login, u]));
  const count = (rows: { isActive: boolean; _count: { _all: number } }[], isActive: boolean) => rows.find((r) => r.isActive === isActive)?._count._all ?? 0;
  return {
    lockedLogins: locks.flatMap((lock) => {
      const user = userByLogin.get(lock.login);
      return user ? [{ ...lock, lockedUntil: lock.lockedUntil!, userId: user.id, name: user.name }] : [];
    }),
    unitsWithoutClerk,
    openYears: openYears.map((y) => ({ year: y.year, deadlines: yearDeadlines(y, now) })),
    units: { active: count(unitCounts, true), inactive: count(unitCounts, false) },
    users: { active: count(userCounts, true), inactive: count(userCounts, false) },
  };
}
