// A unit's place on the reviewer's year dashboard: its report's status and, apart from it,
// whether it is overdue against the deadline that status counts to, and the days left. Pure, so the page, the export, the tests and
// the end-to-end spec all bucket a unit the same way.
import { statusLabels, type ReportStatus } from "@/lib/reports/workflow";

/** What the unit's report is: a workflow status, or NOT_STARTED when it has none yet. */
export type UnitStatus = ReportStatus | "NOT_STARTED";

/**
 * The dashboard's totals and status filters: one per status, plus OVERDUE across statuses. An
 * overdue unit counts in its status's total and in OVERDUE: a late submission is still waiting
 * for review, and 已提交 must say so.
 */
export const dashboardBuckets = ["NOT_STARTED", "DRAFT", "AWAITING_SIGNOFF", "SUBMITTED", "RETURNED", "APPROVED", "PUBLISHED", "WITHDRAWN", "OVERDUE"] as const;
export type DashboardBucket = (typeof dashboardBuckets)[number];

export const bucketLabels: Record<DashboardBucket, string> = { NOT_STARTED: "未开始", ...statusLabels, OVERDUE: "逾期" };

export type YearDeadlines = { internal: Date | null; publication: Date };

/** INTERNAL: the unit owes the district its submission; PUBLICATION: the district owes the public. */
export type DeadlineKind = "INTERNAL" | "PUBLICATION";

export const deadlineLabels: Record<DeadlineKind, string> = { INTERNAL: "内部截止", PUBLICATION: "公开截止" };

export type DashboardStatus = {
  status: UnitStatus;
  isOverdue: boolean;
  /** The deadline this status is measured against; null once the report is out of the workflow. */
  deadline: Date | null;
  deadlineKind: DeadlineKind | null;
  /** Whole days from today to that deadline; negative when overdue, null when there is no deadline. */
  daysLeft: number | null;
};

const dayMs = 86_400_000;

/**
 * The unit still owes the district its report until it submits (internal deadline, or the
 * publication deadline when the district set none); after that the district owes the public
 * its publication (publication deadline). Published and withdrawn reports are done.
 */
export function deadlineFor(status: UnitStatus, deadlines: YearDeadlines): { date: Date; kind: DeadlineKind } | null {
  switch (status) {
    case "NOT_STARTED":
    case "DRAFT":
    case "AWAITING_SIGNOFF":
    case "RETURNED":
      return deadlines.internal ? { date: deadlines.internal, kind: "INTERNAL" } : { date: deadlines.publication, kind: "PUBLICATION" };
    case "SUBMITTED":
    case "APPROVED":
      return { date: deadlines.publication, kind: "PUBLICATION" };
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
  const daysLeft = deadline ? Math.round((deadline.date.getTime() - today.getTime()) / dayMs) : null;
  const isOverdue = daysLeft !== null && daysLeft < 0;
  return { status, isOverdue, deadline: deadline?.date ?? null, deadlineKind: deadline?.kind ?? null, daysLeft };
}

/** Whether a unit counts in this total (and is listed under its filter). */
export function isInBucket(state: Pick<DashboardStatus, "status" | "isOverdue">, bucket: DashboardBucket): boolean {
  return bucket === "OVERDUE" ? state.isOverdue : state.status === bucket;
}

/** "剩 12 天" / "今天截止" / "逾期 3 天" / "—". */
export function daysLeftText(daysLeft: number | null): string {
  if (daysLeft === null) return "—";
  if (daysLeft < 0) return `逾期 ${-daysLeft} 天`;
  if (daysLeft === 0) return "今天截止";
  return `剩 ${daysLeft} 天`;
}

/** "内部截止 · 剩 12 天": which deadline the days count to, since a status decides it. */
export function deadlineText(state: Pick<DashboardStatus, "deadlineKind" | "daysLeft">): string {
  return state.deadlineKind ? `${deadlineLabels[state.deadlineKind]} · ${daysLeftText(state.daysLeft)}` : "—";
}
