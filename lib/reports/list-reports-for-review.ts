import "server-only";
import { db } from "@/lib/db";
import { assertCan, canSeeReport, type Actor } from "@/lib/auth/permissions";
import type { ReportStatus } from "@/lib/reports/workflow";

export type ReviewRow = {
  unit: { id: string; shortName: string; kind: "TOWN" | "DEPARTMENT" };
  report: { id: string | null; status: ReportStatus | null; submittedAt: Date | null; openComments: number } | null;
};

export type ReviewYear = { year: number; years: number[]; rows: ReviewRow[]; counts: Record<string, number> };

/** Every active unit of the district for one year with its report's state (never a draft's content). */
export async function listReportsForReview({ actor, year }: { actor: Actor; year?: number }): Promise<ReviewYear | null> {
  assertCan(actor, "review:list");
  const years = (
    await db.reportingYear.findMany({ where: { districtId: actor.districtId }, orderBy: { year: "desc" }, select: { year: true, id: true } })
  );
  const chosen = years.find((y) => y.year === year) ?? years[0];
  if (!chosen) return null;

  const units = await db.unit.findMany({
    where: { districtId: actor.districtId, isActive: true },
    orderBy: [{ kind: "asc" }, { sortOrder: "asc" }],
    select: {
      id: true,
      shortName: true,
      kind: true,
      reports: {
        where: { yearId: chosen.id },
        select: { id: true, status: true, submittedAt: true, _count: { select: { comments: { where: { status: "OPEN" } } } } },
      },
    },
  });
  const counts: Record<string, number> = {};
  const rows = units.map((unit) => {
    const r = unit.reports[0];
    const status = r?.status ?? null;
    counts[status ?? "NOT_STARTED"] = (counts[status ?? "NOT_STARTED"] ?? 0) + 1;
    const visible = r && canSeeReport(actor, { unitId: unit.id, districtId: actor.districtId, status: r.status });
    return {
      unit: { id: unit.id, shortName: unit.shortName, kind: unit.kind },
      report: r
        ? { id: visible ? r.id : null, status: r.status, submittedAt: r.submittedAt, openComments: r._count.comments }
        : null,
    };
  });
  return { year: chosen.year, years: years.map((y) => y.year), rows, counts };
}
