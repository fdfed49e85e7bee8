import { describe, expect, it } from "vitest";
import { metricTotalsByYear } from "@/lib/statistics/metric-totals-by-year";
import type { MetricRow } from "@/lib/statistics/types";

const row = (year: number, unitId: string, value: number | null, metricKey = "law-study/sessions"): MetricRow => ({
  unitId, unitName: unitId, unitKind: "TOWN", slug: unitId, year, metricKey, value,
});

describe("a metric's totals across years", () => {
  it("sums reported values per year, leaves a gap where nobody reported, and ignores other metrics", () => {
    const rows = [row(2021, "a", 4), row(2021, "b", 0), row(2022, "a", null), row(2023, "a", 6), row(2023, "b", 3), row(2023, "a", 99, "other/x")];
    expect(metricTotalsByYear("law-study/sessions", rows, [])).toEqual({ years: [2021, 2022, 2023], totals: [4, null, 9] });
  });

  it("is empty without data", () => {
    expect(metricTotalsByYear("k", [], [])).toEqual({ years: [], totals: [] });
  });
});
