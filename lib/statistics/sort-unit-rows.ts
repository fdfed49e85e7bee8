import type { UnitMetricsRow } from "@/lib/statistics/types";

export type UnitRowsSort = { key: string; dir: "asc" | "desc" };

/**
 * The units × metrics rows by a metric's value (or by unit, `key` "unit": the district's order).
 * Units that did not report the metric come last either way, so "not reported" never reads as
 * the smallest figure; equal values keep the district's unit order.
 */
export function sortUnitRows(rows: readonly UnitMetricsRow[], { key, dir }: UnitRowsSort): UnitMetricsRow[] {
  const ordered = rows.map((row, index) => ({ row, index }));
  const sign = dir === "asc" ? 1 : -1;
  if (key === "unit") return (dir === "asc" ? ordered : ordered.reverse()).map((o) => o.row);
  return ordered
    .sort((a, b) => {
      const x = a.row.values[key] ?? null;
      const y = b.row.values[key] ?? null;
      if (x === null || y === null) return x === y ? a.index - b.index : x === null ? 1 : -1;
      return x === y ? a.index - b.index : sign * (x - y);
    })
    .map((o) => o.row);
}
