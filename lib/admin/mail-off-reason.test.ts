import { describe, expect, it } from "vitest";
import { mailOffReason } from "@/lib/admin/mail-off-reason";

describe("mailOffReason", () => {
  it("names both settings when neither is set", () => {
    expect(mailOffReason({ smtpUrl: null, from: null })).toBe("邮件通知未开启：未设置 SMTP_URL 和 MAIL_FROM，通知只在站内显示");
  });

  it("names only the missing one", () => {
    expect(mailOffReason({ smtpUrl: "smtp://mail.example:25", from: null })).toBe("邮件通知未开启：未设置 MAIL_FROM，通知只在站内显示");
    expect(mailOffReason({ smtpUrl: null, from: "fzbg@example.gov.cn" })).toBe("邮件通知未开启：未设置 SMTP_URL，通知只在站内显示");
  });

  it("is null when mail is configured", () => {
    expect(mailOffReason({ smtpUrl: "smtp://mail.example:25", from: "fzbg@example.gov.cn" })).toBeNull();
  });
});
