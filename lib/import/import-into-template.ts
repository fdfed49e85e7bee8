// A whole report text laid out in a template's outline with no one to decide anything: the
// base seed publishes the 珍溪镇 report this way, and the Word export's tests build it so.
import { classifyLines } from "@/lib/import/classify-lines";
import { layOutSections, type LaidOutSection } from "@/lib/import/lay-out-sections";
import { noDecisions, prepareImport } from "@/lib/import/prepare-import";
import { textToSourceLines } from "@/lib/import/source-lines";
import { templateOutline } from "@/lib/import/template-outline";
import type { TemplateSectionDef } from "@/lib/reports/template";

export type ImportedText = { title: string | null; date: string | null; docNumber: string | null; sections: LaidOutSection[] };

export function importIntoTemplate(text: string, template: TemplateSectionDef[]): ImportedText {
  const outline = templateOutline(template);
  const { plan } = prepareImport(classifyLines(textToSourceLines(text)), outline, noDecisions);
  if (plan.blockers.length > 0) throw new Error(`导入需要人工处理：${plan.blockers.join("；")}`);
  return { title: plan.title, date: plan.date, docNumber: plan.docNumber, sections: layOutSections(outline, plan.entries, (i) => `extra-${i + 1}`) };
}
