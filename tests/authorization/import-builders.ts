// Builders for the import rows of the matrix: a short report text, previewed or confirmed
// into the cell's own report, or published as a past year's report of the cell's own unit.
import { createHash } from "node:crypto";
import { testDb } from "@/tests/e2e/db";
import { form } from "./server-action";
import { createReport, publishDate, reportState, type ReportStatus } from "./arrange";
import type { Builder, Cell, CellContext } from "./cell";

const text = [
  "矩阵镇2024年法治政府建设年度报告",
  "一、主要举措和成效",
  "（一）学习贯彻习近平法治思想情况",
  "党委理论学习中心组开展习近平法治思想专题学习4次，组织领导干部旁听庭审1次。",
  "二、存在的不足和原因",
  "执法人员法律专业背景不足，基层普法形式较为单一。",
  "三、下一年度推进法治政府建设的主要安排",
  "持续加强执法队伍建设，开展执法人员轮训。",
].join("\n");

const checksum = createHash("sha256").update(Buffer.from(text, "utf8")).digest("hex");

async function intoReport(ctx: CellContext, status: ReportStatus, confirm: boolean): Promise<Cell> {
  const report = await createReport(ctx.world, ctx.unit, status);
  const sections = await testDb.reportSection.findMany({ where: { reportId: report.id }, select: { key: true, version: true } });
  const fields: Record<string, string> = { target: JSON.stringify({ kind: "report", reportId: report.id }), text };
  if (confirm) {
    const modes = Object.fromEntries(sections.map((s) => [s.key, "replace"]));
    const versions = Object.fromEntries(sections.map((s) => [s.key, s.version]));
    fields.confirm = JSON.stringify({ checksum, decisions: { lineOverrides: [], targets: {}, modes }, versions, metrics: {} });
  }
  // A preview only reads: no snapshot, which the walk would expect an allowed call to change.
  return {
    call: { kind: "action", page: `/workspace/import/${report.id}`, args: [null, form(fields)] },
    ...(confirm ? { snapshot: () => reportState(report.id) } : {}),
  };
}

async function historical(ctx: CellContext, confirm: boolean): Promise<Cell> {
  const fields: Record<string, string> = { target: JSON.stringify({ kind: "historical", unitId: ctx.unit.id, year: ctx.world.year }), text };
  if (confirm) {
    fields.confirm = JSON.stringify({ checksum, decisions: { lineOverrides: [], targets: {}, modes: {} }, versions: {}, metrics: {} });
    Object.assign(fields, { title: "矩阵镇2024年法治政府建设年度报告", publishedAt: publishDate, docNumber: "" });
  }
  return {
    call: { kind: "action", page: "/admin/import", args: [null, form(fields)] },
    ...(confirm ? { snapshot: () => testDb.report.count({ where: { unitId: ctx.unit.id } }) } : {}),
  };
}

export const importBuilders = {
  "analyse-import": (ctx: CellContext) => intoReport(ctx, "DRAFT", false),
  "confirm-import": (ctx: CellContext) => intoReport(ctx, "DRAFT", true),
  "confirm-import-submitted": (ctx: CellContext) => intoReport(ctx, "SUBMITTED", true),
  "analyse-import-historical": (ctx: CellContext) => historical(ctx, false),
  "confirm-import-historical": (ctx: CellContext) => historical(ctx, true),
} satisfies Record<string, Builder>;
