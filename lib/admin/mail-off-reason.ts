import type { MailSettings } from "@/lib/mail/mail-settings";

/** Why e-mail is off, naming the missing settings; null when it is on. */
export function mailOffReason(settings: Pick<MailSettings, "smtpUrl" | "from">): string | null {
  const missing = [settings.smtpUrl ? null : "SMTP_URL", settings.from ? null : "MAIL_FROM"].filter((name): name is string => name !== null);
  if (missing.length === 0) return null;
  return `邮件通知未开启：未设置 ${missing.join(" 和 ")}，通知只在站内显示`;
}
