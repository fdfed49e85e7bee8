import { overviewHref, yearListHref } from "@/lib/public/browse-params";

export type UnitKindParam = "town" | "department";

/** A kind's reports for one year, or its overview of all years when no year is given. */
export function homeHref({ kind, year }: { kind: UnitKindParam; year?: number }): string {
  const unitKind = kind === "department" ? "DEPARTMENT" : "TOWN";
  return year ? yearListHref(unitKind, year) : overviewHref(unitKind);
}
