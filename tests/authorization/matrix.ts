// The authorization matrix (issue 11 §6): every server action and route handler, with what each
// kind of caller gets. Pure data, so the completeness test, the DESIGN.md §3 check and the docs
// read it without a server or a database; tests/authorization/builders.ts holds, per row, how to
// build a valid request, and tests/e2e/authorization-matrix.spec.ts sends it as each actor.
//
// Adding an entry point: add a row here (the completeness test names what is missing), a builder
// with the same id (the type of `builders` requires one), then `npm run docs:authz`.
import type { DesignRule } from "./design-rules";

export const actorKeys = ["signedOut", "clerkOwnUnit", "clerkOtherUnit", "reviewer", "admin"] as const;
export type ActorKey = (typeof actorKeys)[number];

export const outcomes = ["ok", "login", "notFound", "forbidden", "invalid"] as const;
/**
 * ok: done (HTTP 2xx/304, `{ ok: true }`, or the action's redirect to its result page);
 * login: must sign in (redirect to /login, HTTP 401, or code UNAUTHENTICATED);
 * notFound: answered as if it did not exist (HTTP 404, code NOT_FOUND);
 * forbidden: refused for the role (HTTP 403, code FORBIDDEN);
 * invalid: allowed in principle but refused by the resource's state (INVALID_TRANSITION and kin).
 */
export type Outcome = (typeof outcomes)[number];

export const httpMethods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
export type HttpMethod = (typeof httpMethods)[number];

export type EntryPoint =
  | { kind: "action"; file: string; name: string }
  /** pages/api handlers take every method: "*". */
  | { kind: "route"; file: string; method: HttpMethod | "*" };

/** What the request acts on, for the DESIGN.md §3 check: its visibility decides notFound vs forbidden. */
export type Resource =
  | { kind: "report"; status: "DRAFT" | "SUBMITTED" | "RETURNED" | "APPROVED" | "PUBLISHED" }
  /** A page-like listing (the review desk, the audit log): invisible to whoever may not use it. */
  | { kind: "listing" }
  /** Public data: published reports only. */
  | { kind: "public" }
  /** Nothing the caller names: the action works on the caller's own unit, or on the app itself. */
  | { kind: "none" };

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
};
const action = (file: string, name: string): EntryPoint => ({ kind: "action", file, name });
const route = (file: string, method: HttpMethod | "*"): EntryPoint => ({ kind: "route", file, method });

const draft = { kind: "report", status: "DRAFT" } as const;
const submitted = { kind: "report", status: "SUBMITTED" } as const;
const approved = { kind: "report", status: "APPROVED" } as const;
const published = { kind: "report", status: "PUBLISHED" } as const;

/** The clerk's rows: the own unit's clerk may, while the report is theirs to write. */
const clerkOnDraft = { signedOut: "login", clerkOwnUnit: "ok", clerkOtherUnit: "notFound", reviewer: "notFound", admin: "notFound" } as const;
/** The reviewer's rows, on a report the district can see. */
const reviewerDecides = { signedOut: "login", clerkOwnUnit: "forbidden", clerkOtherUnit: "notFound", reviewer: "ok", admin: "forbidden" } as const;
const everyone = { signedOut: "ok", clerkOwnUnit: "ok", clerkOtherUnit: "ok", reviewer: "ok", admin: "ok" } as const;
const nobody = { signedOut: "notFound", clerkOwnUnit: "notFound", clerkOtherUnit: "notFound", reviewer: "notFound", admin: "notFound" } as const;
const districtListing = { signedOut: "login", clerkOwnUnit: "notFound", clerkOtherUnit: "notFound", reviewer: "ok", admin: "ok" } as const;

export const matrix = [
  // ── clerk: drafting and submitting ─────────────────────────────────────────────────────────
  {
    id: "open-report",
    entry: action(files.open, "openReportAction"),
    rule: "edit",
    resource: { kind: "none" },
    given: "一个开放中的年度（每个填报人打开的都是本单位的报告）",
    expect: { signedOut: "login", clerkOwnUnit: "ok", clerkOtherUnit: "ok", reviewer: "forbidden", admin: "forbidden" },
    note: "没有可伪造的报告编号：单位取自登录用户。",
  },
  { id: "save-section", entry: action(files.section, "saveSectionAction"), rule: "edit", resource: draft, given: "本单位起草中的报告的一个部分", expect: clerkOnDraft },
  {
    id: "save-section-submitted",
    entry: action(files.section, "saveSectionAction"),
    rule: "edit",
    resource: submitted,
    given: "已提交（审核中）的报告的一个部分",
    expect: { signedOut: "login", clerkOwnUnit: "invalid", clerkOtherUnit: "notFound", reviewer: "forbidden", admin: "forbidden" },
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
    expect: { signedOut: "login", clerkOwnUnit: "ok", clerkOtherUnit: "notFound", reviewer: "forbidden", admin: "forbidden" },
  },
  // ── reviewer: deciding and publishing ──────────────────────────────────────────────────────
  { id: "add-comment", entry: action(files.decide, "addCommentAction"), rule: "review", resource: submitted, given: "已提交的报告", expect: reviewerDecides },
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
    expect: { signedOut: "login", clerkOwnUnit: "forbidden", clerkOtherUnit: "notFound", reviewer: "notFound", admin: "notFound" },
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
  // ── sign-in and the app's own endpoint ─────────────────────────────────────────────────────
  { id: "auth-get", entry: route("app/api/auth/[...nextauth]/route.ts", "GET"), rule: "sign-in", resource: { kind: "none" }, given: "GET /api/auth/session（当前会话）", expect: everyone },
  { id: "auth-post", entry: route("app/api/auth/[...nextauth]/route.ts", "POST"), rule: "sign-in", resource: { kind: "none" }, given: "POST /api/auth/callback/credentials（用另一个账号登录）", expect: everyone },
  {
    id: "revalidate-report-pages",
    entry: route("pages/api/revalidate-report-pages.ts", "*"),
    rule: "internal",
    resource: { kind: "none" },
    given: "POST 刷新报告页（不带应用自己的令牌）",
    expect: { signedOut: "forbidden", clerkOwnUnit: "forbidden", clerkOtherUnit: "forbidden", reviewer: "forbidden", admin: "forbidden" },
    note: "只接受应用用 NEXTAUTH_SECRET 派生的令牌调用；任何登录用户的会话都不算数。",
  },
] as const satisfies readonly MatrixRow[];

export type RowId = (typeof matrix)[number]["id"];
