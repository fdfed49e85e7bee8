import { numberSections, toParagraphs } from "@/lib/reports/numbering";
import type { ReportSnapshot } from "@/lib/reports/snapshot";

export type PublishedSection = {
  key: string;
  level: number;
  number: string;
  title: string;
  paragraphs: string[];
  metrics: { key: string; label: string; unit: string; value: number }[];
};

/** Position of a metric in the template's order; keys the template no longer has go last. */
function metricRank(order: string[], key: string): number {
  const index = order.indexOf(key);
  return index === -1 ? order.length : index;
}

/** A frozen revision's sections as the public reads them: numbered, in paragraphs, figures in the template's order. */
export function publishedSections(snapshot: ReportSnapshot): PublishedSection[] {
  return numberSections(snapshot.sections).map((s) => ({
    key: s.key,
    level: s.level,
    number: s.number,
    title: s.title,
    paragraphs: toParagraphs(s.body),
    // In the template's order: jsonb (PostgreSQL) does not keep the object's key order.
    metrics: Object.entries(s.metrics)
      .filter((entry): entry is [string, number] => entry[1] !== null)
      .sort(([a], [b]) => metricRank(s.metricOrder, a) - metricRank(s.metricOrder, b))
      .map(([key, value]) => ({ key, value, label: s.metricLabels[key]?.label ?? key, unit: s.metricLabels[key]?.unit ?? "" })),
  }));
}
