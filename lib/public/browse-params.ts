// The public list URLs, in one place: /years/2022/towns, /overview/departments, and "/" for the
// 街镇 overview. Paths rather than query strings, so every list is one cacheable page; "years"
// and "overview" are their own first segments, so no unit slug under /reports can collide.

export type UnitKind = "TOWN" | "DEPARTMENT";
export type UnitKindSegment = "towns" | "departments";

const segmentByKind: Record<UnitKind, UnitKindSegment> = { TOWN: "towns", DEPARTMENT: "departments" };

export const unitKindLabels: Record<UnitKind, string> = { TOWN: "街镇", DEPARTMENT: "部门" };

/** Tabs in the order government portals show them. */
export const unitKindsInTabOrder: UnitKind[] = ["TOWN", "DEPARTMENT"];

export function kindSegment(kind: UnitKind): UnitKindSegment {
  return segmentByKind[kind];
}

/** "towns" → TOWN, "departments" → DEPARTMENT; anything else is not a list. */
export function parseKindSegment(segment: string): UnitKind | null {
  if (segment === "towns") return "TOWN";
  if (segment === "departments") return "DEPARTMENT";
  return null;
}

/** A four-digit year as written in the URL ("2022"); "02022", "22" or "2022a" are not. */
export function parseYearSegment(segment: string): number | null {
  return /^[12]\d{3}$/.test(segment) ? Number(segment) : null;
}

/** One kind's reports of one year. */
export function yearListHref(kind: UnitKind, year: number): string {
  return `/years/${year}/${kindSegment(kind)}`;
}

/** One kind's year × unit overview; the 街镇 one is the site's entry page. */
export function overviewHref(kind: UnitKind): string {
  return kind === "TOWN" ? "/" : `/overview/${kindSegment(kind)}`;
}

export function reportHref(year: number, unitSlug: string): string {
  return `/reports/${year}/${unitSlug}`;
}

/**
 * Where an old list link ("/?kind=department&year=2022", from before lists had paths of their
 * own) now points; null when the query names no list, and "/" keeps showing the 街镇 overview.
 */
export function legacyListPath(query: URLSearchParams): string | null {
  if (!query.has("kind") && !query.has("year")) return null;
  const kind: UnitKind = query.get("kind") === "department" ? "DEPARTMENT" : "TOWN";
  const year = parseYearSegment(query.get("year") ?? "");
  return year ? yearListHref(kind, year) : overviewHref(kind);
}
