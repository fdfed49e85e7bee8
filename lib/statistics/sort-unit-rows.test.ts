import { describe, expect, it } from "vitest";
import { sortUnitRows } from "@/lib/statistics/sort-unit-rows";
import type { UnitMetricsRow } from "@/lib/statistics/types";

const row = (unitName: string, value: number | null): UnitMetricsRow => ({
  unitId: unitName,
  unitName,
  unitKind: "TOWN",
  slug: unitName,
  unitInactive: false,
  values: { cases: value },
});
const rows = [row("甲", 5), row("乙", null), row("丙", 0), row("丁", 12), row("戊", 5)];
const names = (list: UnitMetricsRow[]) => list.map((r) => r.unitName);

describe("sortUnitRows", () => {
  it("sorts by a metric, not-reported units last in both directions, ties in the district's order", () => {
    expect(names(sortUnitRows(rows, { key: "cases", dir: "desc" }))).toEqual(["丁", "甲", "戊", "丙", "乙"]);
    expect(names(sortUnitRows(rows, { key: "cases", dir: "asc" }))).toEqual(["丙", "甲", "戊", "丁", "乙"]);
  });

  it("keeps or reverses the district's unit order by unit, and leaves its input alone", () => {
    expect(names(sortUnitRows(rows, { key: "unit", dir: "asc" }))).toEqual(["甲", "乙", "丙", "丁", "戊"]);
    expect(names(sortUnitRows(rows, { key: "unit", dir: "desc" }))).toEqual(["戊", "丁", "丙", "乙", "甲"]);
    expect(names(rows)).toEqual(["甲", "乙", "丙", "丁", "戊"]);
  });

  it("treats a metric no unit has as not reported everywhere", () => {
    expect(names(sortUnitRows(rows, { key: "unknown", dir: "desc" }))).toEqual(["甲", "乙", "丙", "丁", "戊"]);
  });
});
