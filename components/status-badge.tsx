import { cn } from "@/lib/utils";
import { statusLabels, type ReportStatus } from "@/lib/reports/workflow";

const styles: Record<ReportStatus | "NOT_STARTED" | "OVERDUE", string> = {
  NOT_STARTED: "border-stone-300 bg-white text-stone-600",
  DRAFT: "border-stone-300 bg-stone-100 text-status-draft",
  SUBMITTED: "border-blue-200 bg-blue-50 text-status-submitted",
  RETURNED: "border-amber-300 bg-amber-50 text-status-returned",
  APPROVED: "border-green-200 bg-green-50 text-status-approved",
  PUBLISHED: "border-green-700 bg-status-published text-white",
  WITHDRAWN: "border-stone-400 bg-stone-200 text-stone-700",
  OVERDUE: "border-red-300 bg-red-50 text-status-overdue",
};

const extraLabels = { NOT_STARTED: "未开始", OVERDUE: "逾期" };

/**
 * Status always as text plus colour, never colour alone. `isOverdue` paints it overdue red and
 * says both, "逾期 · 起草中", so the overdue flag never hides where the report stands.
 */
export function StatusBadge({ status, isOverdue, className }: { status: ReportStatus | "NOT_STARTED" | "OVERDUE"; isOverdue?: boolean; className?: string }) {
  const label = status in statusLabels ? statusLabels[status as ReportStatus] : extraLabels[status as keyof typeof extraLabels];
  const overdue = isOverdue && status !== "OVERDUE";
  return (
    <span
      className={cn(
        "inline-flex items-center rounded-full border px-2.5 py-0.5 text-xs font-medium whitespace-nowrap",
        styles[overdue ? "OVERDUE" : status],
        className,
      )}
    >
      {overdue ? `${extraLabels.OVERDUE} · ${label}` : label}
    </span>
  );
}
