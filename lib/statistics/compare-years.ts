import { rollUpYear } from "./roll-up-year";
import { resolveMetrics } from "./resolve-metrics";
import type { MetricDefinition, MetricRow, UnitYearChange, YearComparison } from "./types";

/** Factor beyond which a unit's change from last year looks like a typing error (an extra or lost 0). */
export const suspiciousFactor = 10;

/**
 * Whether `value` is ≥ 10× or ≤ 1/10 of `previousValue`. A change from or to 0 has no ratio and
 * is not flagged: small counts (0 → 1 讲座) move that way all the time, and a mistyped 0 is not a
 * slipped digit.
 */
export function isSuspiciousChange(value: number, previousValue: number): boolean {
  if (value <= 0 || previousValue <= 0) return false;
  return value >= suspiciousFactor * previousValue || value * suspiciousFactor <= previousValue;
}

export type CompareYearsOptions = { year: number; previousYear?: number; rows: MetricRow[]; definitions: MetricDefinition[] };

/**
 * Year-over-year change of each metric's total and of each unit's value (units reporting it
 * both years), with the units whose value moved by a factor of 10 or more flagged.
 */
export function compareYears({ year, previousYear = year - 1, rows, definitions }: CompareYearsOptions): YearComparison {
  const now = rollUpYear({ year, rows, definitions });
  const before = rollUpYear({ year: previousYear, rows, definitions });
  const relevant = rows.filter((r) => r.year === year || r.year === previousYear);
  const metrics = resolveMetrics(definitions, relevant).filter((m) => relevant.some((r) => r.metricKey === m.key));
  const summaryOf = (list: typeof now.metrics, key: string) => list.find((s) => s.key === key);

  const metricChanges = metrics.map((metric) => {
    const [current, previous] = [summaryOf(now.metrics, metric.key), summaryOf(before.metrics, metric.key)];
    const total = current?.unitsReporting ? current.total : null;
    const previousTotal = previous?.unitsReporting ? previous.total : null;
    return {
      ...metric,
      total,
      previousTotal,
      unitsReporting: current?.unitsReporting ?? 0,
      previousUnitsReporting: previous?.unitsReporting ?? 0,
      change: total !== null && previousTotal !== null ? total - previousTotal : null,
    };
  });

  const previousValues = new Map(before.table.units.map((u) => [u.unitId, u.values]));
  const units: UnitYearChange[] = now.table.units.flatMap(({ values, ...unit }) =>
    metrics.flatMap((metric) => {
      const value = values[metric.key];
      const previousValue = previousValues.get(unit.unitId)?.[metric.key];
      if (value === null || value === undefined || previousValue === null || previousValue === undefined) return [];
      return [{ ...unit, metric, value, previousValue, change: value - previousValue, isSuspicious: isSuspiciousChange(value, previousValue) }];
    }),
  );
  return { year, previousYear, metrics: metricChanges, units, flagged: units.filter((u) => u.isSuspicious) };
}
