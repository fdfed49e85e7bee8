import { daysUntil } from "@/lib/dates";

export type YearDeadline = { label: string; date: Date; daysLeft: number };

/** A year's deadlines with the days left, counted in China's calendar days. */
export function yearDeadlines(year: { internalDeadline: Date | null; publicationDeadline: Date }, now: Date): YearDeadline[] {
  const deadlines: YearDeadline[] = [];
  if (year.internalDeadline) deadlines.push({ label: "报送截止", date: year.internalDeadline, daysLeft: daysUntil(year.internalDeadline, now) });
  deadlines.push({ label: "公开截止", date: year.publicationDeadline, daysLeft: daysUntil(year.publicationDeadline, now) });
  return deadlines;
}
