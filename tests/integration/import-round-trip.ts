// A published report exported as the public site's Word file and imported back: the sections
// the import would write, next to the sections the report has. Used on every demo report.
import { buildReportDocx } from "@/lib/public/docx/build-report-docx";
import type { PublishedSection } from "@/lib/public/get-published-report";
import { classifyLines } from "@/lib/import/classify-lines";
import { templateOutline } from "@/lib/import/template-outline";
import { noDecisions, prepareImport } from "@/lib/import/prepare-import";
import { readSourceFile } from "@/lib/import/read-source-file";
import { suggestMetrics } from "@/lib/import/suggest-metrics";
import type { TemplateSectionRow } from "@/lib/reports/get-template-sections";

export type ComparableSection = { title: string; body: string; metrics: Record<string, number> };

export type RoundTripInput = {
  title: string;
  publisher: string;
  docNumber: string;
  documentDate: Date | null;
  publishedAt: Date;
  correction: { note: string; at: Date } | null;
  sections: PublishedSection[];
  template: TemplateSectionRow[];
};

export async function roundTrip(report: RoundTripInput) {
  const bytes = await buildReportDocx(report);
  const lines = await readSourceFile({ name: "报告.docx", bytes });
  const outline = templateOutline(report.template);
  const { plan } = prepareImport(classifyLines(lines), outline, noDecisions);

  const expected: ComparableSection[] = report.sections.map((s) => ({
    title: s.title,
    body: s.paragraphs.join("\n"),
    metrics: Object.fromEntries(s.metrics.map((m) => [m.key, m.value])),
  }));
  const byKey = new Map(plan.entries.map((e) => [e.key, e]));
  const fieldsOf = (key: string) => outline.find((s) => s.key === key)?.metrics ?? [];
  // Template sections by key, the unit's own sub-sections (new on import) by their place in order.
  const extras = plan.entries.filter((e) => e.isNew);
  const actual: ComparableSection[] = report.sections.map((s) => {
    const entry = byKey.get(s.key) ?? (s.key.startsWith("extra-") ? extras.shift() : undefined);
    if (!entry) return { title: "（未导入）", body: "", metrics: {} };
    const found = suggestMetrics(entry.metricsParagraphs.join("\n"), fieldsOf(s.key));
    return { title: entry.title, body: entry.importedBody, metrics: Object.fromEntries(found.map((m) => [m.key, m.value])) };
  });
  return { plan, expected, actual };
}
