import { cn } from "@/lib/utils";
import { daysUntil, formatChineseDate } from "@/lib/dates";

/** The deadline with days left; overdue in red, always with words, not colour alone. */
export function Deadline({ internal, publication, isDone, className }: { internal: Date | null; publication: Date; isDone?: boolean; className?: string }) {
  const deadline = internal ?? publication;
  const days = daysUntil(deadline);
  const label = internal ? "报送截止" : "公开截止";
  return (
    <span className={cn("text-sm", !isDone && days < 0 ? "font-medium text-status-overdue" : "text-stone-700", className)}>
      {label} {formatChineseDate(deadline)}
      {isDone ? null : days < 0 ? `（已逾期 ${-days} 天）` : days === 0 ? "（今天截止）" : `（剩 ${days} 天）`}
    </span>
  );
}
