// The JSON of GET /api/public/metrics (README: 开放数据接口): one year's roll-up of published figures.
import { paramOfUnitKind, type UnitKindParam } from "@/lib/public/search/search-params";
import type { YearRollUp } from "./types";

export type OpenMetric = {
  /** Stable identity: section key / metric key (a renamed label keeps it). */
  key: string;
  label: string;
  unit: string;
  total: number;
  unitsReporting: number;
  byKind: Record<UnitKindParam, { total: number; unitsReporting: number }>;
  byUnit: { unit: string; kind: UnitKindParam; url: string; value: number }[];
};

export type OpenMetrics = { year: number; kind: UnitKindParam | null; metrics: OpenMetric[] };

export function toOpenMetrics(rollUp: YearRollUp, kind: UnitKindParam | null): OpenMetrics {
  return {
    year: rollUp.year,
    kind,
    metrics: rollUp.metrics.map((m) => ({
      key: m.key,
      label: m.label,
      unit: m.unit,
      total: m.total,
      unitsReporting: m.unitsReporting,
      byKind: { town: m.byKind.TOWN, department: m.byKind.DEPARTMENT },
      byUnit: m.byUnit.map((u) => ({ unit: u.unitName, kind: paramOfUnitKind[u.unitKind], url: `/reports/${rollUp.year}/${u.slug}`, value: u.value })),
    })),
  };
}
