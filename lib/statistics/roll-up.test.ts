import { describe, expect, it } from "vitest";
import { compareYears, isSuspiciousChange } from "./compare-years";
import { metricId, splitMetricId } from "./metric-id";
import { rollUpYear } from "./roll-up-year";
import type { MetricDefinition, MetricRow, UnitKind } from "./types";

const study = metricId("law-study", "study-sessions");
const cases = metricId("enforcement", "penalty-cases");

const units: Record<string, { unitId: string; unitName: string; unitKind: UnitKind; slug: string }> = {
  zhenxi: { unitId: "u1", unitName: "珍溪镇", unitKind: "TOWN", slug: "zhenxi" },
  baitao: { unitId: "u2", unitName: "白涛街道", unitKind: "TOWN", slug: "baitao" },
  justice: { unitId: "u3", unitName: "区司法局", unitKind: "DEPARTMENT", slug: "sifaju" },
};

const row = (unit: keyof typeof units, year: number, metricKey: string, value: number | null): MetricRow => ({ ...units[unit], year, metricKey, value });
const def = (key: string, label: string, year: number, order = 0, unit = "次"): MetricDefinition => ({ key, label, unit, year, order });

describe("metricId", () => {
  it("scopes a metric key by its section and splits it back", () => {
    expect(study).toBe("law-study/study-sessions");
    expect(splitMetricId(study)).toEqual({ sectionKey: "law-study", metricKey: "study-sessions" });
  });
});

describe("rollUpYear", () => {
  const definitions = [def(study, "中心组学法次数", 2022, 0), def(cases, "行政处罚案件数", 2022, 1, "件")];

  it("counts 0 as reported and blank as not reported", () => {
    const result = rollUpYear({ year: 2022, definitions, rows: [row("zhenxi", 2022, study, 6), row("baitao", 2022, study, 0), row("justice", 2022, study, null)] });
    expect(result.metrics[0]).toMatchObject({ key: study, label: "中心组学法次数", unit: "次", total: 6, unitsReporting: 2 });
    expect(result.metrics[0].byUnit.map((u) => [u.unitName, u.value])).toEqual([
      ["白涛街道", 0],
      ["珍溪镇", 6],
    ]);
    expect(result.table.units.find((u) => u.unitId === "u3")!.values[study]).toBeNull();
  });

  it("splits totals by unit kind", () => {
    const result = rollUpYear({ year: 2022, definitions, rows: [row("zhenxi", 2022, cases, 3), row("baitao", 2022, cases, 4), row("justice", 2022, cases, 100)] });
    expect(result.metrics[0]).toMatchObject({ key: cases, total: 107, unitsReporting: 3, byKind: { TOWN: { total: 7, unitsReporting: 2 }, DEPARTMENT: { total: 100, unitsReporting: 1 } } });
  });

  it("builds the units × metrics table with missing values as null, towns first", () => {
    const result = rollUpYear({
      year: 2022,
      definitions,
      rows: [row("justice", 2022, cases, 5), row("zhenxi", 2022, study, 6)],
      units: [{ ...units.baitao, unitInactive: true }],
    });
    expect(result.table.metrics.map((m) => m.key)).toEqual([study, cases]);
    expect(result.table.units.map((u) => [u.unitName, u.unitInactive, u.values])).toEqual([
      ["白涛街道", true, { [study]: null, [cases]: null }],
      ["珍溪镇", false, { [study]: 6, [cases]: null }],
      ["区司法局", false, { [study]: null, [cases]: 5 }],
    ]);
  });

  it("keeps one series when a later year renames the label, and uses the latest label", () => {
    const renamed = [...definitions, def(study, "党委理论学习中心组学法次数", 2023, 0)];
    const rows = [row("zhenxi", 2022, study, 6), row("zhenxi", 2023, study, 8)];
    const [y2022, y2023] = [rollUpYear({ year: 2022, rows, definitions: renamed }), rollUpYear({ year: 2023, rows, definitions: renamed })];
    expect(y2022.metrics.map((m) => [m.key, m.label, m.total])).toEqual([[study, "党委理论学习中心组学法次数", 6]]);
    expect(y2023.metrics.map((m) => [m.key, m.label, m.total])).toEqual([[study, "党委理论学习中心组学法次数", 8]]);
    const comparison = compareYears({ year: 2023, rows, definitions: renamed });
    expect(comparison.metrics).toHaveLength(1);
    expect(comparison.metrics[0]).toMatchObject({ total: 8, previousTotal: 6, change: 2 });
  });

  it("keeps metrics of the same key in different sections apart", () => {
    const other = metricId("disputes", "study-sessions");
    const result = rollUpYear({ year: 2022, definitions, rows: [row("zhenxi", 2022, study, 1), row("zhenxi", 2022, other, 2)] });
    expect(result.metrics.map((m) => [m.key, m.total])).toEqual([
      [study, 1],
      [other, 2],
    ]);
  });
});

describe("compareYears", () => {
  const definitions = [def(cases, "行政处罚案件数", 2023, 0, "件")];

  it("flags a unit whose value is ten times or a tenth of last year's", () => {
    const rows = [
      row("zhenxi", 2022, cases, 12),
      row("zhenxi", 2023, cases, 120),
      row("baitao", 2022, cases, 50),
      row("baitao", 2023, cases, 5),
      row("justice", 2022, cases, 40),
      row("justice", 2023, cases, 60),
    ];
    const comparison = compareYears({ year: 2023, rows, definitions });
    expect(comparison.flagged.map((u) => [u.unitName, u.previousValue, u.value])).toEqual([
      ["白涛街道", 50, 5],
      ["珍溪镇", 12, 120],
    ]);
    expect(comparison.units.find((u) => u.unitId === "u3")).toMatchObject({ change: 20, isSuspicious: false });
    expect(comparison.metrics[0]).toMatchObject({ total: 185, previousTotal: 102, change: 83, unitsReporting: 3, previousUnitsReporting: 3 });
  });

  it("compares only units that reported both years, and marks totals missing when nobody reported", () => {
    const rows = [row("zhenxi", 2022, cases, null), row("zhenxi", 2023, cases, 3), row("baitao", 2023, cases, 4)];
    const comparison = compareYears({ year: 2023, rows, definitions });
    expect(comparison.units).toEqual([]);
    expect(comparison.metrics[0]).toMatchObject({ total: 7, previousTotal: null, change: null, previousUnitsReporting: 0 });
  });

  it("treats 9.9× as ordinary and changes from or to zero as having no ratio", () => {
    expect(isSuspiciousChange(99, 10)).toBe(false);
    expect(isSuspiciousChange(100, 10)).toBe(true);
    expect(isSuspiciousChange(1, 10)).toBe(true);
    expect(isSuspiciousChange(2, 10)).toBe(false);
    expect(isSuspiciousChange(0, 0)).toBe(false);
    expect(isSuspiciousChange(3, 0)).toBe(false);
    expect(isSuspiciousChange(0, 30)).toBe(false);
  });
});
