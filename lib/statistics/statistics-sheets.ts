// The reviewer's statistics as a workbook (issue 14 §1.4): one sheet per table, numbers as numbers.
import { workbookSheet, type Spreadsheet } from "@/lib/export/spreadsheet";
import type { DistrictStatistics } from "@/lib/statistics/get-district-statistics";

const kindNames = { TOWN: "街镇", DEPARTMENT: "部门" } as const;

export function statisticsSheets(stats: Pick<DistrictStatistics, "year" | "rollUp" | "comparison" | "completeness">): Spreadsheet<unknown>[] {
  const { rollUp, comparison } = stats;
  const previous = new Map(comparison.metrics.map((m) => [m.key, m]));
  const totals = workbookSheet({
    sheetName: "指标合计",
    rows: rollUp.metrics,
    columns: [
      { header: "指标", width: 28, value: (m) => m.label },
      { header: "单位", width: 6, value: (m) => m.unit },
      { header: "合计", width: 10, value: (m) => m.total },
      { header: "填报单位数", width: 10, value: (m) => m.unitsReporting },
      { header: "街镇合计", width: 10, value: (m) => m.byKind.TOWN.total },
      { header: "部门合计", width: 10, value: (m) => m.byKind.DEPARTMENT.total },
      { header: "上年合计", width: 10, value: (m) => previous.get(m.key)?.previousTotal ?? null },
      { header: "同比变化", width: 10, value: (m) => previous.get(m.key)?.change ?? null },
    ],
  });
  const byUnit = workbookSheet({
    sheetName: "各单位数据",
    rows: rollUp.table.units,
    columns: [
      { header: "单位", width: 20, value: (u) => u.unitName },
      { header: "类型", width: 6, value: (u) => kindNames[u.unitKind] },
      ...rollUp.table.metrics.map((m) => ({ header: `${m.label}（${m.unit}）`, width: 14, value: (u: (typeof rollUp.table.units)[number]) => u.values[m.key] ?? null })),
    ],
  });
  const changes = workbookSheet({
    sheetName: "同比变化",
    rows: comparison.units,
    columns: [
      { header: "单位", width: 20, value: (u) => u.unitName },
      { header: "指标", width: 28, value: (u) => u.metric.label },
      { header: `${stats.year}年`, width: 10, value: (u) => u.value },
      { header: `${stats.year - 1}年`, width: 10, value: (u) => u.previousValue },
      { header: "变化", width: 10, value: (u) => u.change },
      { header: "请核对（相差10倍以上）", width: 14, value: (u) => (u.isSuspicious ? "是" : null) },
    ],
  });
  const completeness = workbookSheet({
    sheetName: "章节完成情况",
    rows: stats.completeness.flatMap((k) => k.sections.map((s) => ({ kind: k.kind, units: k.units, ...s }))),
    columns: [
      { header: "类型", width: 6, value: (s) => kindNames[s.kind] },
      { header: "章节", width: 36, value: (s) => s.title },
      { header: "已写单位数", width: 10, value: (s) => s.written },
      { header: "单位总数", width: 10, value: (s) => s.units },
      { header: "平均字数", width: 10, value: (s) => s.averageLength },
      { header: "上年平均字数", width: 12, value: (s) => s.lastYearAverageLength },
      { header: "与上年高度相似的单位", width: 30, value: (s) => s.copied.map((u) => u.name).join("、") || null },
      { header: "未写的单位", width: 40, value: (s) => s.missing.map((u) => u.name).join("、") || null },
    ],
  });
  return [totals, byUnit, changes, completeness];
}
