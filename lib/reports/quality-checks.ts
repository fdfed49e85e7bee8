// Warnings, not blockers: things a reviewer would flag before publication (DESIGN.md §9).
export type PersonalDataHit = { kind: "id-number" | "mobile"; label: string; masked: string };

// 18-digit resident ID: 6-digit area, birth date 19xx/20xx, 3 digits, check digit or X.
const idNumber = /(?<!\d)[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?!\d)/g;
// Mainland mobile numbers, alone or written with spaces or dashes (138 1234 5678).
const mobile = /(?<!\d)1[3-9]\d(?:[\s-]?\d{4}){2}(?!\d)/g;

function mask(value: string): string {
  const digits = value.replace(/[\s-]/g, "");
  return `${digits.slice(0, 3)}${"*".repeat(Math.max(digits.length - 7, 0))}${digits.slice(-4)}`;
}

export function findPersonalData(text: string): PersonalDataHit[] {
  const hits: PersonalDataHit[] = [];
  for (const match of text.matchAll(idNumber)) hits.push({ kind: "id-number", label: "疑似身份证号", masked: mask(match[0]) });
  const withoutIds = text.replace(idNumber, " ");
  for (const match of withoutIds.matchAll(mobile)) hits.push({ kind: "mobile", label: "疑似手机号码", masked: mask(match[0]) });
  return hits;
}

/** Reports are expected to give figures; a section with none at all is usually too vague. */
export function hasFigure(text: string): boolean {
  return /\d|[一二三四五六七八九十百千万两]+\s*(?:次|件|人|个|项|场|名|起|户|家|期|篇|条)/.test(text);
}

function bigrams(text: string): Map<string, number> {
  const clean = text.replace(/[\s\p{P}]/gu, "");
  const grams = new Map<string, number>();
  for (let i = 0; i < clean.length - 1; i++) {
    const gram = clean.slice(i, i + 2);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

/**
 * How much of this year's text repeats last year's, 0–1 (Dice coefficient over character
 * bigrams, which suits Chinese text without word boundaries).
 */
export function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  let total = 0;
  let shared = 0;
  for (const count of x.values()) total += count;
  for (const [gram, count] of y) {
    total += count;
    shared += Math.min(count, x.get(gram) ?? 0);
  }
  return total === 0 ? 0 : (2 * shared) / total;
}

/** Above this, the section reads as last year's text with small edits. */
export const copiedThreshold = 0.6;

export type SectionWarning = { sectionKey: string; sectionTitle: string; message: string };

/** A filled metric field (中心组学法次数 = 4) is a figure, even when the text repeats none. */
function hasFilledMetric(metrics: unknown): boolean {
  return typeof metrics === "object" && metrics !== null && Object.values(metrics).some((value) => typeof value === "number");
}

export function sectionWarnings(section: { key: string; title: string; body: string; isGroup: boolean; metrics?: unknown }): SectionWarning[] {
  if (section.isGroup || !section.body.trim()) return [];
  const warnings: SectionWarning[] = findPersonalData(section.body).map((hit) => ({
    sectionKey: section.key,
    sectionTitle: section.title,
    message: `${hit.label} ${hit.masked}，公开前请删除或脱敏。`,
  }));
  if (!hasFigure(section.body) && !hasFilledMetric(section.metrics)) {
    warnings.push({ sectionKey: section.key, sectionTitle: section.title, message: "本部分没有任何数字，建议用具体数据说明工作成效。" });
  }
  return warnings;
}
