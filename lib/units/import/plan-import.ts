import { checkCreditCode, normalizeCreditCode } from "@/lib/units/credit-code";
import { normalizeSlug, slugProblem } from "@/lib/units/slug";
import { defaultKindLabels, parseUnitKind, type KindLabels, type UnitKind } from "@/lib/units/unit-kinds";
import type { ImportRow } from "./read-import-file";

export type ExistingUnit = {
  id: string;
  kind: UnitKind;
  name: string;
  shortName: string;
  orgCode: string;
  slug: string;
  sortOrder: number;
  hasReports: boolean;
};

export type UnitFields = { name: string; shortName: string; kind: UnitKind; orgCode: string; slug: string; sortOrder: number };
export type FieldChange = { field: keyof UnitFields; label: string; from: string; to: string };

export type PlannedRow = {
  line: number;
  status: "create" | "update" | "unchanged" | "error";
  /** As written in the file, for the preview. */
  source: ImportRow;
  unitId: string | null;
  /** What the unit will be after the import; null for an error row. */
  after: UnitFields | null;
  changes: FieldChange[];
  errors: string[];
};

export type ImportPlan = { rows: PlannedRow[]; counts: Record<PlannedRow["status"], number> };

export const fieldLabels: Record<keyof UnitFields, string> = {
  name: "全称",
  shortName: "简称",
  kind: "类别",
  orgCode: "统一社会信用代码",
  slug: "网址标识",
  sortOrder: "顺序",
};

const sortOrderStep = 10;

/** Reads one row; the errors say what to fix, in the row's own terms. */
function readRow(row: ImportRow, labels: KindLabels) {
  const errors: string[] = [];
  const name = row.name.trim();
  const shortName = row.shortName.trim();
  const kind = parseUnitKind(row.kind, labels);
  const orgCode = normalizeCreditCode(row.orgCode);
  const slug = normalizeSlug(row.slug);
  const sortText = row.sortOrder.trim();
  const sortOrder = sortText === "" ? null : /^\d{1,5}$/.test(sortText) ? Number(sortText) : NaN;

  if (!name) errors.push("缺少全称。");
  else if (name.length > 100) errors.push("全称最多 100 个字。");
  if (!shortName) errors.push("缺少简称。");
  else if (shortName.length > 30) errors.push("简称最多 30 个字。");
  if (!row.kind.trim()) errors.push("缺少类别。");
  else if (!kind) errors.push(`类别“${row.kind.trim()}”无法识别，应为“${labels.TOWN}”或“${labels.DEPARTMENT}”。`);
  if (!orgCode) errors.push("缺少统一社会信用代码。");
  const slugError = slugProblem(slug);
  if (slugError) errors.push(slugError);
  if (Number.isNaN(sortOrder)) errors.push("顺序应为 0–99999 的整数，或留空。");
  return { errors, name, shortName, kind, orgCode, slug, sortOrder };
}

function describe(field: keyof UnitFields, value: UnitFields[keyof UnitFields]): string {
  return field === "kind" ? defaultKindLabels[value as UnitKind] : String(value);
}

/**
 * What importing these rows would do to the district's units: pure, so the preview and the
 * confirmed import (which plans again inside its transaction) agree. Rows match a unit by slug,
 * else by organisation code; a row equal to its unit is "unchanged", so a second import of the
 * same file changes nothing.
 */
export function planImport(rows: ImportRow[], existing: ExistingUnit[], labels: KindLabels = defaultKindLabels): ImportPlan {
  const bySlug = new Map(existing.map((u) => [u.slug, u]));
  const byCode = new Map(existing.map((u) => [u.orgCode, u]));
  const nextSortOrder: Record<UnitKind, number> = { TOWN: 0, DEPARTMENT: 0 };
  for (const unit of existing) nextSortOrder[unit.kind] = Math.max(nextSortOrder[unit.kind], unit.sortOrder + sortOrderStep);

  const read = rows.map((row) => readRow(row, labels));
  const firstLine = (key: "slug" | "orgCode", value: string, index: number) =>
    rows.find((_, i) => i !== index && read[i][key] === value && value !== "")?.line;
  const targetLines = new Map<string, number[]>();

  const planned: PlannedRow[] = rows.map((row, index) => {
    const r = read[index];
    const errors = [...r.errors];
    const slugTwin = firstLine("slug", r.slug, index);
    if (slugTwin !== undefined) errors.push(`网址标识“${r.slug}”与第 ${slugTwin} 行重复。`);
    const codeTwin = firstLine("orgCode", r.orgCode, index);
    if (codeTwin !== undefined) errors.push(`统一社会信用代码与第 ${codeTwin} 行重复。`);

    const slugUnit = bySlug.get(r.slug);
    const codeUnit = byCode.get(r.orgCode);
    if (slugUnit && codeUnit && slugUnit.id !== codeUnit.id) {
      errors.push(`网址标识“${r.slug}”已属于“${slugUnit.shortName}”，统一社会信用代码却属于“${codeUnit.shortName}”，无法判断要更新哪个单位。`);
    }
    const target = slugUnit ?? codeUnit ?? null;
    if (target) targetLines.set(target.id, [...(targetLines.get(target.id) ?? []), row.line]);
    if (r.orgCode && (!target || target.orgCode !== r.orgCode)) {
      const check = checkCreditCode(r.orgCode);
      if (!check.isValid) errors.push(`统一社会信用代码“${r.orgCode}”有误：${check.message}`);
    }
    if (target?.hasReports && target.slug !== r.slug && !slugError(r.slug)) {
      errors.push(`“${target.shortName}”已有报告，网址标识不能从“${target.slug}”改为“${r.slug}”（公开报告的网址依赖它）。`);
    }
    if (target?.hasReports && r.kind && target.kind !== r.kind) errors.push(`“${target.shortName}”已有报告，不能改变类别。`);

    if (errors.length > 0 || !r.kind) return { line: row.line, status: "error", source: row, unitId: target?.id ?? null, after: null, changes: [], errors };

    const sortOrder = r.sortOrder ?? target?.sortOrder ?? nextSortOrder[r.kind];
    if (!target && r.sortOrder === null) nextSortOrder[r.kind] += sortOrderStep;
    const after: UnitFields = { name: r.name, shortName: r.shortName, kind: r.kind, orgCode: r.orgCode, slug: r.slug, sortOrder };
    if (!target) return { line: row.line, status: "create", source: row, unitId: null, after, changes: [], errors: [] };
    const changes = (Object.keys(fieldLabels) as (keyof UnitFields)[])
      .filter((field) => target[field] !== after[field])
      .map((field) => ({ field, label: fieldLabels[field], from: describe(field, target[field]), to: describe(field, after[field]) }));
    return { line: row.line, status: changes.length > 0 ? "update" : "unchanged", source: row, unitId: target.id, after, changes, errors: [] };
  });

  // Two rows aimed at one unit (one by slug, one by code): neither is applied.
  for (const row of planned) {
    const lines = row.unitId ? (targetLines.get(row.unitId) ?? []) : [];
    if (lines.length > 1 && row.status !== "error") {
      row.status = "error";
      row.errors = [`第 ${lines.join("、")} 行指向同一个单位，请只保留一行。`];
      row.after = null;
      row.changes = [];
    }
  }
  const counts = { create: 0, update: 0, unchanged: 0, error: 0 };
  for (const row of planned) counts[row.status] += 1;
  return { rows: planned, counts };
}

function slugError(slug: string): boolean {
  return slugProblem(slug) !== null;
}
