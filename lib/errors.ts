// Expected failures carry a code; the Chinese message for each code lives here, once.
export const errorMessages = {
  NOT_FOUND: "未找到该内容，或您无权查看。",
  FORBIDDEN: "您没有执行此操作的权限。",
  UNAUTHENTICATED: "登录已失效，请重新登录。",
  INVALID_TRANSITION: "报告当前状态不允许此操作，请刷新页面查看最新状态。",
  INVALID_INPUT: "填写内容有误，请按提示修改。",
  CONFLICT: "该部分已被他人修改，您的内容尚未保存。请对照两个版本后再保存。",
  STALE_VIEW: "报告在您打开后已有变化，请刷新页面后再操作。",
  INCOMPLETE: "报告尚未填写完整，暂不能提交。",
  COMMENT_REQUIRED: "退回报告时至少要写一条修改意见。",
  OPEN_COMMENTS: "还有未答复的审核意见，请逐条答复后再提交。",
  YEAR_CLOSED: "该年度已关闭填报，不能再修改或提交报告。如需修改请联系管理员重新开启该年度。",
  NO_TEMPLATE: "该年度尚未配置报告模板，请联系管理员。",
  CORRECTION_NOTE_REQUIRED: "该报告已发布过，再次发布即为更正，须填写更正说明。",
  REASON_REQUIRED: "撤回报告须写明撤回原因。",
  WEAK_PASSWORD: "新密码不符合要求。",
  PASSWORD_REUSED: "新密码不能与最近 5 次用过的密码相同。",
  WRONG_PASSWORD: "当前密码不正确。",
  PASSWORD_CHANGE_REQUIRED: "请先修改初始密码，再进行其他操作。",
  BAD_PUBLISH_DATE: "发布日期不能晚于今天，也不能早于报告年度结束或上次发布的日期。",
} as const;

export type ErrorCode = keyof typeof errorMessages;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly details?: unknown,
  ) {
    super(message ?? errorMessages[code]);
    this.name = "AppError";
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
