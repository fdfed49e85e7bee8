// Turns an audit event's stored JSON into one short Chinese sentence for people reading the log.
// Pure: the caller looks up the section title, so this runs the same in a page, a CSV and a test.
// `data` is whatever the writing command stored (old rows included), so every field is optional
// and read defensively; an unknown shape gives a shorter sentence, never an error.
import { auditKinds, auditKindLabels } from "@/lib/audit/events";
import { formatAuditTime } from "@/lib/audit/format-audit-time";
import { statusLabels, type ReportStatus } from "@/lib/reports/workflow";
import { describeUnitEvent } from "@/lib/audit/describe-unit-event";
import { describeAdminParts } from "@/lib/audit/describe-admin-event";

export type DescribableEvent = {
  kind: string;
  data: unknown;
  /** Title of the section the event names, when it names one and the caller found it. */
  sectionTitle?: string | null;
};

/** The Chinese name of an event kind; a kind this build no longer knows is shown as stored. */
export function auditKindLabel(kind: string): string {
  const parsed = auditKinds.safeParse(kind);
  return parsed.success ? auditKindLabels[parsed.data] : kind;
}

const actionLabels: Record<string, string> = {
  "report:open": "开始填写报告",
  "report:read": "查看报告",
  "report:edit": "修改报告",
  "report:submit": "提交审核",
  "report:comment": "提审核意见",
  "report:return": "退回修改",
  "report:approve": "审核通过",
  "report:publish": "发布",
  "report:correct": "发起更正",
  "report:withdraw": "撤回",
  "report:import": "导入报告",
  "report:import-published": "导入并发布历史报告",
  "comment:answer": "答复意见",
  "comment:resolve": "解决意见",
  "audit:read": "查看操作记录",
  "audit:list": "查看审计日志",
};

const deniedReasons: Record<string, string> = {
  NOT_FOUND: "对象不存在或无权查看",
  FORBIDDEN: "无此权限",
  INVALID_TRANSITION: "报告状态不允许",
};

const sessionEndReasons: Record<string, string> = {
  LOGOUT: "退出登录",
  ENDED_BY_USER: "由本人结束",
  ENDED_BY_ADMIN: "由管理员结束",
  PASSWORD_CHANGED: "修改密码后退出",
  PASSWORD_RESET: "重置密码后退出",
  DEACTIVATED: "账号停用",
  ROLE_CHANGED: "角色或单位变更",
  LOCKED: "账号锁定",
  IDLE: "30 分钟无操作",
  EXPIRED: "登录满 12 小时",
};

const exportLabels: Record<string, string> = { audit: "审计日志", reports: "报告汇总" };

// Long free text (a reason, a note) is cut so one log line stays one line.
const maxQuoted = 120;

function record(data: unknown): Record<string, unknown> {
  return data && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}

function text(data: Record<string, unknown>, key: string): string | null {
  const value = data[key];
  if (typeof value !== "string") return null;
  const trimmed = value.trim();
  if (!trimmed) return null;
  return trimmed.length > maxQuoted ? `${trimmed.slice(0, maxQuoted)}…` : trimmed;
}

