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
  NOTHING_TO_URGE: "没有需要催报的单位：所选单位都已报送。",
  YEAR_NOT_FOUND: "没有这个报告年度。",
  MAIL_NOT_FAILED: "这封邮件不是发送失败的状态，无需重发。",
  BAD_PUBLISH_DATE: "发布日期不能晚于今天，也不能早于报告年度结束或上次发布的日期。",
  // Reading an uploaded report (lib/import/read-source-file.ts): what happened, then what to do.
  IMPORT_TOO_LARGE: "文件超过 10 MB，无法导入。报告的文字通常只有几百 KB，多出的大小一般来自图片：请删去图片后另存再导入，或直接复制粘贴正文。",
  IMPORT_EMPTY: "文件是空的（0 字节），没有可导入的内容。请确认选对了文件，或在 Word、WPS 中重新保存后再导入。",
  IMPORT_NO_TEXT: "文件中没有文字，无法导入。请确认选对了文件，或直接复制粘贴报告正文。",
  IMPORT_IMAGES_ONLY: "文档中只有图片，没有可导入的文字。扫描件或截图请先用文字识别（OCR）转成文字，再导入或粘贴。",
  IMPORT_LEGACY_WORD: "这是旧版 Word/WPS 格式（.doc、.wps），无法直接读取。请在 Word 或 WPS 中打开该文件，另存为 .docx 后再导入。",
  IMPORT_ENCRYPTED: "文件设置了打开密码，无法读取。请在 Word 或 WPS 中打开文件，取消密码后另存，再导入。",
  IMPORT_CORRUPT: "文件已损坏或不是 Word 文档，无法读取。请在 Word 或 WPS 中打开确认内容正常，另存为 .docx 后再导入；也可以直接复制粘贴正文。",
  IMPORT_NOT_TEXT: "文件不是纯文本（里面有文字以外的内容，可能是别的文件改了扩展名），无法作为 .txt 读取。请用记事本打开确认，或直接复制粘贴正文。",
  IMPORT_UNSUPPORTED_TYPE: "不支持这种文件。可以导入 Word 文档（.docx）、纯文本文件（.txt），或直接复制粘贴报告正文；PDF 请先复制其中的文字粘贴进来，或转换成 .docx。",
  SIGNOFF_PENDING: "还有报告正在等待单位负责人审签，暂不能关闭单位审签。请待这些报告审签通过或退回后再关闭。",
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
