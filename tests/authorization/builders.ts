// Per row of the matrix: the data a valid request needs, and the request itself. Each cell gets
// fresh data (a new unit and its report in the row's state), so an allowed request in one cell
// never changes what the next one sees. The type of `builders` makes a row without one a
// compile error.
import { testDb } from "@/tests/e2e/db";
import type { RowId } from "./matrix";
import { form, type ActionValue } from "./server-action";
import { createComment, createReport, createUser, matrixPassword, publishDate, reportState, uniqueId, type ReportStatus } from "./arrange";
import { accountBuilders } from "./account-builders";
import { adminBuilders } from "./admin-builders";
import { importBuilders } from "./import-builders";
import { notifyBuilders } from "./notify-builders";

import type { Builder, Cell, CellContext } from "./cell";

export type { Builder, Call, Cell, CellContext, Unit } from "./cell";

/** A report of the cell's unit in `status`, and the snapshot a refusal must leave unchanged. */
async function reportIn(ctx: CellContext, status: ReportStatus) {
  const report = await createReport(ctx.world, ctx.unit, status);
  return { ...report, snapshot: () => reportState(report.id) };
}

async function decision(ctx: CellContext, status: ReportStatus, fields: Record<string, string> = {}): Promise<Cell> {
  const report = await reportIn(ctx, status);
  return {
    call: { kind: "action", page: `/review/reports/${report.id}`, args: [null, form({ reportId: report.id, version: report.version, ...fields })] },
    snapshot: report.snapshot,
  };
}

async function saveSection(ctx: CellContext, status: ReportStatus): Promise<Cell> {
  const report = await reportIn(ctx, status);
  const input = { reportId: report.id, key: "law-study", version: 1, title: "（一）强化理论学习，筑牢法治根基", body: "矩阵测试写入的正文。", metrics: {} };
  return { call: { kind: "action", page: `/workspace/reports/${report.id}/sections/law-study`, args: [input] }, snapshot: report.snapshot };
}

async function wordOfDraft(ctx: CellContext, path: (report: { id: string }) => string): Promise<Cell> {
  const report = await reportIn(ctx, "DRAFT");
  return { call: { kind: "http", method: "GET", path: path(report) }, snapshot: report.snapshot };
}

/** The seeded 珍溪镇 2022 report, published by the seed and never changed by any spec. */
async function seededPublished() {
  return testDb.report.findFirstOrThrow({ where: { unit: { slug: "zhenxi" }, year: { year: 2022 }, status: "PUBLISHED" }, select: { id: true } });
}

/** Batch publishing answers ok with one outcome per report; the report's own outcome is the cell's. */
function firstItem(value: ActionValue): ActionValue {
  if (!value.ok || !Array.isArray(value.data)) return value;
  const refused = (value.data as { ok: boolean; code?: string; message?: string }[]).find((item) => !item.ok);
  return refused ? { ok: false, code: refused.code, message: refused.message } : value;
}

