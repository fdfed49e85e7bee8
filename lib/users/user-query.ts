// The user list's search params. Every field that does not parse falls back to its default on
// its own, so an old bookmark or a typed URL never breaks the page.
import { z } from "zod";
import { roles } from "@/lib/auth/permissions";

export const userSortKeys = ["name", "login", "role", "unit", "lastLogin", "status"] as const;
export type UserSortKey = (typeof userSortKeys)[number];
export type SortDirection = "asc" | "desc";

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

const userQuerySchema = z.object({
  role: z.preprocess(first, z.enum(roles).optional()).catch(undefined),
  unit: z.preprocess(first, z.string().trim().max(40).optional()).catch(undefined),
  active: z.preprocess(first, z.enum(["all", "active", "inactive"])).catch("active"),
  q: z.preprocess(first, z.string()).transform((v) => v.trim().slice(0, 50)).catch(""),
  sort: z.preprocess(first, z.enum(userSortKeys)).catch("name"),
  dir: z.preprocess(first, z.enum(["asc", "desc"])).catch("asc"),
});
export type UserQuery = z.infer<typeof userQuerySchema>;

export function parseUserQuery(params: Record<string, string | string[] | undefined>): UserQuery {
  return userQuerySchema.parse(params);
}

export function userQueryHref(query: UserQuery, change: Partial<UserQuery> = {}): string {
  const next = { ...query, ...change };
  const params = new URLSearchParams();
  if (next.role) params.set("role", next.role);
  if (next.unit) params.set("unit", next.unit);
  if (next.active !== "active") params.set("active", next.active);
  if (next.q) params.set("q", next.q);
  if (next.sort !== "name") params.set("sort", next.sort);
  if (next.dir !== "asc") params.set("dir", next.dir);
  const search = params.toString();
  return search ? `/admin/users?${search}` : "/admin/users";
}

/** Clicking the sorted column flips it; another column starts ascending. */
export function userSortHref(query: UserQuery, sort: UserSortKey): string {
  return userQueryHref(query, { sort, dir: query.sort === sort && query.dir === "asc" ? "desc" : "asc" });
}

type Sortable = { name: string; login: string; role: string; unitName: string | null; lastLoginAt: Date | null; isActive: boolean; isLocked: boolean };

const roleOrder: Record<string, number> = { ADMIN: 0, REVIEWER: 1, UNIT_HEAD: 2, CLERK: 3 };
const collator = new Intl.Collator("zh-CN");

function compare(a: Sortable, b: Sortable, sort: UserSortKey): number {
  switch (sort) {
    case "name":
      return collator.compare(a.name, b.name);
    case "login":
      return a.login.localeCompare(b.login);
    case "role":
      return roleOrder[a.role] - roleOrder[b.role];
    case "unit":
      return collator.compare(a.unitName ?? "", b.unitName ?? "");
    case "lastLogin":
      return (a.lastLoginAt?.getTime() ?? 0) - (b.lastLoginAt?.getTime() ?? 0);
    case "status":
      return Number(b.isActive) - Number(a.isActive) || Number(a.isLocked) - Number(b.isLocked);
  }
}

/** Sorted by the column, then by login so equal rows keep a stable order. */
export function sortUsers<T extends Sortable>(rows: T[], query: Pick<UserQuery, "sort" | "dir">): T[] {
  const sign = query.dir === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => sign * compare(a, b, query.sort) || a.login.localeCompare(b.login));
}
