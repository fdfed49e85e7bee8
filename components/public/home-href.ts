export type UnitKindParam = "town" | "department";

/** Home page URL with only the non-default filters, so the default view is plain "/". */
export function homeHref({ kind, year }: { kind: UnitKindParam; year?: number }): string {
  const params = new URLSearchParams();
  if (kind === "department") params.set("kind", "department");
  if (year) params.set("year", String(year));
  const query = params.toString();
  return query ? `/?${query}` : "/";
}
