// The district's view of what units wrote (issue 14 §1.2): per required section, who has
// written it and how long, the average length against last year, and whose text is mostly last
// year's. Pure; lib/statistics/load-section-completeness.ts reads the data.
import { countCharacters } from "@/lib/reports/numbering";
import { copiedThreshold, similarity } from "@/lib/reports/quality-checks";

export type CompletenessUnit = { unitId: string; name: string; kind: "TOWN" | "DEPARTMENT" };
/** Section bodies by template key, per unit id. */
export type BodiesByUnit = Map<string, Map<string, string>>;

export type SectionCompleteness = {
  key: string;
  title: string;
  written: number;
  missing: CompletenessUnit[];
  /** Characters per unit that wrote it, in the units' order. */
  lengths: { unit: CompletenessUnit; characters: number; copiedRatio: number | null }[];
  averageLength: number | null;
  lastYearAverageLength: number | null;
  /** Units whose text repeats last year's for this section (similarity ≥ the editor's threshold). */
  copied: CompletenessUnit[];
};

function average(values: number[]): number | null {
  return values.length ? Math.round(values.reduce((a, b) => a + b, 0) / values.length) : null;
}

export function sectionCompleteness({
  units,
  sections,
  thisYear,
  lastYear,
}: {
  units: CompletenessUnit[];
  sections: { key: string; title: string }[];
  thisYear: BodiesByUnit;
  lastYear: BodiesByUnit;
}): SectionCompleteness[] {
  return sections.map(({ key, title }) => {
    const lengths: SectionCompleteness["lengths"] = [];
    const missing: CompletenessUnit[] = [];
    for (const unit of units) {
      const body = thisYear.get(unit.unitId)?.get(key)?.trim() ?? "";
      if (!body) {
        missing.push(unit);
        continue;
      }
      const before = lastYear.get(unit.unitId)?.get(key)?.trim() ?? "";
      lengths.push({ unit, characters: countCharacters(body), copiedRatio: before ? similarity(body, before) : null });
    }
    const lastYearLengths = [...lastYear.values()].map((bodies) => bodies.get(key)?.trim() ?? "").filter(Boolean).map(countCharacters);
    return {
      key,
      title,
      written: lengths.length,
      missing,
      lengths,
      averageLength: average(lengths.map((l) => l.characters)),
      lastYearAverageLength: average(lastYearLengths),
      copied: lengths.filter((l) => l.copiedRatio !== null && l.copiedRatio >= copiedThreshold).map((l) => l.unit),
    };
  });
}
