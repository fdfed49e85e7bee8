// The authorization matrix (issue 11 §6): every server action and route handler, with what each
// kind of caller gets. Pure data, so the completeness test, the DESIGN.md §3 check and the docs
// read it without a server or a database; tests/authorization/builders.ts holds, per row, how to
// build a valid request, and tests/e2e/authorization-matrix.spec.ts sends it as each actor.
//
// Adding an entry point: add a row here (the completeness test names what is missing), a builder
// with the same id (the type of `builders` requires one), then `npm run docs:authz`.
import type { DesignRule } from "./design-rules";

import { actorKeys, outcomes, type ActorKey, type Outcome, type Resource } from "./vocabulary";

export { actorKeys, outcomes };
export type { ActorKey, Outcome, Resource };

export const httpMethods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
export type HttpMethod = (typeof httpMethods)[number];

export type EntryPoint =
  | { kind: "action"; file: string; name: string }
  /** pages/api handlers take every method: "*". */
  | { kind: "route"; file: string; method: HttpMethod | "*" };

export type MatrixRow = {
  /** Stable id; the builder of the same id makes the request. */
  id: string;
  entry: EntryPoint;
  /** The DESIGN.md §3 rule the row follows. */
  rule: DesignRule;
  resource: Resource;
  /** What the request acts on, in Chinese (docs). */
  given: string;
  expect: Record<ActorKey, Outcome>;
  /**
   * Every signed-in actor is a new account of its role for this cell (rows that change the
   * caller's own account: password, sessions), so the worker's shared sessions stay usable.
   */
  freshActor?: boolean;
  /** Actors the rule allows but the resource's state refuses (expected "invalid"). */
  refusedByState?: readonly ActorKey[];
  note?: string;
};

export function entryKey(entry: EntryPoint): string {
  return entry.kind === "action" ? `${entry.file}#${entry.name}` : `${entry.file} ${entry.method}`;
}

const workspace = "app/(workspace)/workspace";
const review = "app/(workspace)/review";
const files = {
  open: `${workspace}/actions.ts`,
  report: `${workspace}/reports/[reportId]/actions.ts`,
  section: `${workspace}/reports/[reportId]/sections/[key]/actions.ts`,
  history: `${workspace}/reports/[reportId]/sections/[key]/history/actions.ts`,
  decide: `${review}/reports/[reportId]/actions.ts`,
  batch: `${review}/publish/actions.ts`,
  units: "app/(workspace)/admin/units/actions.ts",
  users: "app/(workspace)/admin/users/actions.ts",
  years: "app/(workspace)/admin/years/actions.ts",
  settings: "app/(workspace)/admin/settings/actions.ts",
  password: "app/(workspace)/account/password/actions.ts",
  sessions: "app/(workspace)/account/sessions/actions.ts",
  import: `${workspace}/import/actions.ts`,
  urge: `${review}/urge/actions.ts`,
  signOff: `${workspace}/reports/[reportId]/signoff/actions.ts`,
  notifications: "app/(workspace)/notifications/actions.ts",
  notificationSettings: "app/(workspace)/notifications/settings/actions.ts",
  mail: "app/(workspace)/admin/mail/actions.ts",
};
const action = (file: string, name: string): EntryPoint => ({ kind: "action", file, name });
const route = (file: string, method: HttpMethod | "*"): EntryPoint => ({ kind: "route", file, method });

const draft = { kind: "report", status: "DRAFT" } as const;
const submitted = { kind: "report", status: "SUBMITTED" } as const;
const approved = { kind: "report", status: "APPROVED" } as const;
const published = { kind: "report", status: "PUBLISHED" } as const;
const awaitingSignOff = { kind: "report", status: "AWAITING_SIGNOFF" } as const;

