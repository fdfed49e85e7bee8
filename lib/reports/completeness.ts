// What stands between a draft and submission. Pure, so the overview, the editor and the
// submit command all give the same answer.
import type { MetricField } from "@/lib/reports/template";
import { countCharacters } from "@/lib/reports/numbering";

export type SectionForCheck = {
  key: string;
  title: string;
  body: string;
  isRequired: boolean;
  minLength: number | null;
  maxLength: number | null;
  metrics: Record<string, number | null>;
  metricFields: MetricField[];
  /** A heading that only groups sub-sections has no body to fill. */
  isGroup: boolean;
};

export type Blocker = { sectionKey: string; sectionTitle: string; message: string };

export type SectionState = "empty" | "in-progress" | "complete";

export function sectionProblems(section: SectionForCheck): string[] {
  if (section.isGroup) return [];
  const problems: string[] = [];
  const length = countCharacters(section.body);
  if (section.isRequired && length === 0) problems.push("必填部分尚未填写。");
  else if (length > 0 && section.minLength && length < section.minLength)
    problems.push(`正文不少于 ${section.minLength} 字，当前 ${length} 字。`);
  if (section.maxLength && length > section.maxLength) problems.push(`正文不超过 ${section.maxLength} 字，当前 ${length} 字。`);
  if (section.isRequired) {
    const missing = section.metricFields.filter((field) => section.metrics[field.key] == null);
    if (missing.length) problems.push(`请填写：${missing.map((field) => field.label).join("、")}。`);
  }
  return problems;
}

export function findSubmitBlockers(sections: SectionForCheck[]): Blocker[] {
  return sections.flatMap((section) =>
    sectionProblems(section).map((message) => ({ sectionKey: section.key, sectionTitle: section.title, message })),
  );
}

export function sectionState(section: SectionForCheck): SectionState {
  if (section.isGroup) return "complete";
  const hasText = countCharacters(section.body) > 0;
  const hasMetric = Object.values(section.metrics).some((v) => v != null);
  if (!hasText && !hasMetric) return "empty";
  return sectionProblems(section).length === 0 ? "complete" : "in-progress";
}
