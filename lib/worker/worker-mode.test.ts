import { describe, expect, it } from "vitest";
import { shouldStartWorker } from "@/lib/worker/worker-mode";
import { parseEnv } from "@/lib/parse-env";

describe("worker mode", () => {
  it("runs inside npm start by default, not with WORKER=off, never during the build", () => {
    expect(shouldStartWorker(parseEnv({}).WORKER, undefined)).toBe(true);
    expect(shouldStartWorker(parseEnv({ WORKER: "off" }).WORKER, undefined)).toBe(false);
    expect(shouldStartWorker("on", "phase-production-build")).toBe(false);
  });

  it("refuses another value, and SMTP_URL without MAIL_FROM, naming the variable", () => {
    expect(() => parseEnv({ WORKER: "yes" })).toThrow(/WORKER/);
    expect(() => parseEnv({ SMTP_URL: "smtp://mail.example.gov.cn:25" })).toThrow(/MAIL_FROM/);
    expect(() => parseEnv({ SMTP_URL: "http://mail.example.gov.cn", MAIL_FROM: "a@b.cn" })).toThrow(/SMTP_URL/);
    expect(parseEnv({ SMTP_URL: "smtps://u:p@mail.example.gov.cn:465", MAIL_FROM: "法治年报 <fzbg@example.gov.cn>" }).MAIL_FROM).toBe("法治年报 <fzbg@example.gov.cn>");
  });
});
