import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { parseAuditQuery, type AuditQuery, type SearchParams } from "@/lib/audit/audit-query";
import { listAuditFilterOptions, type AuditFilterOptions } from "@/lib/audit/list-audit-filter-options";

export type ResolvedAuditQuery = AuditQuery & { options: AuditFilterOptions };

/**
 * Search parameters → filters the district log can use. A well-formed id that names no user or
 * unit of the actor's district is dropped with a note, the same as a malformed one.
 */
export async function resolveAuditQuery({ actor, params }: { actor: Actor; params: SearchParams }): Promise<ResolvedAuditQuery> {
  const options = await listAuditFilterOptions({ actor });
  const { filters, before, notes } = parseAuditQuery(params);
  if (filters.userId && !options.users.some((u) => u.id === filters.userId)) {
    notes.push("所选用户不存在，已忽略该条件。");
    delete filters.userId;
  }
  if (filters.unitId && !options.units.some((u) => u.id === filters.unitId)) {
    notes.push("所选单位不存在，已忽略该条件。");
    delete filters.unitId;
  }
  return { filters, before, notes, options };
}
