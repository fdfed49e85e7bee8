import { z } from "zod";

// Stored in AuditEvent.kind; changing a name is a schema change (old rows keep the old name).
export const auditKinds = z.enum([
  "AUTH_LOGIN",
  "AUTH_LOGIN_FAILED",
  "AUTH_LOCKED",
  "AUTH_LOGOUT",
  "REPORT_CREATED",
  "SECTION_SAVED",
  "SECTION_ADDED",
  "SECTION_REMOVED",
  "REPORT_SUBMITTED",
  "REPORT_RETURNED",
  "REPORT_APPROVED",
  "REPORT_PUBLISHED",
  "REPORT_REOPENED",
  "REPORT_CORRECTED",
  "REPORT_WITHDRAWN",
  "COMMENT_ADDED",
  "COMMENT_ANSWERED",
  "COMMENT_RESOLVED",
  "PERMISSION_DENIED",
  "DATA_EXPORTED",
]);
export type AuditKind = z.infer<typeof auditKinds>;

export const auditKindLabels: Record<AuditKind, string> = {
  AUTH_LOGIN: "登录",
  AUTH_LOGIN_FAILED: "登录失败",
  AUTH_LOCKED: "账号锁定",
  AUTH_LOGOUT: "退出登录",
  REPORT_CREATED: "创建报告",
  SECTION_SAVED: "保存章节",
  SECTION_ADDED: "增加小节",
  SECTION_REMOVED: "删除小节",
  REPORT_SUBMITTED: "提交审核",
  REPORT_RETURNED: "退回修改",
  REPORT_APPROVED: "审核通过",
  REPORT_PUBLISHED: "发布",
  REPORT_REOPENED: "发起更正",
  REPORT_CORRECTED: "发布更正",
  REPORT_WITHDRAWN: "撤回",
  COMMENT_ADDED: "审核意见",
  COMMENT_ANSWERED: "答复意见",
  COMMENT_RESOLVED: "意见已解决",
  PERMISSION_DENIED: "越权操作被拒绝",
  DATA_EXPORTED: "导出数据",
};
