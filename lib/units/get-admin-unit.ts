import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";

export type AdminUnit = NonNullable<Awaited<ReturnType<typeof getAdminUnit>>>;

/** One unit with what a change to it would affect; null when it is not in the admin's district. */
export async function getAdminUnit({ actor, unitId }: { actor: Actor; unitId: string }) {
  assertCan(actor, "admin:manage");
  const unit = await db.unit.findFirst({
    where: { id: unitId, districtId: actor.districtId },
    select: {
      id: true, kind: true, name: true, shortName: true, slug: true, orgCode: true, sortOrder: true, isActive: true,
      users: { where: { isActive: true }, orderBy: { name: "asc" }, select: { name: true, login: true } },
      reports: { select: { status: true, year: { select: { year: true, isOpen: true } } } },
    },
  });
  if (!unit) return null;
  const { users, reports, ...fields } = unit;
  return {
    ...fields,
    activeUsers: users,
    reportCount: reports.length,
    publishedCount: reports.filter((r) => r.status === "PUBLISHED" || r.status === "WITHDRAWN").length,
    /** Reports of open years not yet published: deactivating takes them off the review desk. */
    inProgress: reports.filter((r) => r.year.isOpen && r.status !== "PUBLISHED" && r.status !== "WITHDRAWN").map((r) => ({ year: r.year.year, status: r.status })),
  };
}
