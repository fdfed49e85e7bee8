// One pass from the splitter's reading of a source to the plan the preview shows and the
// confirm writes, with the user's decisions applied. The browser runs it on every change in
// the preview; the server runs it again on confirm from the source itself.
import { assembleReport } from "@/lib/import/assemble-report";
import { applyLineOverrides, userFurnitureLines, type LineOverride } from "@/lib/import/line-overrides";
import { mapSections } from "@/lib/import/map-sections";
import { buildParts, composePlan, type ImportMode, type ImportPlan, type ImportTarget, type OutlineSection } from "@/lib/import/import-plan";
import { isMetricsSentence } from "@/lib/import/suggest-metrics";
import type { ClassifiedLine } from "@/lib/import/types";
import type { TemplateSectionDef } from "@/lib/reports/template";

export type ImportDecisions = {
  lineOverrides: LineOverride[];
  /** Part id → where the user put it. */
  targets: Record<string, ImportTarget>;
  /** Section key → replace or append, for sections that already hold text. */
  modes: Record<string, ImportMode>;
};

export const noDecisions: ImportDecisions = { lineOverrides: [], targets: {}, modes: {} };

export function outlineAsTemplate(outline: OutlineSection[]): TemplateSectionDef[] {
  return outline.map((s) => ({
    key: s.key,
    level: s.level,
    parentKey: s.parentKey,
    title: s.title,
    guidance: s.guidance,
    isRequired: false,
    minLength: null,
    maxLength: null,
    metrics: s.metrics,
  }));
}

export type PreparedImport = { lines: ClassifiedLine[]; plan: ImportPlan };

export function prepareImport(classified: ClassifiedLine[], outline: OutlineSection[], decisions: ImportDecisions): PreparedImport {
  const lines = applyLineOverrides(classified, decisions.lineOverrides);
  const split = assembleReport(lines);
  const mappings = mapSections(split.sections, outlineAsTemplate(outline));
  const parts = buildParts(lines, split, mappings, outline, decisions.targets);
  const plan = composePlan({
    lines,
    split,
    parts,
    outline,
    modes: decisions.modes,
    userFurniture: userFurnitureLines(classified, decisions.lineOverrides),
    isMetricsSentence,
  });
  return { lines, plan };
}
