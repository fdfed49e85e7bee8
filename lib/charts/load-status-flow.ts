import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { countStatusFlow, flowEventKinds, statusFlowWeeks, type FlowEventKind, type StatusFlowSeries } from "@/lib/charts/status-flow";

export type LoadStatusFlowOptions = { actor: Actor; year: number; weeks?: number; now?: Date };

export type StatusFlow = {
  year: number;
  /** The internal deadline, or the publication deadline when the district set none (calendar date). */
  deadline: Date;
  /** "截止前8周" … "截止日" (or … "今天" while the deadline is ahead): fits StatusFlowChartInput.weeks. */
  weeks: string[];
  /** The moment each column ends (exclusive). */
  weekEnds: Date[];
  series: StatusFlowSeries[];
};

/**
 * Where the district's reports for `year` stood at the end of each of the `weeks` weeks before
 * the deadline and on the deadline day. Null when the district has no such year.
 */
export async function loadStatusFlow({ actor, year, weeks = 8, now = new Date() }: LoadStatusFlowOptions): Promise<StatusFlow | null> {
  assertCan(actor, "review:list");
  const reportingYear = await db.reportingYear.findUnique({
    where: { districtId_year: { districtId: actor.districtId, year } },
    select: { id: true, internalDeadline: true, publicationDeadline: true },
  });
  if (!reportingYear) return null;

  const deadline = reportingYear.internalDeadline ?? reportingYear.publicationDeadline;
  const { labels, ends } = statusFlowWeeks(deadline, weeks, now);
  const events = await db.auditEvent.findMany({
    where: { kind: { in: flowEventKinds }, report: { yearId: reportingYear.id }, createdAt: { lt: ends[ends.length - 1] } },
    select: { kind: true, createdAt: true, report: { select: { unitId: true } } },
  });
  const flowEvents = events.flatMap((e) => (e.report ? [{ unitId: e.report.unitId, kind: e.kind as FlowEventKind, at: e.createdAt }] : []));
  return { year, deadline, weeks: labels, weekEnds: ends, series: countStatusFlow(flowEvents, ends) };
}
