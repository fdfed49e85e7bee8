// Assigns parsed sections to a template's keys: by heading text where it matches, otherwise by
// position among the template sections of the same level and parent. Sections the template has
// no room for come back as extras, so no imported text is dropped.
import type { ParsedSection } from "@/lib/reports/parse-report-text";
import type { TemplateSectionDef } from "@/lib/reports/template";

export type MatchedSection = ParsedSection & { key: string | null; parentKey: string | null };

const normalise = (title: string) => title.replace(/[\s"“”"'‘’()（）、，,]/g, "");

export function matchSectionsToTemplate(parsed: ParsedSection[], template: TemplateSectionDef[]): MatchedSection[] {
  const used = new Set<string>();
  let parentKey: string | null = null;

  return parsed.map((section) => {
    const candidates = template.filter(
      (t) => t.level === section.level && !used.has(t.key) && (section.level === 1 || t.parentKey === parentKey),
    );
    const byTitle = candidates.find((t) => normalise(t.title) === normalise(section.title));
    const match = byTitle ?? candidates[0] ?? null;
    if (match) used.add(match.key);
    if (section.level === 1) parentKey = match?.key ?? null;
    return { ...section, key: match?.key ?? null, parentKey: section.level === 1 ? null : parentKey };
  });
}
