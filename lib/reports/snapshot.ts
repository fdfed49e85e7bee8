// A Revision stores the report as it stood, so published text never depends on live rows.
import { z } from "zod";

export const snapshotSectionSchema = z.object({
  key: z.string(),
  level: z.number().int(),
  title: z.string(),
  body: z.string(),
  metrics: z.record(z.string(), z.number().nullable()),
  metricLabels: z.record(z.string(), z.object({ label: z.string(), unit: z.string() })).default({}),
  /** The template's metric keys in display order. PostgreSQL stores Json as jsonb, which does
   *  not keep object key order, so the order of `metrics`/`metricLabels` cannot be relied on. */
  metricOrder: z.array(z.string()).default([]),
});

export const reportSnapshotSchema = z.object({
  title: z.string(),
  docNumber: z.string(),
  sections: z.array(snapshotSectionSchema),
});

export type ReportSnapshot = z.infer<typeof reportSnapshotSchema>;
export type SnapshotSection = z.infer<typeof snapshotSectionSchema>;

export function parseSnapshot(value: unknown): ReportSnapshot {
  return reportSnapshotSchema.parse(value);
}
