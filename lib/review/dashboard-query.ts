// The dashboard's search params: year, unit kind, status bucket, name, sort. A link someone
// shortened, a bookmark from an older version or a typed URL must never break the page, so
// every field that does not parse falls back to its default on its own.
import { z } from "zod";
import { dashboardBuckets, type DashboardBucket } from "@/lib/review/dashboard-status";

export const unitKindFilters = ["all", "town", "department"] as const;
export type UnitKindFilter = (typeof unitKindFilters)[number];

export const sortKeys = ["unit", "status", "submitted", "days", "comments"] as const;
export type SortKey = (typeof sortKeys)[number];
export type SortDirection = "asc" | "desc";

/** The first click on a column sorts the way a reviewer reads it: most open comments first. */
export const defaultDirection: Record<SortKey, SortDirection> = { unit: "asc", status: "asc", submitted: "asc", days: "asc", comments: "desc" };

export const maxNameFilterLength = 50;

/** Buckets in URLs are lower case: ?status=overdue, ?status=not-started. */
export function bucketParam(bucket: DashboardBucket): string {
  return bucket.toLowerCase().replace("_", "-");
}
const bucketByParam = new Map(dashboardBuckets.map((b) => [bucketParam(b), b]));

// Next gives a repeated param as an array; the first one counts.
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

export const dashboardQuerySchema = z.object({
  year: z.preprocess(first, z.coerce.number().int().min(1949).max(9999).optional()).catch(undefined),
  kind: z.preprocess(first, z.enum(unitKindFilters)).catch("all"),
  status: z
    .preprocess(first, z.string().optional())
    .transform((value) => (value === undefined ? undefined : bucketByParam.get(value.trim().toLowerCase())))
    .catch(undefined),
  q: z
    .preprocess(first, z.string())
    .transform((value) => value.trim().slice(0, maxNameFilterLength))
    .catch(""),
  sort: z.preprocess(first, z.enum(sortKeys)).catch("unit"),
  dir: z.preprocess(first, z.enum(["asc", "desc"]).optional()).catch(undefined),
});

export type DashboardQuery = {
  /** Undefined: the current reporting cycle (lib/reports/reporting-cycle.ts), else the latest year. */
  year?: number;
  kind: UnitKindFilter;
  status?: DashboardBucket;
  q: string;
  sort: SortKey;
  dir: SortDirection;
};

/** Parses page or route search params; never throws. */
export function parseDashboardQuery(params: Record<string, string | string[] | undefined> | URLSearchParams): DashboardQuery {
  const record = params instanceof URLSearchParams ? Object.fromEntries(params) : params;
  const parsed = dashboardQuerySchema.parse(record);
  return { ...parsed, dir: parsed.dir ?? defaultDirection[parsed.sort] };
}

/** The query as search params, leaving out what is the default anyway, so links stay short. */
export function dashboardSearchParams(query: DashboardQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.year !== undefined) params.set("year", String(query.year));
  if (query.kind !== "all") params.set("kind", query.kind);
  if (query.status) params.set("status", bucketParam(query.status));
  if (query.q) params.set("q", query.q);
  if (query.sort !== "unit") params.set("sort", query.sort);
  if (query.dir !== defaultDirection[query.sort]) params.set("dir", query.dir);
  return params;
}

export function dashboardHref(query: DashboardQuery, patch: Partial<DashboardQuery> = {}): string {
  const search = dashboardSearchParams({ ...query, ...patch }).toString();
  return search ? `/review?${search}` : "/review";
}

export function dashboardExportHref(query: DashboardQuery, format: "csv" | "xlsx"): string {
  const params = dashboardSearchParams(query);
  params.set("format", format);
  return `/review/export?${params.toString()}`;
}

/** The link a column header points to: the same column flips direction, another starts at its default. */
export function sortHref(query: DashboardQuery, sort: SortKey): string {
  const dir = query.sort === sort ? (query.dir === "asc" ? "desc" : "asc") : defaultDirection[sort];
  return dashboardHref(query, { sort, dir });
}
