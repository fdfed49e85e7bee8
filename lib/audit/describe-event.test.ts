import { describe, expect, it } from "vitest";
import { auditKindLabel, describeEvent } from "@/lib/audit/describe-event";
import { formatAuditTime, formatAuditTimestamp } from "@/lib/audit/format-audit-time";

describe("describeEvent", () => {
  it("names both ends of a workflow transition in Chinese", () => {
    expect(describeEvent({ kind: "REPORT_RETURNED", data: { from: "SUBMITTED", to: "RETURNED", openComments: 2 } })).toBe(
      "状态 已提交 → 已退回；待处理意见 2 条",
    );
    expect(describeEvent({ kind: "REPORT_SUBMITTED", data: { from: "DRAFT", to: "SUBMITTED", revision: 1 } })).toBe("状态 起草中 → 已提交；存档为第 1 版");
  });

  it("gives the 索引号 of a publication, the 更正说明 of a correction and the reason of a withdrawal", () => {
    expect(describeEvent({ kind: "REPORT_PUBLISHED", data: { from: "APPROVED", to: "PUBLISHED", indexNumber: "11500102MB1530001X/2023-00001", revision: 3 } })).toBe(
      "状态 已通过 → 已发布；存档为第 3 版；索引号 11500102MB1530001X/2023-00001",
    );
    expect(describeEvent({ kind: "REPORT_CORRECTED", data: { from: "APPROVED", to: "PUBLISHED", correctionNote: "更正第二部分的统计数字。" } })).toBe(
      "状态 已通过 → 已发布；更正说明：更正第二部分的统计数字。",
    );
    expect(describeEvent({ kind: "REPORT_WITHDRAWN", data: { from: "PUBLISHED", to: "WITHDRAWN", reason: "含有未脱敏的个人信息" } })).toBe(
      "状态 已发布 → 已撤回；撤回原因：含有未脱敏的个人信息",
    );
  });

  it("says which section was saved, as which version and how long", () => {
    expect(describeEvent({ kind: "SECTION_SAVED", data: { version: 4, characters: 320 }, sectionTitle: "矛盾纠纷化解情况" })).toBe(
      "“矛盾纠纷化解情况”保存为第 4 版；正文 320 字",
    );
    expect(describeEvent({ kind: "SECTION_SAVED", data: null })).toBe("已保存");
  });

  it("names a removed sub-section without printing its text", () => {
    const text = describeEvent({ kind: "SECTION_REMOVED", data: { title: "（八）其他工作", body: "不应出现在日志里的正文", version: 2 } });
    expect(text).toBe("删除小节“（八）其他工作”；删除前为第 2 版");
    expect(text).not.toContain("不应出现");
  });

  it("tells a comment on a section from one on the whole report", () => {
    expect(describeEvent({ kind: "COMMENT_ADDED", data: null, sectionTitle: "法治宣传教育" })).toBe("对“法治宣传教育”提出意见");
    expect(describeEvent({ kind: "COMMENT_ADDED", data: null })).toBe("对整份报告提出意见");
    expect(describeEvent({ kind: "COMMENT_ANSWERED", data: null, sectionTitle: "法治宣传教育" })).toBe("答复“法治宣传教育”的意见");
  });

  it("describes sign-in failures, locks, refusals and exports", () => {
    expect(describeEvent({ kind: "AUTH_LOGIN_FAILED", data: { login: "nobody" } })).toBe("账号 nobody");
    expect(describeEvent({ kind: "AUTH_LOGIN_FAILED", data: { failures: 3 } })).toBe("连续第 3 次密码错误");
    expect(describeEvent({ kind: "AUTH_LOCKED", data: { until: "2024-03-01T02:15:00.000Z" } })).toBe("锁定至 2024年3月1日 10:15:00");
    expect(describeEvent({ kind: "AUTH_LOGIN_FAILED", data: { login: "nobody", reason: "unknown", failures: 2 } })).toBe("账号 nobody；账号不存在；该地址连续第 2 次失败");
    expect(describeEvent({ kind: "AUTH_LOCKED", data: { scope: "ACCOUNT_IP", login: "zhenxi", ip: "10.0.0.9", minutes: 15 } })).toBe(
      "账号 zhenxi 在地址 10.0.0.9 登录失败过多，暂停 15 分钟",
    );
    expect(describeEvent({ kind: "AUTH_SESSION_ENDED", data: { reason: "IDLE", count: 1 } })).toBe("30 分钟无操作");
    expect(describeEvent({ kind: "AUTH_SESSION_ENDED", data: { reason: "PASSWORD_RESET", count: 3 } })).toBe("重置密码后退出；共 3 个会话");
    expect(describeEvent({ kind: "PAGE_DENIED", data: { path: "/workspace/reports/x", reason: "OTHER_UNIT" } })).toBe("打开 /workspace/reports/x；其他单位的报告");
    expect(describeEvent({ kind: "PERMISSION_DENIED", data: { action: "report:submit", code: "NOT_FOUND" } })).toBe("尝试“提交审核”被拒绝；对象不存在或无权查看");
    expect(describeEvent({ kind: "DATA_EXPORTED", data: { what: "audit", rows: 1200, filters: {} } })).toBe("导出审计日志；共 1200 条");
  });

  it("cuts long free text so a log line stays short", () => {
    const text = describeEvent({ kind: "REPORT_WITHDRAWN", data: { to: "WITHDRAWN", reason: "因".repeat(500) } });
    expect(text).toBe(`状态改为 已撤回；撤回原因：${"因".repeat(120)}…`);
  });

  it("never fails on data of an unexpected shape", () => {
    for (const data of [null, undefined, "text", 42, [1, 2], { from: 3, to: ["x"], revision: "2", indexNumber: {} }]) {
      expect(() => describeEvent({ kind: "REPORT_PUBLISHED", data })).not.toThrow();
    }
    expect(describeEvent({ kind: "REPORT_PUBLISHED", data: { from: "NOPE", to: 1, revision: "2" } })).toBe("");
    expect(describeEvent({ kind: "AUTH_LOCKED", data: { until: "not a date" } })).toBe("账号已锁定");
    expect(describeEvent({ kind: "SOMETHING_NEW", data: { a: 1 } })).toBe("");
  });
});

