import { resolveMetrics } from "./resolve-metrics";
import { unitKinds, type MetricDefinition, type MetricRow, type MetricSummary, type UnitKind, type UnitMetricsRow, type UnitRef, type YearRollUp } from "./types";

export type RollUpYearOptions = {
  year: number;
  rows: MetricRow[];
  /** Definitions of every year loaded: labels come from the latest. */
  definitions: MetricDefinition[];
  /** Units to list even when none of their rows has a value (a report with every figure blank). */
  units?: UnitRef[];
};

const kindRank: Record<UnitKind, number> = { TOWN: 0, DEPARTMENT: 1 };

function unitRefOf(row: MetricRow): UnitRef {
  return { unitId: row.unitId, unitName: row.unitName, unitKind: row.unitKind, slug: row.slug, unitInactive: row.unitInactive ?? false };
}

/**
 * One year's figures: per metric the total over the units that reported it (blank is not
 * reported, 0 is), how many did, the split by unit kind, and the units × metrics table with
 * null for each missing value. Metrics of the year only (a metric no unit had is left out).
 */
export function rollUpYear({ year, rows, definitions, units = [] }: RollUpYearOptions): YearRollUp {
  const yearRows = rows.filter((r) => r.year === year);
  const present = new Set(yearRows.map((r) => r.metricKey));
  const metrics = resolveMetrics(definitions, yearRows).filter((m) => present.has(m.key));

  const unitMap = new Map<string, UnitMetricsRow>();
  for (const unit of [...units, ...yearRows.map(unitRefOf)]) {
    if (!unitMap.has(unit.unitId)) unitMap.set(unit.unitId, { ...unit, values: Object.fromEntries(metrics.map((m) => [m.key, null])) });
  }
  for (const row of yearRows) {
    if (row.value !== null && Number.isFinite(row.value)) unitMap.get(row.unitId)!.values[row.metricKey] = row.value;
  }
  const tableUnits = [...unitMap.values()].sort((a, b) => kindRank[a.unitKind] - kindRank[b.unitKind] || a.unitName.localeCompare(b.unitName, "zh-Hans-CN"));

  const summaries: MetricSummary[] = metrics.map((metric) => {
    const byUnit = tableUnits.flatMap(({ values, ...unit }) => (values[metric.key] === null ? [] : [{ ...unit, value: values[metric.key]! }]));
    const byKind = Object.fromEntries(
      unitKinds.map((kind) => {
        const ofKind = byUnit.filter((u) => u.unitKind === kind);
        return [kind, { total: sum(ofKind.map((u) => u.value)), unitsReporting: ofKind.length }];
      }),
    ) as MetricSummary["byKind"];
    return { ...metric, total: sum(byUnit.map((u) => u.value)), unitsReporting: byUnit.length, byKind, byUnit };
  });

  return { year, metrics: summaries, table: { metrics, units: tableUnits } };
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