export const builders: Record<RowId, Builder> = {
  "open-report": async ({ world }) => ({
    call: { kind: "action", page: "/workspace", args: [world.year] },
    snapshot: () => testDb.report.findMany({ where: { yearId: world.yearId }, orderBy: { id: "asc" }, select: { id: true } }),
  }),
  "save-section": (ctx) => saveSection(ctx, "DRAFT"),
  "save-section-submitted": (ctx) => saveSection(ctx, "SUBMITTED"),
  "restore-section-version": async (ctx) => {
    const report = await reportIn(ctx, "DRAFT");
    const section = await testDb.reportSection.update({
      where: { reportId_key: { reportId: report.id, key: "law-study" } },
      data: { version: 2 },
      select: { id: true, title: true, body: true },
    });
    await testDb.sectionVersion.createMany({
      data: [
        { sectionId: section.id, version: 1, title: section.title, body: "第一版正文。", metrics: {} },
        { sectionId: section.id, version: 2, title: section.title, body: section.body, metrics: {} },
      ],
    });
    const input = { reportId: report.id, key: "law-study", fromVersion: 1, currentVersion: 2 };
    return { call: { kind: "action", page: `/workspace/reports/${report.id}/sections/law-study/history`, args: [input] }, snapshot: report.snapshot };
  },
  "add-section": async (ctx) => {
    const report = await reportIn(ctx, "DRAFT");
    return {
      call: { kind: "action", page: `/workspace/reports/${report.id}`, args: [null, form({ reportId: report.id, parentKey: "measures", title: "（九）其他工作" })] },
      snapshot: report.snapshot,
    };
  },
  "remove-section": async (ctx) => {
    const report = await reportIn(ctx, "DRAFT");
    const key = `extra-${uniqueId()}`;
    await testDb.reportSection.create({ data: { reportId: report.id, key, templateKey: null, level: 2, parentKey: "measures", sortOrder: 9999, title: "（九）本单位增加的小节", metrics: {} } });
    return { call: { kind: "action", page: `/workspace/reports/${report.id}`, args: [{ reportId: report.id, key }] }, snapshot: report.snapshot };
  },
  "submit-report": async (ctx) => {
    const report = await reportIn(ctx, "DRAFT");
    return { call: { kind: "action", page: `/workspace/reports/${report.id}`, args: [report.id] }, snapshot: report.snapshot };
  },
  "answer-comment": async (ctx) => {
    const report = await reportIn(ctx, "RETURNED");
    const comment = await createComment(report.id, ctx.world.reviewer.id, "OPEN");
    return { call: { kind: "action", page: `/workspace/reports/${report.id}`, args: [comment.id, null, form({ answer: "已按意见补充。" })] }, snapshot: report.snapshot };
  },
  "add-comment": async (ctx) => {
    const report = await reportIn(ctx, "SUBMITTED");
    return {
      call: { kind: "action", page: `/review/reports/${report.id}`, args: [null, form({ reportId: report.id, sectionKey: "law-study", body: "请补充数据。" })] },
      snapshot: report.snapshot,
    };
  },
  "resolve-comment": async (ctx) => {
    const report = await reportIn(ctx, "SUBMITTED");
    const comment = await createComment(report.id, ctx.world.reviewer.id, "ANSWERED");
    return { call: { kind: "action", page: `/review/reports/${report.id}`, args: [null, form({ commentId: comment.id })] }, snapshot: report.snapshot };
  },
  "return-report": (ctx) => decision(ctx, "SUBMITTED", { comment: "请补充执法数据。" }),
  "approve-report": (ctx) => decision(ctx, "SUBMITTED"),
  "approve-report-draft": (ctx) => decision(ctx, "DRAFT"),
  "publish-report": (ctx) => decision(ctx, "APPROVED", { publishedAt: publishDate, docNumber: "", correctionNote: "" }),
  "publish-report-submitted": (ctx) => decision(ctx, "SUBMITTED", { publishedAt: publishDate, docNumber: "", correctionNote: "" }),
  "batch-publish": async (ctx) => {
    const report = await reportIn(ctx, "APPROVED");
    const fields = form({ publishedAt: publishDate, reports: `${report.id}:${report.version}` });
    return { call: { kind: "action", page: "/review/publish", args: [null, fields], unwrap: firstItem }, snapshot: report.snapshot };
  },
  "reopen-for-correction": (ctx) => decision(ctx, "PUBLISHED", { comment: "第一部分的数据有误，请更正。", sectionKey: "" }),
  "withdraw-report": (ctx) => decision(ctx, "PUBLISHED", { reason: "矩阵测试撤回。" }),
  "review-export": async ({ world }) => ({ call: { kind: "http", method: "GET", path: `/review/export?year=${world.year}&format=csv` } }),
  "audit-export": async () => ({ call: { kind: "http", method: "GET", path: "/review/audit/export" } }),
  "word-download": async () => ({ call: { kind: "http", method: "GET", path: "/reports/2022/zhenxi/word" } }),
  "word-download-draft": (ctx) => wordOfDraft(ctx, () => `/reports/${ctx.world.year}/${ctx.unit.slug}/word`),
  "open-data-list": async () => ({ call: { kind: "http", method: "GET", path: "/api/public/reports?year=2022" } }),
  "open-data-report": async () => ({ call: { kind: "http", method: "GET", path: `/api/public/reports/${(await seededPublished()).id}` } }),
  "open-data-report-draft": (ctx) => wordOfDraft(ctx, (report) => `/api/public/reports/${report.id}`),
  "atom-feed": async () => ({ call: { kind: "http", method: "GET", path: "/feed.xml" } }),
  "rss-feed": async () => ({ call: { kind: "http", method: "GET", path: "/rss.xml" } }),
  "auth-get": async () => ({ call: { kind: "http", method: "GET", path: "/api/auth/session" } }),
  "auth-post": async ({ world }) => {
    const other = await createUser(world, "CLERK", world.otherUnit.id);
    return {
      call: {
        kind: "custom",
        send: async (api) => {
          const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
          return api.post("/api/auth/callback/credentials", { form: { csrfToken, login: other.login, password: matrixPassword, json: "true" }, maxRedirects: 0 });
        },
      },
    };
  },
  "revalidate-report-pages": async () => ({ call: { kind: "http", method: "POST", path: "/api/revalidate-report-pages", json: { paths: ["/reports/2022/zhenxi"] } } }),
  ...adminBuilders,
  ...importBuilders,
  ...notifyBuilders,
  ...accountBuilders,
  health: async () => ({ call: { kind: "http", method: "GET", path: "/api/health" } }),
};
