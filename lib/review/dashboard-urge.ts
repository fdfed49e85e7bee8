// Who on the desk can still be urged (催报), and how the reminders already sent read. Pure; the
// same statuses as the command (lib/reminders/urge-units.ts), so the desk never offers a 催报
// the command refuses.
import { formatChineseDateTime } from "@/lib/dates";
import { notSubmittedStatuses } from "@/lib/reminders/plan-reminders";
import type { DashboardRow } from "@/lib/review/dashboard-rows";
import type { UnitStatus } from "@/lib/review/dashboard-status";

/** The unit still owes the district its report: none yet, a draft, returned, or with its head. */
export function hasNotSubmitted(status: UnitStatus): boolean {
  return (notSubmittedStatuses as readonly (string | null)[]).includes(status === "NOT_STARTED" ? null : status);
}

/** What "催报全部未报送单位" reaches: every unit of the year that has not submitted, whatever the filters. */
export function countNotSubmitted(rows: Pick<DashboardRow, "state">[]): number {
  return rows.filter((row) => hasNotSubmitted(row.state.status)).length;
}

/** "已催 2 次"; null before the first reminder. */
export function remindedText(count: number): string | null {
  return count > 0 ? `已催 ${count} 次` : null;
}

/** "最近一次：2025年3月2日 09:00", China's time. */
export function lastRemindedText(lastAt: Date | null): string | null {
  return lastAt ? `最近一次：${formatChineseDateTime(lastAt)}` : null;
}
