// Filtering, sorting, counting and grouping the dashboard's rows. Pure: the page and the export
// both call these through buildDashboard, so a download always holds what the page shows.
import type { ReportStatus } from "@/lib/reports/workflow";
import { dashboardBuckets, dashboardStatus, isInBucket, type DashboardBucket, type DashboardStatus, type YearDeadlines } from "@/lib/review/dashboard-status";
import type { SortDirection, SortKey, UnitKindFilter } from "@/lib/review/dashboard-query";

export type UnitKind = "TOWN" | "DEPARTMENT";

/** One active unit and its report for the year, as read from the database. */
export type DashboardUnit = {
  unit: { id: string; shortName: string; kind: UnitKind; sortOrder: number };
  /** `id` is null when the actor may not open the report (a draft never leaves its unit). */
  report: { id: string | null; status: ReportStatus; submittedAt: Date | null; openComments: number } | null;
  /** Reminders the unit got for the year: the deadline reminders and each 催报. */
  reminders: { count: number; lastAt: Date | null };
};

export type DashboardRow = DashboardUnit & { state: DashboardStatus };

export function toDashboardRows(units: DashboardUnit[], deadlines: YearDeadlines, today: Date): DashboardRow[] {
  return units.map((u) => ({ ...u, state: dashboardStatus(u.report?.status ?? "NOT_STARTED", deadlines, today) }));
}

export type RowFilter = { kind: UnitKindFilter; status?: DashboardBucket; q: string };

const kindOfFilter = { town: "TOWN", department: "DEPARTMENT" } as const;

export function matchesKindAndName(row: DashboardRow, filter: Pick<RowFilter, "kind" | "q">): boolean {
  if (filter.kind !== "all" && row.unit.kind !== kindOfFilter[filter.kind]) return false;
  return !filter.q || row.unit.shortName.toLowerCase().includes(filter.q.toLowerCase());
}

export function filterRows(rows: DashboardRow[], filter: RowFilter): DashboardRow[] {
  return rows.filter((row) => matchesKindAndName(row, filter) && (!filter.status || isInBucket(row.state, filter.status)));
}

export function countBuckets(rows: DashboardRow[]): Record<DashboardBucket, number> {
  const counts = Object.fromEntries(dashboardBuckets.map((b) => [b, 0])) as Record<DashboardBucket, number>;
  for (const row of rows) {
    counts[row.state.status] += 1;
    if (row.state.isOverdue) counts.OVERDUE += 1;
  }
  return counts;
}

const kindRank: Record<UnitKind, number> = { TOWN: 0, DEPARTMENT: 1 };
// Units that share a sort order fall back to pinyin order, as a Chinese reader expects.
const nameCollator = new Intl.Collator("zh-CN");
const bucketRank = new Map<DashboardBucket, number>(dashboardBuckets.map((b, i) => [b, i]));

/** The district's own order: 街镇 before 部门, then each unit's sort order, then its name. */
function compareUnitOrder(a: DashboardRow, b: DashboardRow): number {
  return (
    kindRank[a.unit.kind] - kindRank[b.unit.kind] ||
    a.unit.sortOrder - b.unit.sortOrder ||
    nameCollator.compare(a.unit.shortName, b.unit.shortName) ||
    (a.unit.id < b.unit.id ? -1 : a.unit.id > b.unit.id ? 1 : 0)
  );
}

/** The value a column sorts by; null (no submission, no deadline) always goes last. */
const sortValue: Record<Exclude<SortKey, "unit">, (row: DashboardRow) => number | null> = {
  // By status, the overdue units of a status first.
  status: (row) => bucketRank.get(row.state.status)! * 2 + (row.state.isOverdue ? 0 : 1),
  submitted: (row) => row.report?.submittedAt?.getTime() ?? null,
  days: (row) => row.state.daysLeft,
  comments: (row) => row.report?.openComments ?? 0,
};

export function sortRows(rows: DashboardRow[], sort: SortKey, dir: SortDirection): DashboardRow[] {
  const sign = dir === "asc" ? 1 : -1;
  if (sort === "unit") return [...rows].sort((a, b) => sign * compareUnitOrder(a, b));
  const value = sortValue[sort];
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === null || vb === null) return va === vb ? compareUnitOrder(a, b) : va === null ? 1 : -1;
    // Ties keep the district's order whichever way the column runs.
    return sign * (va - vb) || compareUnitOrder(a, b);
  });
}

export type KindGroup = { kind: UnitKind; rows: DashboardRow[] };

/** 街镇 and 部门 as separate tables (only the chosen kind when filtered); each keeps the sort. */
export function groupByKind(rows: DashboardRow[], kind: UnitKindFilter): KindGroup[] {
  const kinds: UnitKind[] = kind === "all" ? ["TOWN", "DEPARTMENT"] : [kindOfFilter[kind]];
  return kinds.map((k) => ({ kind: k, rows: rows.filter((row) => row.unit.kind === k) }));
}
