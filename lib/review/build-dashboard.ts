// From the year's units and deadlines to what the dashboard shows. Pure; the read that feeds it
// is lib/review/get-review-dashboard.ts.
import type { DashboardQuery } from "@/lib/review/dashboard-query";
import type { DashboardBucket, YearDeadlines } from "@/lib/review/dashboard-status";
import {
  countBuckets,
  filterRows,
  groupByKind,
  matchesKindAndName,
  sortRows,
  toDashboardRows,
  type DashboardRow,
  type DashboardUnit,
  type KindGroup,
} from "@/lib/review/dashboard-rows";
import { countNotSubmitted } from "@/lib/review/dashboard-urge";

export type DashboardSource = { year: number; years: number[]; deadlines: YearDeadlines; units: DashboardUnit[] };

export type ReviewDashboard = {
  year: number;
  /** Every reporting year of the district, latest first. */
  years: number[];
  deadlines: YearDeadlines;
  today: Date;
  /** The query as applied: the year resolved, everything else as parsed. */
  query: DashboardQuery & { year: number };
  /**
   * Per bucket, among the units the kind and name filters keep (not the status filter), so
   * each total's link lists exactly that many units.
   */
  counts: Record<DashboardBucket, number>;
  /** Units the kind and name filters keep. */
  unitCount: number;
  /** Every active unit of the district. */
  totalUnits: number;
  /** The tables: filtered and sorted, 街镇 and 部门 apart when both are shown. */
  groups: KindGroup[];
  /** The same rows in table order: what an export writes. */
  rows: DashboardRow[];
  /** Reports approved and waiting to be published, overdue or not. */
  approvedCount: number;
  /** Units of the year that have not submitted, whatever the filters: what 催报全部 reaches. */
  notSubmittedCount: number;
  isFiltered: boolean;
};

export function buildDashboard(source: DashboardSource, query: DashboardQuery, today: Date): ReviewDashboard {
  const all = toDashboardRows(source.units, source.deadlines, today);
  const inScope = all.filter((row) => matchesKindAndName(row, query));
  const shown = sortRows(filterRows(inScope, query), query.sort, query.dir);
  const groups = groupByKind(shown, query.kind);
  return {
    year: source.year,
    years: source.years,
    deadlines: source.deadlines,
    today,
    query: { ...query, year: source.year },
    counts: countBuckets(inScope),
    unitCount: inScope.length,
    totalUnits: all.length,
    groups,
    rows: groups.flatMap((g) => g.rows),
    approvedCount: all.filter((row) => row.state.status === "APPROVED").length,
    notSubmittedCount: countNotSubmitted(all),
    isFiltered: query.kind !== "all" || query.status !== undefined || query.q !== "",
  };
}
