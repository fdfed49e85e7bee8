import "server-only";
import { db } from "@/lib/db";
import { assertCan, canSeeReport, type Actor } from "@/lib/auth/permissions";
import { chinaToday } from "@/lib/dates";
import { reminderKinds } from "@/lib/reminders/plan-reminders";
import { chooseReportingYear } from "@/lib/reports/reporting-cycle";
import { buildDashboard, type ReviewDashboard } from "@/lib/review/build-dashboard";
import type { DashboardQuery } from "@/lib/review/dashboard-query";
import type { DashboardUnit } from "@/lib/review/dashboard-rows";

export type GetReviewDashboardOptions = { actor: Actor; query: DashboardQuery; now?: Date };

/**
 * The reviewer's year dashboard: every active unit of the actor's district with its report's
 * status, submission time, open comments and the reminders it got (deadline reminders and 催报).
 * Null when the district has no reporting year. Four flat queries whatever the number of units
 * (DESIGN.md §10: 1,000 units < 200 ms); a draft's content is never read, and a report's id
 * only when the actor may open it.
 */
export async function getReviewDashboard({ actor, query, now = new Date() }: GetReviewDashboardOptions): Promise<ReviewDashboard | null> {
  assertCan(actor, "review:list");
  const years = await db.reportingYear.findMany({
    where: { districtId: actor.districtId },
    orderBy: { year: "desc" },
    select: { id: true, year: true, internalDeadline: true, publicationDeadline: true },
  });
  const today = chinaToday(now);
  const chosen = chooseReportingYear(years, today, query.year);
  if (!chosen) return null;

  const [units, reports, reminders] = await Promise.all([
    db.unit.findMany({
      where: { districtId: actor.districtId, isActive: true },
      select: { id: true, shortName: true, kind: true, sortOrder: true },
    }),
    // The year belongs to the actor's district, so its reports do too.
    db.report.findMany({
      where: { yearId: chosen.id },
      select: { id: true, unitId: true, status: true, submittedAt: true, _count: { select: { comments: { where: { status: "OPEN" } } } } },
    }),
    // What reached the unit itself; the reviewers' digests and publication reminders did not.
    db.reminderLog.groupBy({
      by: ["unitId"],
      where: { yearId: chosen.id, kind: { in: [reminderKinds.submit, reminderKinds.urge] } },
      _count: { _all: true },
      _max: { createdAt: true },
    }),
  ]);
  const reportOf = new Map(reports.map((r) => [r.unitId, r]));
  const remindersOf = new Map(reminders.map((r) => [r.unitId, { count: r._count._all, lastAt: r._max.createdAt }]));

  const rows: DashboardUnit[] = units.map((unit) => {
    const r = reportOf.get(unit.id);
    const sent = remindersOf.get(unit.id) ?? { count: 0, lastAt: null };
    if (!r) return { unit, report: null, reminders: sent };
    const isVisible = canSeeReport(actor, { unitId: unit.id, districtId: actor.districtId, status: r.status });
    return { unit, report: { id: isVisible ? r.id : null, status: r.status, submittedAt: r.submittedAt, openComments: r._count.comments }, reminders: sent };
  });

  return buildDashboard(
    {
      year: chosen.year,
      years: years.map((y) => y.year),
      deadlines: { internal: chosen.internalDeadline, publication: chosen.publicationDeadline },
      units: rows,
    },
    query,
    today,
  );
}