describe("auditKindLabel", () => {
  it("gives the Chinese label, or the stored name for a kind this build does not know", () => {
    expect(auditKindLabel("REPORT_SUBMITTED")).toBe("提交审核");
    expect(auditKindLabel("DATA_EXPORTED")).toBe("导出数据");
    expect(auditKindLabel("SOMETHING_NEW")).toBe("SOMETHING_NEW");
  });
});

describe("audit times", () => {
  it("show China's clock to the second, whatever the server's time zone", () => {
    expect(formatAuditTime(new Date("2023-01-08T16:05:09Z"))).toBe("2023年1月9日 00:05:09");
    expect(formatAuditTimestamp(new Date("2023-01-08T16:05:09.900Z"))).toBe("2023-01-09 00:05:09");
    expect(formatAuditTimestamp(new Date("2023-12-31T15:59:59Z"))).toBe("2023-12-31 23:59:59");
  });
});

describe("describeEvent for administration", () => {
  it("names the account and what changed, never a password", () => {
    expect(
      describeEvent({ kind: "USER_UPDATED", data: { before: { login: "a.b", name: "甲", role: "CLERK", unitId: "u1" }, after: { login: "a.b", name: "甲", role: "REVIEWER", unitId: null } } }),
    ).toBe("账号 a.b；角色 填报人 → 审核人；所属单位已更改");
    expect(describeEvent({ kind: "YEAR_UPDATED", data: { after: { year: 2031, internalDeadline: null, publicationDeadline: "2032-03-31" } } })).toBe(
      "2031 年度；内部报送截止 未设置，公开截止 2032-03-31",
    );
    expect(describeEvent({ kind: "TEMPLATE_UPDATED", data: { year: 2031, unitKind: "TOWN", reportsUpdated: 3 } })).toBe("2031 年度街镇模板；同步更新报告 3 份");
  });
});