/** The clerk's rows: the own unit's clerk may, while the report is theirs to write. */
const clerkOnDraft = { signedOut: "login", clerkOwnUnit: "ok", clerkOtherUnit: "notFound", unitHeadOwnUnit: "forbidden", reviewer: "notFound", admin: "notFound" } as const;
/** The reviewer's rows, on a report the district can see. */
const reviewerDecides = { signedOut: "login", clerkOwnUnit: "forbidden", clerkOtherUnit: "notFound", unitHeadOwnUnit: "forbidden", reviewer: "ok", admin: "forbidden" } as const;
/** The unit head's rows: the own unit's head decides; the district does not see the report yet. */
const headSignsOff = { signedOut: "login", clerkOwnUnit: "forbidden", clerkOtherUnit: "notFound", unitHeadOwnUnit: "ok", reviewer: "notFound", admin: "notFound" } as const;
const everyone = { signedOut: "ok", clerkOwnUnit: "ok", clerkOtherUnit: "ok", unitHeadOwnUnit: "ok", reviewer: "ok", admin: "ok" } as const;
const nobody = { signedOut: "notFound", clerkOwnUnit: "notFound", clerkOtherUnit: "notFound", unitHeadOwnUnit: "notFound", reviewer: "notFound", admin: "notFound" } as const;
const adminOnly = { signedOut: "login", clerkOwnUnit: "forbidden", clerkOtherUnit: "forbidden", unitHeadOwnUnit: "forbidden", reviewer: "forbidden", admin: "ok" } as const;
const signedIn = { signedOut: "login", clerkOwnUnit: "ok", clerkOtherUnit: "ok", unitHeadOwnUnit: "ok", reviewer: "ok", admin: "ok" } as const;
const districtListing = { signedOut: "login", clerkOwnUnit: "notFound", clerkOtherUnit: "notFound", unitHeadOwnUnit: "notFound", reviewer: "ok", admin: "ok" } as const;

