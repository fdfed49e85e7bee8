// Shapes shared by the statistics roll-up, its loaders, the open-data route and the pages
// (and later the charts). Plain values only: no Prisma types, no Dates.

export type UnitKind = "TOWN" | "DEPARTMENT";

export const unitKinds: readonly UnitKind[] = ["TOWN", "DEPARTMENT"];

/**
 * One unit's value of one metric in one year's report. `metricKey` is the scoped identity from
 * metricId(sectionKey, key): template metric keys are unique only within their section. null
 * means not reported (left blank); 0 is a reported zero.
 */
export type MetricRow = {
  unitId: string;
  unitName: string;
  unitKind: UnitKind;
  slug: string;
  year: number;
  metricKey: string;
  value: number | null;
  /** The unit has since been deactivated (reviewer figures keep its report, marked). */
  unitInactive?: boolean;
};

/** A metric as one year's template (or a published snapshot) defined it. */
export type MetricDefinition = {
  /** metricId(sectionKey, key). */
  key: string;
  label: string;
  unit: string;
  year: number;
  /** Position in that year's template: section order, then the section's metric order. */
  order: number;
  /** The district whose report carried it (public reads span the installation). */
  districtId?: string;
};

/** A metric as the roll-up shows it: the latest year's label and unit, one identity across years. */
export type MetricInfo = { key: string; sectionKey: string; metricKey: string; label: string; unit: string };

export type UnitRef = { unitId: string; unitName: string; unitKind: UnitKind; slug: string; unitInactive: boolean };

export type KindTotal = { total: number; unitsReporting: number };

export type MetricSummary = MetricInfo & {
  /** Sum over the units that reported the metric (0 counts as reported). */
  total: number;
  unitsReporting: number;
  byKind: Record<UnitKind, KindTotal>;
  /** Units that reported it, in the table's unit order. */
  byUnit: (UnitRef & { value: number })[];
};

/** One row of the units × metrics table: null where the unit did not report the metric. */
export type UnitMetricsRow = UnitRef & { values: Record<string, number | null> };

export type YearRollUp = {
  year: number;
  metrics: MetricSummary[];
  table: { metrics: MetricInfo[]; units: UnitMetricsRow[] };
};

export type MetricYearChange = MetricInfo & {
  total: number | null;
  previousTotal: number | null;
  unitsReporting: number;
  previousUnitsReporting: number;
  /** total − previousTotal; null when either year has no reported value. */
  change: number | null;
};

export type UnitYearChange = UnitRef & {
  metric: MetricInfo;
  value: number;
  previousValue: number;
  change: number;
  /** ≥ 10× or ≤ 1/10 of last year's value: possibly mistyped. */
  isSuspicious: boolean;
};

export type YearComparison = {
  year: number;
  previousYear: number;
  metrics: MetricYearChange[];
  /** Every unit × metric reported in both years. */
  units: UnitYearChange[];
  /** The suspicious ones, for the reviewer to check. */
  flagged: UnitYearChange[];
};
