import { metricId } from "./metric-id";
import type { MetricDefinition, MetricRow, UnitRef } from "./types";

/** Metrics stored on a section: { metricKey: number | null }, as saved (JSON, so checked). */
export function metricValuesOf(value: unknown): Record<string, number | null> {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, typeof v === "number" && Number.isFinite(v) ? v : null]));
}

/** Template metric fields: [{ key, label, unit }]. */
export function metricFieldsOf(value: unknown): { key: string; label: string; unit: string }[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((f) => (f && typeof f.key === "string" ? [{ key: f.key, label: String(f.label ?? f.key), unit: String(f.unit ?? "") }] : []));
}

/** One row per metric the section has (blank ones with null), scoped by the section's key. */
export function rowsOfSection(options: { unit: UnitRef; year: number; sectionKey: string; values: Record<string, number | null>; keys?: string[] }): MetricRow[] {
  const keys = new Set([...(options.keys ?? []), ...Object.keys(options.values)]);
  return [...keys].map((key) => ({
    unitId: options.unit.unitId,
    unitName: options.unit.unitName,
    unitKind: options.unit.unitKind,
    slug: options.unit.slug,
    unitInactive: options.unit.unitInactive,
    year: options.year,
    metricKey: metricId(options.sectionKey, key),
    value: options.values[key] ?? null,
  }));
}

/** Definitions of a section's metrics; `sectionIndex` orders sections, then the fields' order. */
export function definitionsOfSection(options: { year: number; sectionKey: string; sectionIndex: number; fields: { key: string; label: string; unit: string }[] }): MetricDefinition[] {
  return options.fields.map((f, i) => ({ key: metricId(options.sectionKey, f.key), label: f.label, unit: f.unit, year: options.year, order: options.sectionIndex * 1000 + i }));
}