function count(data: Record<string, unknown>, key: string): number | null {
  const value = data[key];
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

function statusLabel(value: unknown): string | null {
  return typeof value === "string" && value in statusLabels ? statusLabels[value as ReportStatus] : null;
}

function quoted(title: string | null | undefined): string {
  return title ? `“${title}”` : "";
}

/** 状态 已提交 → 已退回, when the event stored both ends of the transition. */
function transition(data: Record<string, unknown>): string | null {
  const from = statusLabel(data.from);
  const to = statusLabel(data.to);
  if (from && to) return `状态 ${from} → ${to}`;
  return to ? `状态改为 ${to}` : null;
}

function transitionParts(data: Record<string, unknown>): string[] {
  const revision = count(data, "revision");
  const indexNumber = text(data, "indexNumber");
  const correctionNote = text(data, "correctionNote");
  const reason = text(data, "reason");
  const openComments = count(data, "openComments");
  return [
    transition(data),
    openComments !== null ? `待处理意见 ${openComments} 条` : null,
    revision !== null ? `存档为第 ${revision} 版` : null,
    indexNumber ? `索引号 ${indexNumber}` : null,
    correctionNote ? `更正说明：${correctionNote}` : null,
    reason ? `${data.to === "WITHDRAWN" ? "撤回原因" : "原因"}：${reason}` : null,
  ].filter((part): part is string => part !== null);
}

function describeParts(kind: string, data: Record<string, unknown>, sectionTitle: string | null): string[] {
  const section = quoted(sectionTitle ?? text(data, "title"));
  switch (kind) {
    case "REPORT_CREATED": {
      const year = count(data, "year");
      return [year !== null ? `开始填写 ${year} 年度报告` : "开始填写报告"];
    }
    case "SECTION_SAVED": {
      const version = count(data, "version");
      const characters = count(data, "characters");
      return [
        `${section}${version !== null ? `保存为第 ${version} 版` : "已保存"}`,
        characters !== null ? `正文 ${characters} 字` : null,
      ].filter((part): part is string => part !== null);
    }
    case "SECTION_ADDED":
      return [`增加小节${quoted(text(data, "title") ?? sectionTitle)}`];
    case "SECTION_REMOVED": {
      const version = count(data, "version");
      // The removed text itself stays in the event's data; the log names it but does not print it.
      return [`删除小节${quoted(text(data, "title") ?? sectionTitle)}`, version !== null ? `删除前为第 ${version} 版` : null].filter(
        (part): part is string => part !== null,
      );
    }
    case "REPORT_SUBMITTED":
    case "REPORT_SIGNOFF_REQUESTED":
    case "REPORT_SIGNED_OFF":
    case "REPORT_SIGNOFF_REFUSED":
    case "REPORT_RETURNED":
    case "REPORT_APPROVED":
    case "REPORT_PUBLISHED":
    case "REPORT_REOPENED":
    case "REPORT_CORRECTED":
    case "REPORT_WITHDRAWN":
      return transitionParts(data);
    case "REPORT_IMPORTED": {
      const source = text(data, "sourceName");
      const characters = count(data, "characters");
      const sections = Array.isArray(data.sections) ? data.sections.length : null;
      return [
        source ? `从“${source}”导入` : "导入",
        sections !== null ? `写入 ${sections} 个部分` : null,
        characters !== null ? `共 ${characters} 字` : null,
        data.published === true ? `作为历史报告直接发布${text(data, "publishedAt") ? `，原发布日期 ${text(data, "publishedAt")}` : ""}` : null,
      ].filter((part): part is string => part !== null);
    }
    case "REPORT_URGED": {
      const message = text(data, "message");
      return [`催报${count(data, "year") !== null ? ` ${count(data, "year")} 年度报告` : ""}`, message ? `附言：${message}` : null].filter((part): part is string => part !== null);
    }
    case "REMINDERS_SENT": {
      const units = count(data, "unitReminders");
      const notifications = count(data, "notifications");
      return [units !== null ? `提醒 ${units} 个单位` : null, notifications !== null ? `共 ${notifications} 条通知` : null].filter((part): part is string => part !== null);
    }
    case "MAIL_RESENT": {
      const to = text(data, "to");
      return [to ? `重新发送给 ${to}` : "重新发送"];
    }
    case "COMMENT_ADDED":
      return [section ? `对${section}提出意见` : "对整份报告提出意见"];
    case "COMMENT_ANSWERED":
      return [section ? `答复${section}的意见` : "答复整份报告的意见"];
    case "COMMENT_RESOLVED":
      return [section ? `${section}的意见已解决` : "整份报告的意见已解决"];
    case "AUTH_LOGIN_FAILED": {
      const login = text(data, "login");
      const failures = count(data, "failures");
      const reason = text(data, "reason");
      return [
        login ? `账号 ${login}` : null,
        reason === "unknown" ? "账号不存在" : reason === "inactive" ? "账号已停用" : null,
        // Old rows counted per account; new ones per (account, address).
        failures !== null ? (reason ? `该地址连续第 ${failures} 次失败` : `连续第 ${failures} 次密码错误`) : null,
        reason === "locked" ? "锁定期间尝试登录" : null,
      ].filter((part): part is string => part !== null);
    }
    case "AUTH_LOCKED": {
      const until = text(data, "until");
      const date = until ? new Date(until) : null;
      if (date && !Number.isNaN(date.getTime())) return [`锁定至 ${formatAuditTime(date)}`];
      const ip = text(data, "ip");
      const login = text(data, "login");
      const minutes = count(data, "minutes");
      if (data.scope === "IP") return [`地址 ${ip ?? "未知"} 登录失败过多，暂停该地址登录${minutes !== null ? ` ${minutes} 分钟` : ""}`];
      if (data.scope === "ACCOUNT_IP") return [`账号 ${login ?? "未知"} 在地址 ${ip ?? "未知"} 登录失败过多，暂停${minutes !== null ? ` ${minutes} 分钟` : ""}`];
      return ["账号已锁定"];
    }
    case "AUTH_SESSION_ENDED": {
      const reason = text(data, "reason");
      const sessions = count(data, "count");
      return [reason ? (sessionEndReasons[reason] ?? reason) : null, sessions !== null && sessions > 1 ? `共 ${sessions} 个会话` : null].filter(
        (part): part is string => part !== null,
      );
    }
    case "AUTH_PASSWORD_CHANGED": {
      const ended = count(data, "endedSessions");
      return ended ? [`其他 ${ended} 个会话已退出`] : [];
    }
    case "AUTH_UNLOCKED": {
      const login = text(data, "login");
      const ip = text(data, "ip");
      return [login ? `账号 ${login}` : ip ? `地址 ${ip}` : null].filter((part): part is string => part !== null);
    }
    case "PAGE_DENIED": {
      const path = text(data, "path");
      const reason = text(data, "reason");
      return [path ? `打开 ${path}` : null, reason === "OTHER_UNIT" ? "其他单位的报告" : reason ? "无权查看" : null].filter(
        (part): part is string => part !== null,
      );
    }
    case "PERMISSION_DENIED": {
      const action = text(data, "action");
      const code = text(data, "code");
      return [
        action ? `尝试“${actionLabels[action] ?? action}”被拒绝` : "操作被拒绝",
        code ? (deniedReasons[code] ?? code) : null,
      ].filter((part): part is string => part !== null);
    }
    case "DATA_EXPORTED": {
      const what = text(data, "what");
      const rows = count(data, "rows");
      return [`导出${what ? (exportLabels[what] ?? what) : "数据"}`, rows !== null ? `共 ${rows} 条` : null].filter(
        (part): part is string => part !== null,
      );
    }
    default:
      return describeUnitEvent(kind, data) ?? describeAdminParts(kind, data);
  }
}

/** One sentence such as "状态 已提交 → 已退回；待处理意见 2 条"; empty when there is nothing to add to the kind's label. */
export function describeEvent(event: DescribableEvent): string {
  return describeParts(event.kind, record(event.data), event.sectionTitle ?? null).join("；");
}
