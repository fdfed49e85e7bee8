// Builders for the rows of issue 13 (催报, the unit's sign-off, notifications and mail) and issue 14.
import { testDb } from "@/tests/e2e/db";
import { form } from "./server-action";
import { createReport, reportState, signOffYear, type ReportStatus } from "./arrange";
import { ownYear } from "./admin-builders";
import type { Builder, Cell, CellContext } from "./cell";

/** A report of the cell's unit in the year with the unit's sign-off on. */
async function inSignOffYear(ctx: CellContext, status: ReportStatus) {
  const report = await createReport({ ...ctx.world, yearId: ctx.world.signOffYearId, year: signOffYear }, ctx.unit, status);
  return { ...report, snapshot: () => reportState(report.id) };
}

async function signOffDecision(ctx: CellContext, fields: Record<string, string> = {}): Promise<Cell> {
  const report = await inSignOffYear(ctx, "AWAITING_SIGNOFF");
  return {
    call: { kind: "action", page: `/workspace/reports/${report.id}/signoff`, args: [null, form({ reportId: report.id, version: String(report.version), ...fields })] },
    snapshot: report.snapshot,
  };
}

/** A notification of the caller's own (of the reviewer's when signed out: refused anyway). */
async function ownNotification(ctx: CellContext) {
  const userId = ctx.actorId ?? ctx.world.reviewer.id;
  return testDb.notification.create({ data: { userId, kind: "SUBMITTED", title: "矩阵测试通知", link: "/review" }, select: { id: true, userId: true } });
}

export const notifyBuilders = {
  // ── issue 14: statistics and the compilation ──
  "statistics-export": async ({ world }) => ({ call: { kind: "http", method: "GET", path: `/review/statistics/export?year=${world.year}` } }),
  "statistics-chart": async (ctx) => {
    // The cell's own submitted report, so the year's status flow has a unit to draw.
    await createReport(ctx.world, ctx.unit, "SUBMITTED");
    return { call: { kind: "http", method: "GET", path: `/review/statistics/chart?year=${ctx.world.year}&chart=flow&format=svg` } };
  },
  "compilation-word": async (ctx) => {
    // The cell's own published report, so the year has one to compile whatever ran before.
    await createReport(ctx.world, ctx.unit, "PUBLISHED");
    return { call: { kind: "http", method: "GET", path: `/review/compilation/word?year=${ctx.world.year}` } };
  },
  "open-data-metrics": async () => ({ call: { kind: "http", method: "GET", path: "/api/public/metrics?year=2022" } }),
  "public-compilation": async () => ({ call: { kind: "http", method: "GET", path: "/years/2022/compilation" } }),
  "urge-unit": async ({ world, unit }) => ({
    call: { kind: "action", page: "/review", args: [null, form({ year: String(world.year), target: unit.id, message: "请本周内报送。" })] },
    snapshot: () => testDb.reminderLog.count({ where: { unitId: unit.id } }),
  }),
  "request-signoff": async (ctx) => {
    const report = await inSignOffYear(ctx, "DRAFT");
    return { call: { kind: "action", page: `/workspace/reports/${report.id}`, args: [report.id] }, snapshot: report.snapshot };
  },
  "sign-off": (ctx) => signOffDecision(ctx),
  "refuse-signoff": (ctx) => signOffDecision(ctx, { comment: "请补充执法数据后再送审签。" }),
  "signoff-comment": async (ctx) => {
    const report = await inSignOffYear(ctx, "AWAITING_SIGNOFF");
    return {
      call: { kind: "action", page: `/workspace/reports/${report.id}/signoff`, args: [null, form({ reportId: report.id, sectionKey: "law-study", body: "学法次数请再核实。" })] },
      snapshot: () => testDb.reviewComment.count({ where: { reportId: report.id } }),
    };
  },
  "set-year-signoff": async ({ world }) => {
    // A year of its own, so the walk's own year keeps its flow.
    const { year, snapshot } = await ownYear(world, true);
    return { call: { kind: "action", page: `/admin/years/${year}`, args: [null, form({ year: String(year), unitSignOff: "on" })] }, snapshot };
  },
  "mark-notification-read": async (ctx) => {
    const note = await ownNotification(ctx);
    return {
      call: { kind: "action", page: "/notifications", args: [null, form({ id: note.id })] },
      snapshot: () => testDb.notification.findUniqueOrThrow({ where: { id: note.id }, select: { readAt: true } }),
    };
  },
  "mark-all-notifications-read": async (ctx) => {
    const note = await ownNotification(ctx);
    return {
      call: { kind: "action", page: "/notifications", args: [] },
      snapshot: () => testDb.notification.count({ where: { userId: note.userId, readAt: null } }),
    };
  },
  "open-notification": async (ctx) => {
    const note = await ownNotification(ctx);
    return {
      call: { kind: "action", page: "/notifications", args: [null, form({ id: note.id, to: "/notifications" })] },
      snapshot: () => testDb.notification.findUniqueOrThrow({ where: { id: note.id }, select: { readAt: true } }),
    };
  },
  "save-notification-settings": async (ctx) => {
    const data = new FormData();
    data.append("emailKinds", "RETURNED");
    data.append("emailKinds", "SUBMITTED");
    return {
      call: { kind: "action", page: "/notifications/settings", args: [null, data] },
      snapshot: () => testDb.auditEvent.count({ where: { kind: "NOTIFICATION_SETTINGS_UPDATED", actorId: ctx.actorId } }),
    };
  },
  "resend-mail": async ({ world }) => {
    const note = await testDb.notification.create({ data: { userId: world.reviewer.id, kind: "SUBMITTED", title: "矩阵测试邮件", link: "/review" } });
    const mail = await testDb.mailMessage.create({
      data: { notificationId: note.id, to: "matrix@district.example", subject: "【法治年报】矩阵测试", text: "正文", html: "<p>正文</p>", status: "FAILED", attempts: 6, lastError: "ECONNREFUSED" },
    });
    return {
      call: { kind: "action", page: "/admin/mail", args: [null, form({ id: mail.id })] },
      snapshot: () => testDb.mailMessage.findUniqueOrThrow({ where: { id: mail.id }, select: { status: true, attempts: true } }),
    };
  },
} satisfies Record<string, Builder>;
