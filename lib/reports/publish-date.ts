// What a 发布日期 may be: a report on year N cannot be published before year N is over, a
// correction not before the publication it corrects, and nothing in the future (the site
// would show a date that has not come yet).
export function isAllowedPublishDate(options: { date: Date; reportYear: number; today: Date; previous: Date | null }): boolean {
  const { date, reportYear, today, previous } = options;
  if (date.getTime() > today.getTime()) return false;
  if (date.getTime() < Date.UTC(reportYear + 1, 0, 1)) return false;
  if (previous && date.getTime() < previous.getTime()) return false;
  return true;
}
