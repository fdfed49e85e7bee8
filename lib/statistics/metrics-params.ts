// The query of GET /api/public/metrics: year (four digits) and kind (town | department), both optional.
import { unitKindOfParam } from "@/lib/public/search/search-params";
import type { UnitKind } from "./types";

export type MetricsParams = { year?: number; kind?: UnitKind; errors: string[] };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined;

/** Same wording as /api/public/reports for the same parameters; an invalid one is named in `errors`. */
export function parseMetricsParams(raw: Record<string, string | string[] | undefined>): MetricsParams {
  const errors: string[] = [];
  const [year, kind] = [first(raw.year), first(raw.kind)];
  let parsedYear: number | undefined;
  if (year !== undefined) {
    if (/^\d{4}$/.test(year)) parsedYear = Number(year);
    else errors.push("年度（year）应为四位数字，例如 2022。");
  }
  let parsedKind: UnitKind | undefined;
  if (kind !== undefined) {
    if (kind === "town" || kind === "department") parsedKind = unitKindOfParam[kind];
    else errors.push("单位类别（kind）只能是 town（街镇）或 department（部门）。");
  }
  return { year: parsedYear, kind: parsedKind, errors };
}
