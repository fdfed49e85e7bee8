// Pure rules for reporting years and their deadlines. Deadlines are calendar dates stored as UTC
// midnight of the day they name (lib/dates.ts), so comparing them never shifts a day.
import { formatChineseDate } from "@/lib/dates";

/** 3月31日 of the following year: the statutory deadline is "before 1 April" (DESIGN.md §1). */
export function defaultPublicationDeadline(year: number): Date {
  return new Date(Date.UTC(year + 1, 2, 31));
}

/** The year after the latest one, or the year before today's (China) when there is none. */
export function suggestNextYear(existing: number[], today: Date): number {
  return existing.length ? Math.max(...existing) + 1 : today.getUTCFullYear() - 1;
}

export type DeadlineErrors = { internalDeadline?: string[]; publicationDeadline?: string[] };

/** Both deadlines after the reported year ends, publication not before the internal one. */
export function deadlineErrors(options: { year: number; internalDeadline: Date | null; publicationDeadline: Date }): DeadlineErrors {
  const yearEnd = new Date(Date.UTC(options.year, 11, 31));
  const errors: DeadlineErrors = {};
  const after = `须晚于 ${formatChineseDate(yearEnd)}（报告年度结束）。`;
  if (options.internalDeadline && options.internalDeadline <= yearEnd) errors.internalDeadline = [`内部报送截止日期${after}`];
  if (options.publicationDeadline <= yearEnd) errors.publicationDeadline = [`公开截止日期${after}`];
  else if (options.internalDeadline && options.publicationDeadline < options.internalDeadline)
    errors.publicationDeadline = ["公开截止日期不能早于内部报送截止日期。"];
  return errors;
}
