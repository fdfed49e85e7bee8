// Admin lists share one URL scheme: filters and sort in GET params, so every view has its own
// address and works without JavaScript (as the review desk's dashboard-query does).
export type SortDirection = "asc" | "desc";
export type TableQuery<S extends string> = { sort: S; dir: SortDirection; filters: Record<string, string> };

// Next gives a repeated param as an array; the first one counts.
export function firstParam(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
}

/** A sort key and direction from search params; anything unknown falls back to the defaults. */
export function parseSort<S extends string>(params: Record<string, string | string[] | undefined>, keys: readonly S[], defaultSort: S) {
  const sort = keys.find((k) => k === firstParam(params.sort)) ?? defaultSort;
  const dir: SortDirection = firstParam(params.dir) === "desc" ? "desc" : "asc";
  return { sort, dir };
}

export function tableHref<S extends string>(path: string, query: TableQuery<S>, defaultSort: S, patch: Partial<TableQuery<S>> = {}): string {
  const next = { ...query, ...patch, filters: { ...query.filters, ...patch.filters } };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(next.filters)) if (value) params.set(key, value);
  if (next.sort !== defaultSort) params.set("sort", next.sort);
  if (next.dir !== "asc") params.set("dir", next.dir);
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/** The header link: the sorted column flips its direction, another column starts ascending. */
export function sortHref<S extends string>(path: string, query: TableQuery<S>, defaultSort: S, key: S): string {
  const dir: SortDirection = query.sort === key && query.dir === "asc" ? "desc" : "asc";
  return tableHref(path, query, defaultSort, { sort: key, dir });
}
