import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import type { ReportStatus } from "@/lib/reports/workflow";

export type YearRow = {
  id: string;
  year: number;
  isOpen: boolean;
  /** 单位审签: reports go to the unit's head before the district. */
  unitSignOff: boolean;
  internalDeadline: Date | null;
  publicationDeadline: Date;
  counts: Partial<Record<ReportStatus, number>>;
  reportCount: number;
};

/** The district's years, newest first, with the number of reports in each state. */
export async function listYears({ actor }: { actor: Actor }): Promise<YearRow[]> {
  assertCan(actor, "admin:manage");
  const [years, counts] = await Promise.all([
    db.reportingYear.findMany({
      where: { districtId: actor.districtId },
      orderBy: { year: "desc" },
      select: { id: true, year: true, isOpen: true, unitSignOff: true, internalDeadline: true, publicationDeadline: true },
    }),
    db.report.groupBy({ by: ["yearId", "status"], where: { year: { districtId: actor.districtId } }, _count: { _all: true } }),
  ]);
  return years.map((y) => {
    const mine = counts.filter((c) => c.yearId === y.id);
    return {
      ...y,
      counts: Object.fromEntries(mine.map((c) => [c.status, c._count._all])),
      reportCount: mine.reduce((sum, c) => sum + c._count._all, 0),
    };
  });
}

export async function getYear({ actor, year }: { actor: Actor; year: number }): Promise<YearRow | null> {
  return (await listYears({ actor })).find((y) => y.year === year) ?? null;
}
