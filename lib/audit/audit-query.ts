// The district audit log's filters as they travel in the URL (a GET form, links, the CSV link).
// Pure and DB-free: parsing never throws, a bad value is dropped with a note the page shows, so
// a hand-edited or stale link still shows the log rather than an error.
import { z } from "zod";
import { auditKinds, type AuditKind } from "@/lib/audit/events";
import { parseCalendarDate } from "@/lib/dates";

export type AuditFilters = {
  userId?: string;
  unitId?: string;
  kind?: AuditKind;
  /** Calendar dates (yyyy-mm-dd) in China's time, both inclusive. */
  from?: string;
  to?: string;
};

/** Position after which the next (older) page starts: newest first, ties broken by id. */
export type AuditCursor = { createdAt: Date; id: string };

export type AuditQuery = { filters: AuditFilters; before: AuditCursor | null; notes: string[] };

export type SearchParams = Record<string, string | string[] | undefined>;

// Row ids are cuids; anything else cannot name a row, so it is refused before it reaches a query.
const idSchema = z.string().regex(/^[a-z0-9]{1,40}$/i);
const dateSchema = z.string().refine((value) => parseCalendarDate(value) !== null);
const cursorPattern = /^(\d{1,15})-([a-z0-9]{1,40})$/i;

const fieldNames = { user: "用户", unit: "单位", kind: "操作类型", from: "开始日期", to: "结束日期" } as const;

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
}

export function encodeCursor(cursor: AuditCursor): string {
  return `${cursor.createdAt.getTime()}-${cursor.id}`;
}

export function decodeCursor(value: string): AuditCursor | null {
  const match = cursorPattern.exec(value);
  if (!match) return null;
  const createdAt = new Date(Number(match[1]));
  return Number.isNaN(createdAt.getTime()) ? null : { createdAt, id: match[2] };
}

export function parseAuditQuery(params: SearchParams): AuditQuery {
  const notes: string[] = [];
  const filters: AuditFilters = {};
  const read = <T>(name: keyof typeof fieldNames, schema: z.ZodType<T>): T | undefined => {
    const raw = first(params[name]);
    if (!raw) return undefined;
    const parsed = schema.safeParse(raw);
    if (parsed.success) return parsed.data;
    notes.push(`“${fieldNames[name]}”的值无效，已忽略该条件。`);
    return undefined;
  };

  filters.userId = read("user", idSchema);
  filters.unitId = read("unit", idSchema);
  filters.kind = read("kind", auditKinds);
  filters.from = read("from", dateSchema);
  filters.to = read("to", dateSchema);
  if (filters.from && filters.to && filters.from > filters.to) {
    notes.push("开始日期晚于结束日期，已忽略日期范围。");
    delete filters.from;
    delete filters.to;
  }
  for (const key of Object.keys(filters) as (keyof AuditFilters)[]) if (filters[key] === undefined) delete filters[key];

  const rawBefore = first(params.before);
  const before = rawBefore ? decodeCursor(rawBefore) : null;
  if (rawBefore && !before) notes.push("翻页位置无效，已从最新的记录开始显示。");
  return { filters, before, notes };
}

const chinaOffsetMs = 8 * 60 * 60 * 1000;
const dayMs = 24 * 60 * 60 * 1000;

/**
 * The instants a date range covers in China's time (UTC+8, no daylight saving): from 00:00 on
 * `from` up to, not including, 00:00 on the day after `to`.
 */
export function chinaDayRange(filters: Pick<AuditFilters, "from" | "to">): { gte?: Date; lt?: Date } {
  const from = filters.from ? parseCalendarDate(filters.from) : null;
  const to = filters.to ? parseCalendarDate(filters.to) : null;
  return {
    ...(from ? { gte: new Date(from.getTime() - chinaOffsetMs) } : {}),
    ...(to ? { lt: new Date(to.getTime() + dayMs - chinaOffsetMs) } : {}),
  };
}

/** The filters (and page) as URL search parameters, in the names the form uses. */
export function toSearchParams(filters: AuditFilters, before?: AuditCursor | null): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.userId) params.set("user", filters.userId);
  if (filters.unitId) params.set("unit", filters.unitId);
  if (filters.kind) params.set("kind", filters.kind);
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  if (before) params.set("before", encodeCursor(before));
  return params;
}

export function hasFilters(filters: AuditFilters): boolean {
  return Object.values(filters).some(Boolean);
}
