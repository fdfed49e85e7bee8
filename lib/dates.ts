// Calendar dates (发布日期, 成文日期, deadlines) are stored as UTC midnight of the date they name,
// so formatting and comparing them in UTC never shifts a day. "Today" is China's calendar day.
const chineseDate = new Intl.DateTimeFormat("zh-CN", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
const chinaDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" });
const chineseDateTime = new Intl.DateTimeFormat("zh-CN", {
  year: "numeric", month: "long", day: "numeric", hour: "2-digit", minute: "2-digit", hour12: false, timeZone: "Asia/Shanghai",
});

/** 2023年1月9日 — no leading zeros, as DESIGN.md §6 asks. */
export function formatChineseDate(date: Date): string {
  return chineseDate.format(date);
}

/** A moment (saved at, submitted at) in China's time zone. */
export function formatChineseDateTime(date: Date): string {
  return chineseDateTime.format(date);
}

/** Parses yyyy-mm-dd into the UTC-midnight date it names; null when it is not a real date. */
export function parseCalendarDate(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().startsWith(value.trim()) ? date : null;
}

export function toCalendarDateString(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Today's date in China, as a UTC-midnight date. */
export function chinaToday(now: Date = new Date()): Date {
  return parseCalendarDate(chinaDay.format(now))!;
}

/** Whole days from today (China) to the deadline; negative when overdue. */
export function daysUntil(deadline: Date, now: Date = new Date()): number {
  return Math.round((deadline.getTime() - chinaToday(now).getTime()) / 86_400_000);
}
