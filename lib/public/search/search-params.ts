// The URL contract of /search and /api/public/reports: q, year, kind = town|department, page.
import type { UnitKind } from "@/lib/generated/sqlite/enums";
import { normaliseQuery, type SearchQuery } from "./search-query";

export type { UnitKind };

export type UnitKindParam = "town" | "department";

export const unitKindOfParam: Record<UnitKindParam, UnitKind> = { town: "TOWN", department: "DEPARTMENT" };
export const paramOfUnitKind: Record<UnitKind, UnitKindParam> = { TOWN: "town", DEPARTMENT: "department" };

export type SearchParams = {
  query: SearchQuery;
  year?: number;
  kind?: UnitKind;
  page: number;
  /** One Chinese message per parameter that was given but is not valid. */
  errors: string[];
};

type RawParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined;

/**
 * Reads the parameters; an invalid one is left out and named in `errors`. The search page
 * ignores the errors (its own form never makes them); the API answers them with 400.
 */
export function parseSearchParams(raw: RawParams): SearchParams {
  const errors: string[] = [];
  const [q, year, kind, page] = [first(raw.q), first(raw.year), first(raw.kind), first(raw.page)];

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
  let parsedPage = 1;
  if (page !== undefined) {
    if (/^[1-9]\d{0,3}$/.test(page)) parsedPage = Number(page);
    else errors.push("页码（page）应为 1 到 9999 之间的整数。");
  }
  return { query: normaliseQuery(q), year: parsedYear, kind: parsedKind, page: parsedPage, errors };
}

/** The URL of a search page, with only the parameters that are set. */
export function searchHref(params: { q?: string; year?: number; kind?: UnitKind; page?: number }): string {
  const query = new URLSearchParams();
  if (params.q) query.set("q", params.q);
  if (params.year) query.set("year", String(params.year));
  if (params.kind) query.set("kind", paramOfUnitKind[params.kind]);
  if (params.page && params.page > 1) query.set("page", String(params.page));
  const search = query.toString();
  return search ? `/search?${search}` : "/search";
}