export const matrix = [
  // ── clerk: drafting and submitting ─────────────────────────────────────────────────────────
  {
    id: "open-report",
    entry: action(files.open, "openReportAction"),
    rule: "edit",
    resource: { kind: "none" },
    given: "一个开放中的年度（每个填报人打开的都是本单位的报告）",
    expect: { signedOut: "login", clerkOwnUnit: "ok", clerkOtherUnit: "ok", unitHeadOwnUnit: "forbidden", reviewer: "forbidden", admin: "forbidden" },
    note: "没有可伪造的报告编号：单位取自登录用户。",
  },
  { id: "save-section", entry: action(files.section, "saveSectionAction"), rule: "edit", resource: draft, given: "本单位起草中的报告的一个部分", expect: clerkOnDraft },
  {
    id: "save-section-submitted",
    entry: action(files.section, "saveSectionAction"),
    rule: "edit",
    resource: submitted,
    given: "已提交（审核中）的报告的一个部分",
    expect: { signedOut: "login", clerkOwnUnit: "invalid", clerkOtherUnit: "notFound", unitHeadOwnUnit: "forbidden", reviewer: "forbidden", admin: "forbidden" },
    refusedByState: ["clerkOwnUnit"],
  },
  { id: "restore-section-version", entry: action(files.history, "restoreSectionVersionAction"), rule: "edit", resource: draft, given: "起草中的报告的一个部分的第 1 版（当前第 2 版）", expect: clerkOnDraft },
  { id: "add-section", entry: action(files.report, "addSectionAction"), rule: "edit", resource: draft, given: "起草中的报告的一个一级标题", expect: clerkOnDraft },
  { id: "remove-section", entry: action(files.report, "removeSectionAction"), rule: "edit", resource: draft, given: "起草中的报告里本单位自行增加的小节", expect: clerkOnDraft },
  { id: "submit-report", entry: action(files.report, "submitReportAction"), rule: "submit", resource: draft, given: "已填写完整的起草中的报告", expect: clerkOnDraft },
  {
    id: "answer-comment",
    entry: action(files.report, "answerCommentAction"),
    rule: "edit",
    resource: { kind: "report", status: "RETURNED" },
    given: "已退回的报告上一条未答复的审核意见",
    expect: { signedOut: "login", clerkOwnUnit: "ok", clerkOtherUnit: "notFound", unitHeadOwnUnit: "forbidden", reviewer: "forbidden", admin: "forbidden" },
  },
  // ── importing an existing report ────────────────────────────────────────────────────────────
  {
    id: "analyse-import",
    entry: action(files.import, "analyseImportAction"),
    rule: "import",
    resource: draft,
    given: "起草中的报告，粘贴一段报告文字预览拆分",
    expect: { signedOut: "login", clerkOwnUnit: "ok", clerkOtherUnit: "notFound", unitHeadOwnUnit: "forbidden", reviewer: "forbidden", admin: "ok" },
    note: "只读取和拆分，不写入。没有导入权的角色在读取文字之前就被拒绝。",
  },
  {
    id: "confirm-import",
    entry: action(files.import, "confirmImportAction"),
    rule: "import",
    resource: draft,
    given: "起草中的报告，确认导入一段报告文字",
    expect: { signedOut: "login", clerkOwnUnit: "ok", clerkOtherUnit: "notFound", unitHeadOwnUnit: "forbidden", reviewer: "forbidden", admin: "ok" },
  },
  {
    id: "confirm-import-submitted",
    entry: action(files.import, "confirmImportAction"),
    rule: "import",
    resource: submitted,
    given: "已提交（审核中）的报告，确认导入",
    expect: { signedOut: "login", clerkOwnUnit: "invalid", clerkOtherUnit: "notFound", unitHeadOwnUnit: "forbidden", reviewer: "forbidden", admin: "invalid" },
    refusedByState: ["clerkOwnUnit", "admin"],
  },
  {
    id: "analyse-import-historical",
    entry: action(files.import, "analyseImportAction"),
    rule: "import-published",
    resource: { kind: "none" },
    given: "一个尚无报告的单位和已结束的年度，预览历史报告",
    expect: adminOnly,
  },
  {
    id: "confirm-import-historical",
    entry: action(files.import, "confirmImportAction"),
    rule: "import-published",
    resource: { kind: "none" },
    given: "一个尚无报告的单位和已结束的年度，导入并按原日期发布",
    expect: adminOnly,
  },
  // ── the unit's own sign-off (issue 13 §3), in a year with it on ──────────────────────────────
  {
    id: "request-signoff",
    entry: action(files.report, "requestSignOffAction"),
    rule: "request-sign-off",
    resource: draft,
    given: "开启单位审签的年度里已填写完整的起草中的报告",
    expect: clerkOnDraft,
  },
  { id: "sign-off", entry: action(files.signOff, "signOffAction"), rule: "sign-off", resource: awaitingSignOff, given: "待单位审签的报告", expect: headSignsOff },
  { id: "refuse-signoff", entry: action(files.signOff, "refuseSignOffAction"), rule: "sign-off", resource: awaitingSignOff, given: "待单位审签的报告，附退回意见", expect: headSignsOff },
  { id: "signoff-comment", entry: action(files.signOff, "addSignOffCommentAction"), rule: "comment", resource: awaitingSignOff, given: "待单位审签的报告的一个部分", expect: headSignsOff },
  // ── notifications and mail (issue 13 §1) ─────────────────────────────────────────────────────
  { id: "mark-notification-read", entry: action(files.notifications, "markReadAction"), rule: "notifications", resource: { kind: "none" }, given: "调用者自己的一条未读通知", expect: signedIn },
  {
    id: "mark-all-notifications-read",
    entry: action(files.notifications, "markAllReadAction"),
    rule: "notifications",
    resource: { kind: "none" },
    given: "调用者自己的未读通知",
    expect: signedIn,
    note: "只改调用者自己的通知：没有可伪造的编号。",
  },
  { id: "open-notification", entry: action(files.notifications, "openNotificationAction"), rule: "notifications", resource: { kind: "none" }, given: "调用者自己的一条未读通知，打开其链接", expect: signedIn },
  {
    id: "save-notification-settings",
    entry: action(files.notificationSettings, "saveNotificationSettingsAction"),
    rule: "notifications",
    resource: { kind: "none" },
    given: "调用者自己的通知设置（两类同时发邮件）",
    expect: signedIn,
  },
  { id: "resend-mail", entry: action(files.mail, "resendMailAction"), rule: "manage", resource: { kind: "none" }, given: "本区一封发送失败的邮件", expect: adminOnly },
  // ── 催报 (issue 13 §2) ─────────────────────────────────────────────────────────────────────
  {
    id: "urge-unit",
    entry: action(files.urge, "urgeAction"),
    rule: "urge",
    resource: { kind: "none" },
    given: "本区一个尚未报送的单位，附言“请本周内报送。”",
    expect: { signedOut: "login", clerkOwnUnit: "forbidden", clerkOtherUnit: "forbidden", unitHeadOwnUnit: "forbidden", reviewer: "ok", admin: "forbidden" },
  },
  // ── reviewer: deciding and publishing ──────────────────────────────────────────────────────
  {
    id: "add-comment",
    entry: action(files.decide, "addCommentAction"),
    rule: "comment",
    resource: submitted,
    given: "已提交的报告",
    expect: { ...reviewerDecides, unitHeadOwnUnit: "invalid" },
    // The unit head comments only while the report awaits the unit's own sign-off.
    refusedByState: ["unitHeadOwnUnit"],
  },
  {
    id: "resolve-comment",
    entry: action(files.decide, "resolveCommentAction"),
    rule: "review",
    resource: submitted,
    given: "已提交的报告上一条已答复的意见",
    expect: reviewerDecides,
  },
  { id: "return-report", entry: action(files.decide, "returnReportAction"), rule: "review", resource: submitted, given: "已提交的报告（附退回意见）", expect: reviewerDecides },
  { id: "approve-report", entry: action(files.decide, "approveReportAction"), rule: "review", resource: submitted, given: "已提交的报告", expect: reviewerDecides },
  {
    id: "approve-report-draft",
    entry: action(files.decide, "approveReportAction"),
    rule: "review",
    resource: draft,
    given: "尚未提交的（起草中的）报告",
    expect: { signedOut: "login", clerkOwnUnit: "forbidden", clerkOtherUnit: "notFound", unitHeadOwnUnit: "forbidden", reviewer: "notFound", admin: "notFound" },
    note: "区里看不到从未提交的报告，所以审核人得到“不存在”，而不是“状态不允许”。",
  },
  { id: "publish-report", entry: action(files.decide, "publishReportAction"), rule: "publish", resource: approved, given: "已通过的报告", expect: reviewerDecides },
  {
    id: "publish-report-submitted",
    entry: action(files.decide, "publishReportAction"),
    rule: "publish",
    resource: submitted,
    given: "已提交、尚未通过的报告",
    expect: { ...reviewerDecides, reviewer: "invalid" },
    refusedByState: ["reviewer"],
  },
  {
    id: "batch-publish",
    entry: action(files.batch, "batchPublishAction"),
    rule: "publish",
    resource: approved,
    given: "已通过的报告（批量发布页）",
    expect: { ...reviewerDecides, clerkOtherUnit: "forbidden" },
    note: "没有发布权的角色在读取任何报告之前就被拒绝，所以另一单位的填报人得到“无权”：回答与报告是否存在无关。",
  },
  { id: "reopen-for-correction", entry: action(files.decide, "reopenForCorrectionAction"), rule: "publish", resource: published, given: "已发布的报告", expect: reviewerDecides },
  { id: "withdraw-report", entry: action(files.decide, "withdrawReportAction"), rule: "publish", resource: published, given: "已发布的报告", expect: reviewerDecides },
  // ── downloads for the district ─────────────────────────────────────────────────────────────
  { id: "review-export", entry: route(`${review}/export/route.ts`, "GET"), rule: "read-district", resource: { kind: "listing" }, given: "审核台当前年度的表格（XLSX）", expect: districtListing },
  { id: "statistics-export", entry: route(`${review}/statistics/export/route.ts`, "GET"), rule: "read-district", resource: { kind: "listing" }, given: "本区一个年度的统计分析（XLSX，每个表一页）", expect: districtListing },
  { id: "statistics-chart", entry: route(`${review}/statistics/chart/route.ts`, "GET"), rule: "read-district", resource: { kind: "listing" }, given: "统计分析页的一张图（SVG 或 PNG）", expect: districtListing },
  {
    id: "compilation-word",
    entry: route(`${review}/compilation/word/route.ts`, "GET"),
    rule: "read-district",
    resource: { kind: "listing" },
    given: "本区一个年度已发布报告的汇编（Word）",
    expect: districtListing,
  },
  { id: "audit-export", entry: route(`${review}/audit/export/route.ts`, "GET"), rule: "audit-all", resource: { kind: "listing" }, given: "全区审计日志（CSV）", expect: districtListing },
  // ── public ────────────────────────────────────────────────────────────────────────────────
  { id: "word-download", entry: route("app/(public)/reports/[year]/[unit]/word/route.ts", "GET"), rule: "read-published", resource: { kind: "public" }, given: "已发布的报告的 Word 文件", expect: everyone },
  {
    id: "word-download-draft",
    entry: route("app/(public)/reports/[year]/[unit]/word/route.ts", "GET"),
    rule: "read-published",
    resource: draft,
    given: "起草中的报告的 Word 地址",
    expect: nobody,
    note: "公开接口只给已发布的文本，登录与否、什么角色都一样。",
  },
  { id: "open-data-metrics", entry: route("app/api/public/metrics/route.ts", "GET"), rule: "read-published", resource: { kind: "public" }, given: "一个年度已公开报告的统计指标", expect: everyone },
  { id: "public-compilation", entry: route("app/(public)/years/[year]/compilation/route.ts", "GET"), rule: "read-published", resource: { kind: "public" }, given: "一个年度已发布报告的汇编（Word）", expect: everyone },
  { id: "open-data-list", entry: route("app/api/public/reports/route.ts", "GET"), rule: "read-published", resource: { kind: "public" }, given: "已公开报告的列表", expect: everyone },
  { id: "open-data-report", entry: route("app/api/public/reports/[id]/route.ts", "GET"), rule: "read-published", resource: { kind: "public" }, given: "一份已发布的报告", expect: everyone },
  {
    id: "open-data-report-draft",
    entry: route("app/api/public/reports/[id]/route.ts", "GET"),
    rule: "read-published",
    resource: draft,
    given: "一份起草中的报告的编号",
    expect: nobody,
  },
  { id: "atom-feed", entry: route("app/feed.xml/route.ts", "GET"), rule: "read-published", resource: { kind: "public" }, given: "Atom 订阅源", expect: everyone },
  { id: "rss-feed", entry: route("app/rss.xml/route.ts", "GET"), rule: "read-published", resource: { kind: "public" }, given: "RSS 订阅源", expect: everyone },
  // ── admin: units, users, years, templates, settings (all in the walk's own district) ───────
  { id: "create-unit", entry: action(files.units, "createUnitAction"), rule: "manage", resource: { kind: "none" }, given: "新增一个单位", expect: adminOnly },
  { id: "update-unit", entry: action(files.units, "updateUnitAction"), rule: "manage", resource: { kind: "none" }, given: "修改一个单位的全称", expect: adminOnly },
  { id: "set-unit-active", entry: action(files.units, "setUnitActiveAction"), rule: "manage", resource: { kind: "none" }, given: "停用一个单位", expect: adminOnly },
  {
    id: "move-unit",
    entry: action(files.units, "moveUnitAction"),
    rule: "manage",
    resource: { kind: "none" },
    given: "把一个单位在同类中上移一位",
    expect: adminOnly,
    note: "表单动作不返回结果：结果从数据库读出（顺序变了为“完成”，记下的拒绝为“无权”）。",
  },
  {
    id: "import-units",
    entry: action(files.units, "importUnitsAction"),
    rule: "manage",
    resource: { kind: "none" },
    given: "确认导入一个新增单位的 CSV 文件",
    expect: adminOnly,
    note: "权限在读取文件之前检查。",
  },
  {
    id: "unit-template",
    entry: route("app/(workspace)/admin/units/template/route.ts", "GET"),
    rule: "manage",
    resource: { kind: "listing" },
    given: "单位导入模板（CSV，含本区现有单位）",
    expect: { signedOut: "login", clerkOwnUnit: "notFound", clerkOtherUnit: "notFound", unitHeadOwnUnit: "notFound", reviewer: "notFound", admin: "ok" },
  },
  { id: "create-user", entry: action(files.users, "createUserAction"), rule: "manage", resource: { kind: "none" }, given: "新增一个填报人账号", expect: adminOnly },
  { id: "update-user", entry: action(files.users, "updateUserAction"), rule: "manage", resource: { kind: "none" }, given: "修改一个账号的姓名", expect: adminOnly },
  { id: "set-user-active", entry: action(files.users, "setUserActiveAction"), rule: "manage", resource: { kind: "none" }, given: "停用一个账号", expect: adminOnly },
  { id: "reset-password", entry: action(files.users, "resetPasswordAction"), rule: "manage", resource: { kind: "none" }, given: "重置一个账号的密码", expect: adminOnly },
  { id: "unlock-user", entry: action(files.users, "unlockUserAction"), rule: "manage", resource: { kind: "none" }, given: "解除一个被锁定账号的锁定", expect: adminOnly },
  { id: "admin-end-session", entry: action(files.users, "endSessionAction"), rule: "manage", resource: { kind: "none" }, given: "结束另一个用户的一个会话（用户管理页）", expect: adminOnly },
  { id: "open-year", entry: action(files.years, "openYearAction"), rule: "manage", resource: { kind: "none" }, given: "开启一个新年度（法定默认提纲）", expect: adminOnly },
  { id: "update-year", entry: action(files.years, "updateYearAction"), rule: "manage", resource: { kind: "none" }, given: "修改一个年度的截止日期", expect: adminOnly },
  { id: "set-year-signoff", entry: action(files.years, "setYearSignOffAction"), rule: "manage", resource: { kind: "none" }, given: "为一个年度开启单位负责人审签", expect: adminOnly },
  { id: "set-year-open", entry: action(files.years, "setYearOpenAction"), rule: "manage", resource: { kind: "none" }, given: "重新开启一个已关闭的年度", expect: adminOnly },
  { id: "save-template", entry: action(files.years, "saveTemplateAction"), rule: "manage", resource: { kind: "none" }, given: "保存一个年度的街镇模板提纲", expect: adminOnly },
  {
    id: "update-settings",
    entry: action(files.settings, "updateSettingsAction"),
    rule: "manage",
    resource: { kind: "none" },
    given: "修改本区的网站标题（矩阵自己的区）",
    expect: adminOnly,
    note: "设置作用于登录用户所在的区：矩阵的管理员只改矩阵自己的区。",
  },
  // ── one's own account ─────────────────────────────────────────────────────────────────────
  { id: "change-password", entry: action(files.password, "changePasswordAction"), rule: "own-account", resource: { kind: "none" }, given: "修改自己的密码", expect: signedIn, freshActor: true },
  { id: "end-own-session", entry: action(files.sessions, "endSessionAction"), rule: "own-account", resource: { kind: "none" }, given: "结束自己的另一个会话", expect: signedIn, freshActor: true },
  {
    id: "end-session-of-another",
    entry: action(files.sessions, "endSessionAction"),
    rule: "manage",
    resource: { kind: "account" },
    given: "在“我的会话”页结束另一个用户的会话",
    expect: { signedOut: "login", clerkOwnUnit: "notFound", clerkOtherUnit: "notFound", unitHeadOwnUnit: "notFound", reviewer: "notFound", admin: "ok" },
    freshActor: true,
    note: "别人的会话对不能管理账号的人不存在；管理员可以结束本区任何人的会话。",
  },
  { id: "end-other-sessions", entry: action(files.sessions, "endOtherSessionsAction"), rule: "own-account", resource: { kind: "none" }, given: "结束自己的其他全部会话", expect: signedIn, freshActor: true },
  // ── sign-in and the app's own endpoint ─────────────────────────────────────────────────────
  { id: "health", entry: route("app/api/health/route.ts", "GET"), rule: "operations", resource: { kind: "none" }, given: "健康检查", expect: everyone },
  { id: "auth-get", entry: route("app/api/auth/[...nextauth]/route.ts", "GET"), rule: "sign-in", resource: { kind: "none" }, given: "GET /api/auth/session（当前会话）", expect: everyone },
  { id: "auth-post", entry: route("app/api/auth/[...nextauth]/route.ts", "POST"), rule: "sign-in", resource: { kind: "none" }, given: "POST /api/auth/callback/credentials（用另一个账号登录）", expect: everyone },
  {
    id: "revalidate-report-pages",
    entry: route("pages/api/revalidate-report-pages.ts", "*"),
    rule: "internal",
    resource: { kind: "none" },
    given: "POST 刷新报告页（不带应用自己的令牌）",
    expect: { signedOut: "forbidden", clerkOwnUnit: "forbidden", clerkOtherUnit: "forbidden", unitHeadOwnUnit: "forbidden", reviewer: "forbidden", admin: "forbidden" },
    note: "只接受应用用 NEXTAUTH_SECRET 派生的令牌调用；任何登录用户的会话都不算数。",
  },
] as const satisfies readonly MatrixRow[];

export type RowId = (typeof matrix)[number]["id"];
