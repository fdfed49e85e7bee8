// A unit's place on the reviewer's year dashboard: its report's status, whether it is overdue
// against the year's deadlines, and the days left. Pure, so the page, the export, the tests and
// the end-to-end spec all bucket a unit the same way.
import { statusLabels, type ReportStatus } from "@/lib/reports/workflow";

/** What the unit's report is: a workflow status, or NOT_STARTED when it has none yet. */
export type UnitStatus = ReportStatus | "NOT_STARTED";

/** The dashboard's totals: one per status, plus OVERDUE, which takes a unit out of its status's total. */
export const dashboardBuckets = ["NOT_STARTED", "DRAFT", "SUBMITTED", "RETURNED", "APPROVED", "PUBLISHED", "WITHDRAWN", "OVERDUE"] as const;
export type DashboardBucket = (typeof dashboardBuckets)[number];

export const bucketLabels: Record<DashboardBucket, string> = { NOT_STARTED: "未开始", ...statusLabels, OVERDUE: "逾期" };

export type YearDeadlines = { internal: Date | null; publication: Date };

export type DashboardStatus = {
  status: UnitStatus;
  bucket: DashboardBucket;
  isOverdue: boolean;
  /** The deadline this status is measured against; null once the report is out of the workflow. */
  deadline: Date | null;
  /** Whole days from today to that deadline; negative when overdue, null when there is no deadline. */
  daysLeft: number | null;
};

const dayMs = 86_400_000;

/**
 * The unit still owes the district its report until it submits (internal deadline, or the
 * publication deadline when the district set none); after that the district owes the public
 * its publication (publication deadline). Published and withdrawn reports are done.
 */
export function deadlineFor(status: UnitStatus, deadlines: YearDeadlines): Date | null {
  switch (status) {
    case "NOT_STARTED":
    case "DRAFT":
    case "RETURNED":
      return deadlines.internal ?? deadlines.publication;
    case "SUBMITTED":
    case "APPROVED":
      return deadlines.publication;
    case "PUBLISHED":
    case "WITHDRAWN":
      return null;
  }
}

/**
 * `today` is China's calendar day as UTC midnight (lib/dates chinaToday), like the deadlines,
 * so the deadline day itself is day 0 and not overdue.
 */
export function dashboardStatus(status: UnitStatus, deadlines: YearDeadlines, today: Date): DashboardStatus {
  const deadline = deadlineFor(status, deadlines);
  const daysLeft = deadline ? Math.round((deadline.getTime() - today.getTime()) / dayMs) : null;
  const isOverdue = daysLeft !== null && daysLeft < 0;
  return { status, bucket: isOverdue ? "OVERDUE" : status, isOverdue, deadline, daysLeft };
}

/** "逾期 · 起草中": the overdue flag never hides where the report stands. */
export function statusText(state: Pick<DashboardStatus, "status" | "isOverdue">): string {
  const label = bucketLabels[state.status];
  return state.isOverdue ? `${bucketLabels.OVERDUE} · ${label}` : label;
}

/** "剩 12 天" / "今天截止" / "逾期 3 天" / "—". */
export function daysLeftText(daysLeft: number | null): string {
  if (daysLeft === null) return "—";
  if (daysLeft < 0) return `逾期 ${-daysLeft} 天`;
  if (daysLeft === 0) return "今天截止";
  return `剩 ${daysLeft} 天`;
}
