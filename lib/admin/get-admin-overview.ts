import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { yearDeadlines } from "@/lib/admin/admin-overview";
import { listLockedLogins } from "@/lib/auth/throttle/list-locked-logins";

export type GetAdminOverviewOptions = { actor: Actor; now?: Date };

/** What needs the admin's attention; locked sign-ins are the district's account + address pairs. */
export async function getAdminOverview({ actor, now = new Date() }: GetAdminOverviewOptions) {
  assertCan(actor, "admin:manage");
  const districtId = actor.districtId;
  const [locks, unitsWithoutClerk, openYears, unitCounts, userCounts] = await Promise.all([
    listLockedLogins(districtId, now),
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
  const count = (rows: { isActive: boolean; _count: { _all: number } }[], isActive: boolean) => rows.find((r) => r.isActive === isActive)?._count._all ?? 0;
  return {
    lockedLogins: locks.flatMap(({ user, ...lock }) =>
      lock.scope === "ACCOUNT_IP" && user ? [{ login: lock.login, ip: lock.ip, failures: lock.failures, lockedUntil: lock.lockedUntil, userId: user.id, name: user.name }] : [],
    ),
    unitsWithoutClerk,
    openYears: openYears.map((y) => ({ year: y.year, deadlines: yearDeadlines(y, now) })),
    units: { active: count(unitCounts, true), inactive: count(unitCounts, false) },
    users: { active: count(userCounts, true), inactive: count(userCounts, false) },
  };
}
