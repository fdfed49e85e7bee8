// The kinds a user can be notified of; stored in Notification.kind and NotificationPreference.kind.
// Each user chooses per kind whether it also comes by e-mail (lib/notifications/preferences.ts).
import type { Role } from "@/lib/auth/permissions";

export const notificationKinds = [
  "SUBMITTED",
  "SIGNOFF_REQUESTED",
  "SIGNOFF_GIVEN",
  "SIGNOFF_REFUSED",
  "RETURNED",
  "COMMENT_ADDED",
  "APPROVED",
  "PUBLISHED",
  "CORRECTION_REQUESTED",
  "WITHDRAWN",
  "URGED",
  "DEADLINE",
  "LATE_DIGEST",
  "PUBLISH_DEADLINE",
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

export const notificationKindLabels: Record<NotificationKind, string> = {
  SUBMITTED: "单位提交或重新提交报告",
  SIGNOFF_REQUESTED: "报告送单位负责人审签",
  SIGNOFF_GIVEN: "单位负责人审签通过",
  SIGNOFF_REFUSED: "单位负责人退回修改",
  RETURNED: "报告被退回修改",
  COMMENT_ADDED: "新的审核意见",
  APPROVED: "报告审核通过",
  PUBLISHED: "报告已发布",
  CORRECTION_REQUESTED: "发起更正",
  WITHDRAWN: "报告被撤回",
  URGED: "催报",
  DEADLINE: "报送截止提醒",
  LATE_DIGEST: "逾期未报单位汇总",
  PUBLISH_DEADLINE: "公开截止提醒",
};

/** Which kinds reach which role: the preferences page lists only these. */
export const kindsByRole: Record<Role, readonly NotificationKind[]> = {
  CLERK: ["SIGNOFF_GIVEN", "SIGNOFF_REFUSED", "RETURNED", "COMMENT_ADDED", "APPROVED", "PUBLISHED", "CORRECTION_REQUESTED", "WITHDRAWN", "URGED", "DEADLINE"],
  UNIT_HEAD: ["SIGNOFF_REQUESTED", "RETURNED", "COMMENT_ADDED", "APPROVED", "PUBLISHED", "CORRECTION_REQUESTED", "WITHDRAWN", "URGED", "DEADLINE"],
  REVIEWER: ["SUBMITTED", "LATE_DIGEST", "PUBLISH_DEADLINE"],
  ADMIN: [],
};
