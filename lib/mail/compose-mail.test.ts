import { describe, expect, it } from "vitest";
import { composeMail } from "@/lib/mail/compose-mail";
import { mailSettings } from "@/lib/mail/mail-settings";
import { nextAttemptAfter, maxAttempts } from "@/lib/mail/retry-schedule";

describe("composing a notification mail", () => {
  const mail = composeMail({ recipientName: "王晓芳", title: "区依法治区办退回了《珍溪镇<2026>年度报告》", body: "共有 2 条意见待处理。", link: "/workspace/reports/r1", siteUrl: "https://fzbg.example.gov.cn/" });

  it("says what happened in the subject and links into the app", () => {
    expect(mail.subject).toBe("【法治年报】区依法治区办退回了《珍溪镇<2026>年度报告》");
    expect(mail.text).toContain("王晓芳：");
    expect(mail.text).toContain("请登录查看和处理：https://fzbg.example.gov.cn/workspace/reports/r1");
    expect(mail.text).toContain("https://fzbg.example.gov.cn/notifications/settings");
  });

  it("escapes the title in the HTML part", () => {
    expect(mail.html).toContain("珍溪镇&lt;2026&gt;年度报告");
    expect(mail.html).not.toContain("<2026>");
    expect(mail.html).toContain('href="https://fzbg.example.gov.cn/workspace/reports/r1"');
  });
});

describe("mail settings and retries", () => {
  it("is off unless both SMTP_URL and MAIL_FROM are set", () => {
    expect(mailSettings({}).enabled).toBe(false);
    expect(mailSettings({ SMTP_URL: "smtp://m:25" }).enabled).toBe(false);
    expect(mailSettings({ SMTP_URL: "smtp://m:25", MAIL_FROM: "a@b.cn", SITE_URL: "https://x.gov.cn" })).toMatchObject({ enabled: true, siteUrl: "https://x.gov.cn/" });
  });

  it("backs off and gives up after the last try", () => {
    const now = new Date("2027-01-01T00:00:00Z");
    expect(nextAttemptAfter(1, now)?.toISOString()).toBe("2027-01-01T00:01:00.000Z");
    expect(nextAttemptAfter(2, now)?.toISOString()).toBe("2027-01-01T00:05:00.000Z");
    expect(nextAttemptAfter(maxAttempts - 1, now)?.toISOString()).toBe("2027-01-01T04:00:00.000Z");
    expect(nextAttemptAfter(maxAttempts, now)).toBeNull();
  });
});
