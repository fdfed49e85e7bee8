import { firstParam, parseSort, type TableQuery } from "@/lib/admin/table-query";

export const unitSortKeys = ["order", "name", "kind", "status"] as const;
export type UnitSortKey = (typeof unitSortKeys)[number];
export type UnitsQuery = TableQuery<UnitSortKey> & { filters: { kind: "" | "town" | "department"; active: "" | "yes" | "no"; q: string } };

export const unitsPath = "/admin/units";

/** Never throws: a broken bookmark shows the full list. */
export function parseUnitsQuery(params: Record<string, string | string[] | undefined>): UnitsQuery {
  const kind = firstParam(params.kind);
  const active = firstParam(params.active);
  return {
    ...parseSort(params, unitSortKeys, "order"),
    filters: {
      kind: kind === "town" || kind === "department" ? kind : "",
      active: active === "yes" || active === "no" ? active : "",
      q: firstParam(params.q).slice(0, 50),
    },
  };
}
