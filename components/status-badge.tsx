import { statusLabels, type ReportStatus } from "@/lib/reports/workflow";

export type BadgeStatus = ReportStatus | "NOT_STARTED" | "OVERDUE";

const extraLabels = { NOT_STARTED: "未开始", OVERDUE: "逾期" };

/**
 * Status always as text plus colour, never colour alone; the colours are the status-badge-*
 * classes in app/globals.css. `isOverdue` paints it overdue red and says both, "逾期 · 起草中",
 * so the overdue flag never hides where the report stands.
 */
export function StatusBadge({ status, isOverdue, className }: { status: BadgeStatus; isOverdue?: boolean; className?: string }) {
  const label = status in statusLabels ? statusLabels[status as ReportStatus] : extraLabels[status as keyof typeof extraLabels];
  const overdue = isOverdue && status !== "OVERDUE";
  return (
    // No cn()/tailwind-merge: the badge renders in client components too, and its classes never conflict.
    <span className={`status-badge status-badge-${overdue ? "OVERDUE" : status}${className ? ` ${className}` : ""}`}>
      {overdue ? `${extraLabels.OVERDUE} · ${label}` : label}
    </span>
  );
}
