import { cn } from "@/lib/utils";
import type { SectionState } from "@/lib/reports/completeness";

const labels: Record<SectionState, { text: string; className: string }> = {
  empty: { text: "未填写", className: "text-stone-500" },
  "in-progress": { text: "填写中", className: "text-status-returned" },
  complete: { text: "已完成", className: "text-status-approved" },
};

export function SectionStateLabel({ state, openComments = 0 }: { state: SectionState; openComments?: number }) {
  if (openComments > 0) {
    return <span className="text-xs font-medium text-status-returned">有 {openComments} 条待答复意见</span>;
  }
  const label = labels[state];
  return <span className={cn("text-xs font-medium", label.className)}>{label.text}</span>;
}
