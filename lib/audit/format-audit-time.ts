// Audit times need the second (several events often fall in one minute) and are always shown in
// China's time, whatever the server's time zone.
const auditTime = new Intl.DateTimeFormat("zh-CN", {
  year: "numeric",
  month: "long",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hour12: false,
  timeZone: "Asia/Shanghai",
});

/** 2023年1月9日 08:30:05 */
export function formatAuditTime(date: Date): string {
  return auditTime.format(date);
}

const chinaOffsetMs = 8 * 60 * 60 * 1000;

/** 2023-01-09 08:30:05 in China's time: sortable, for files other programs read. */
export function formatAuditTimestamp(date: Date): string {
  const iso = new Date(date.getTime() + chinaOffsetMs).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}
