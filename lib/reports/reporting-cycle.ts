// The reporting cycle that is open on a given day: the report year whose publication deadline
// (31 March of the following year, 厅字〔2019〕28号 第二十四条) is the next to come. The review
// desk opens on it, and the demo builds its data around it.
const dayMs = 86_400_000;

/** Days a unit gets at least before an internal deadline set for a cycle already under way. */
export const minInternalLeadDays = 14;

const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));

/** `today` is China's calendar day as UTC midnight (lib/dates chinaToday); 3月31日 still belongs to the year before. */
export function currentReportingYear(today: Date): number {
  const year = today.getUTCFullYear();
  return today.getTime() <= utc(year, 3, 31).getTime() ? year - 1 : year;
}

/** The statutory publication deadline of a report year. */
export function publicationDeadlineOf(year: number): Date {
  return utc(year + 1, 3, 31);
}

/**
 * Deadlines for a cycle opened (or re-dated) on `today`: publication 3月31日 of the next year;
 * internal 3月1日, or, when that leaves units less than two weeks, two weeks from today, but
 * never after the publication deadline.
 */
export function cycleDeadlines(year: number, today: Date): { internal: Date; publication: Date } {
  const publication = publicationDeadlineOf(year);
  const earliest = new Date(today.getTime() + minInternalLeadDays * dayMs);
  const usual = utc(year + 1, 3, 1);
  const internal = usual.getTime() >= earliest.getTime() ? usual : new Date(Math.min(earliest.getTime(), publication.getTime()));
  return { internal, publication };
}

/** The year a year list opens on: the one asked for, else the current cycle, else the latest. */
export function chooseReportingYear<T extends { year: number }>(years: readonly T[], today: Date, requested?: number): T | undefined {
  const current = currentReportingYear(today);
  // A year opened ahead of its time (an admin preparing next year's template) is not where
  // the work is: without the current cycle, take the latest year up to it.
  const newestFirst = [...years].sort((a, b) => b.year - a.year);
  return (
    years.find((y) => y.year === requested) ??
    years.find((y) => y.year === current) ??
    newestFirst.find((y) => y.year <= current) ??
    newestFirst[newestFirst.length - 1]
  );
}
