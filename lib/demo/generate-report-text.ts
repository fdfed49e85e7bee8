// Realistic, varied report text for the demo: each unit, year and section draws its own
// paragraphs from phrase banks with a seeded generator, so the same inputs always give the
// same text and no two reports read alike. The figures the text states are returned as the
// section's metric values, as a clerk would enter them in the metric fields.
import { lawStudyBank, reformBank, rulesBank, decisionsBank } from "@/lib/demo/banks/study-and-rules";
import { enforcementBank, oversightBank, disputesBank, publicityBank } from "@/lib/demo/banks/enforcement-and-oversight";
import { leadershipBank, shortcomingsBank, plansBank, otherBank } from "@/lib/demo/banks/summary";
import { createPicker, createRandom, hashSeed, type Picker } from "@/lib/demo/prng";
import { selfNames, type DemoUnit, type SectionBank, type TextContext } from "@/lib/demo/text-context";

export type { DemoUnit } from "@/lib/demo/text-context";

export type TemplateSectionInput = { key: string; level: number; parentKey: string | null; title: string; metrics: readonly { key: string }[] };
export type GeneratedSection = { key: string; title: string; body: string; metrics: Record<string, number> };

const banks: Record<string, SectionBank> = {
  "law-study": lawStudyBank,
  reform: reformBank,
  rules: rulesBank,
  decisions: decisionsBank,
  enforcement: enforcementBank,
  oversight: oversightBank,
  disputes: disputesBank,
  publicity: publicityBank,
  leadership: leadershipBank,
  shortcomings: shortcomingsBank,
  plans: plansBank,
  other: otherBank,
};

/** Plausible figures per metric; towns are smaller than departments. Dependent ones come after what they depend on. */
function metricValue(key: string, isTown: boolean, p: Picker, done: Record<string, number>): number | null {
  switch (key) {
    case "study-sessions": return p.int(4, 12);
    case "lectures": return p.int(1, 6);
    case "publicity-events": return isTown ? p.int(6, 36) : p.int(5, 24);
    case "officers": return isTown ? p.int(8, 30) : p.int(20, 160);
    case "certified-officers": return (done.officers ?? 20) - p.int(0, 3);
    case "new-certificates": return p.int(1, 9);
    case "penalty-cases": return isTown ? p.int(5, 80) : p.int(30, 600);
    case "disputes-screened": return isTown ? p.int(60, 420) : p.int(10, 90);
    case "disputes-mediated": return Math.round((done["disputes-screened"] ?? 50) * (0.9 + p.int(0, 9) / 100));
    case "petitions": return isTown ? p.int(8, 60) : p.int(3, 30);
    case "reconsideration-cases": return p.int(0, 18);
    case "litigation-cases": return p.int(0, 10);
    case "normative-documents-reviewed": return p.int(2, 30);
    default: return null;
  }
}

function contextFor(unit: DemoUnit, year: number, picker: Picker, metrics: Record<string, number>): TextContext {
  const { we, party } = selfNames(unit);
  return {
    ...picker,
    unit,
    year,
    isTown: unit.kind === "TOWN",
    we,
    party,
    date: (from, to) => {
      const month = picker.int(from, to);
      return `${month}月${picker.int(1, new Date(Date.UTC(year, month, 0)).getUTCDate())}日`;
    },
    metric: (key) => {
      if (!(key in metrics)) throw new Error(`phrase bank asks for metric ${key}, which this section does not have`);
      return metrics[key];
    },
  };
}

function writeSection(bank: SectionBank, c: TextContext): string {
  const paragraphs = bank.slots.map((alternatives) => c.pick(alternatives)(c));
  if (bank.extras) paragraphs.push(...c.some(bank.extras, bank.extraCount ?? 1).map((extra) => extra(c)));
  return paragraphs.join("\n");
}

/** Titles and bodies for every section of the template; a heading that only groups sub-sections gets no body. */
export function generateReportText(options: { unit: DemoUnit; year: number; sections: readonly TemplateSectionInput[]; seed?: string }): GeneratedSection[] {
  const { unit, year, sections, seed = "demo" } = options;
  return sections.map((section) => {
    const picker = createPicker(createRandom(hashSeed(`${seed}:${unit.slug}:${year}:${section.key}`)));
    const isGroup = sections.some((s) => s.parentKey === section.key);
    const bank = banks[section.key];
    const metrics: Record<string, number> = {};
    for (const field of section.metrics) {
      const value = metricValue(field.key, unit.kind === "TOWN", picker, metrics);
      if (value !== null) metrics[field.key] = value;
    }
    if (isGroup || !bank) return { key: section.key, title: section.title, body: "", metrics };
    const c = contextFor(unit, year, picker, metrics);
    const title = bank.titles.length > 0 ? c.pick(bank.titles) : section.title;
    return { key: section.key, title, body: writeSection(bank, c), metrics };
  });
}

/** The characters a reader sees: headings and bodies. */
export function reportLength(sections: readonly Pick<GeneratedSection, "title" | "body">[]): number {
  return sections.reduce((sum, s) => sum + s.title.length + s.body.length, 0);
}
