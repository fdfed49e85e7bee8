import { env, siteUrl } from "@/lib/env";

export type MailSettings = { enabled: boolean; smtpUrl: string | null; from: string | null; siteUrl: string };

/** Mail is on when SMTP_URL and MAIL_FROM are set; off, notifications stay in the app. */
export function mailSettings(source: Pick<typeof env, "SMTP_URL" | "MAIL_FROM" | "SITE_URL" | "NEXTAUTH_URL"> = env): MailSettings {
  const enabled = Boolean(source.SMTP_URL && source.MAIL_FROM);
  return { enabled, smtpUrl: source.SMTP_URL ?? null, from: source.MAIL_FROM ?? null, siteUrl: siteUrl("/", source) };
}
