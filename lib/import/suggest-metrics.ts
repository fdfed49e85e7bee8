// Figures for a section's metric fields, read from its text: "党委中心组…学习6次" → 中心组学法次数 6.
// Only suggestions, each shown with the sentence it came from, for the clerk to accept.
// A figure goes to a field when its unit fits the field's unit and the text around it shares
// enough of the field label's own bigrams (weighted by how few labels share them, so 执法 says
// less than 换发); each figure to one field, each field one figure, nothing when two readings tie.
// The app's own Word export writes "主要数据：中心组学法次数6次；…。": that sentence is read exactly.
import type { MetricField } from "@/lib/reports/template";

export type MetricSuggestion = { key: string; value: number; sentence: string };

// ---------------------------------------------------------------- the app's own sentence

/** "主要数据：中心组学法次数6次；专题讲座次数1次。" (metricsSentence in build-report-docx.ts), either width. */
function readMetricsSentence(paragraph: string, fields: MetricField[]): Map<string, number> | null {
  const match = /^主要数据[：:](.+?)[。.]?$/.exec(paragraph.trim());
  if (!match) return null;
  const values = new Map<string, number>();
  for (const item of match[1].split(/[；;]/)) {
    const fits = fields
      .filter((f) => item.startsWith(f.label) && item.endsWith(f.unit))
      .map((f) => ({ f, figure: item.slice(f.label.length, item.length - f.unit.length) }))
      .filter(({ figure }) => /^-?\d+(?:\.\d+)?$/.test(figure))
      .sort((a, b) => b.f.label.length - a.f.label.length)[0];
    if (!fits) return null;
    values.set(fits.f.key, Number(fits.figure));
  }
  return values;
}

/** Whether the paragraph is the app's own rendering of these fields' figures (the importer leaves it out of the text). */
export function isMetricsSentence(paragraph: string, fields: MetricField[]): boolean {
  return readMetricsSentence(paragraph, fields) !== null;
}

// ---------------------------------------------------------------- figures in running text

/** Units that count the same thing; a field takes its own unit or one of its class. */
const unitClasses = [
  ["次", "场", "期", "场次", "轮", "堂", "批次"],
  ["件", "起", "宗", "例", "件次"],
  ["人", "名", "位"],
];
const otherUnits = ["人次", "个", "项", "家", "户", "条", "篇", "份", "处", "所", "批"];
const units = [...new Set([...unitClasses.flat(), ...otherUnits])].sort((a, b) => b.length - a.length);

function isSameKind(fieldUnit: string, unit: string): boolean {
  return fieldUnit === unit || unitClasses.some((c) => c.includes(fieldUnit) && c.includes(unit));
}

const chineseDigits: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const chineseUnits: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 六 → 6, 十二 → 12, 一百零五 → 105; null for digit runs such as 八五 or 十四五. */
function parseChineseNumber(text: string): number | null {
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of text) {
    if (ch in chineseDigits) {
      if (digit !== null && digit !== 0) return null;
      digit = chineseDigits[ch];
    } else if (ch === "万") {
      total += (section + (digit ?? 0)) * 10000;
      [section, digit] = [0, null];
    } else {
      section += (digit ?? 1) * chineseUnits[ch];
      digit = null;
    }
  }
  return total + section + (digit ?? 0);
}

const numberPattern = /\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千][零〇一二两三四五六七八九十百千万]*/g;
/** Ordinals, rates and bounds are not counts: 第3次, 每月1次, 至少2次, 100余件, 10人以上. */
const notACountBefore = /(?:第|每.{0,3}|至少|不少于|不低于|超过|近|约|百分之)$/;
const notACountAfter = /^(?:余|多|以上|左右|性)/;

type Figure = { value: number; unit: string; start: number; end: number };

/** The counted figures of a clause: a number, then a unit; years, percentages, money have none of ours. */
function figuresIn(clause: string): Figure[] {
  const figures: Figure[] = [];
  for (const m of clause.matchAll(numberPattern)) {
    const start = m.index;
    const after = clause.slice(start + m[0].length);
    const unit = units.find((u) => after.startsWith(u));
    if (!unit || notACountBefore.test(clause.slice(0, start)) || notACountAfter.test(after.slice(unit.length))) continue;
    const value = /\d/.test(m[0]) ? Number(m[0].replace(/,/g, "")) : parseChineseNumber(m[0]);
    if (value === null || !Number.isFinite(value)) continue;
    figures.push({ value, unit, start, end: start + m[0].length + unit.length });
  }
  return figures;
}

/**
 * The words a figure is read with: its own item of an enumeration ("4名综合行政执法人员"), and
 * the tail the items share ("…、1名应急执法人员换发执法证": 换发执法证 is said of both).
 */
function contexts(clause: string, figures: Figure[]): string[] {
  const bounds = [0];
  for (const m of clause.matchAll(/、|(?:以及|和|及|与)(?=[\d零〇一二两三四五六七八九十])/g)) bounds.push(m.index, m.index + m[0].length);
  bounds.push(clause.length);
  const itemOf = (at: number) => {
    let i = 0;
    while (i + 2 < bounds.length && bounds[i + 2] <= at) i += 2;
    return [bounds[i], bounds[i + 1]] as const;
  };
  const last = figures.at(-1);
  return figures.map((figure) => {
    const [from, to] = itemOf(figure.start);
    const own = clause.slice(from, to);
    if (!last || last === figure || itemOf(last.start)[0] === from || !unitClasses.some((c) => c.includes(figure.unit) && c.includes(last.unit))) return own;
    return own + clause.slice(last.end, itemOf(last.start)[1]);
  });
}

// ---------------------------------------------------------------- labels

type Label = { field: MetricField; alternatives: Set<string>[]; all: Set<string> };

const compact = (text: string) => text.normalize("NFKC").replace(/\s+/g, "");
/** Words that end in a counting character: 案件数 keeps 案件, 信访件数 drops 件. */
const wordsEndingInUnit = ["案件", "文件", "事件", "信件", "稿件", "条件", "个人", "企业家"];
const genericLabelBigrams = new Set(["开展", "组织", "工作", "情况", "数量", "总数"]);

function labelBigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (const part of text.split(/[和及与、]/)) {
    for (let i = 0; i + 1 < part.length; i++) if (!genericLabelBigrams.has(part.slice(i, i + 2))) out.add(part.slice(i, i + 2));
  }
  return out;
}

/** 新领或换发执法证人数 → the alternatives 新领 | 换发执法证, each judged on its own. */
function readLabel(field: MetricField): Label {
  let core = compact(field.label).replace(/(?:数量|总数|数)$/, "");
  const unit = units.find((u) => core.endsWith(u));
  if (unit && !wordsEndingInUnit.some((w) => core.endsWith(w))) core = core.slice(0, -unit.length);
  const alternatives = core.split("或").map(labelBigrams);
  return { field, alternatives, all: new Set(alternatives.flatMap((a) => [...a])) };
}

type Reading = { coverage: number; strength: number };

function read(label: Label, context: string, weight: (bigram: string) => number): Reading | null {
  const has = (pair: string) => context.includes(pair);
  const matched = [...label.all].filter(has);
  if (matched.length < Math.min(2, label.all.size)) return null;
  const sum = (pairs: Iterable<string>) => [...pairs].reduce((total, pair) => total + weight(pair), 0);
  const coverage = Math.max(...label.alternatives.map((a) => (a.size === 0 ? 0 : sum([...a].filter(has)) / sum(a))));
  return coverage >= 0.5 ? { coverage: Math.round(coverage * 100) / 100, strength: sum(matched) } : null;
}

const isBetter = (a: Reading, b: Reading) => a.coverage > b.coverage || (a.coverage === b.coverage && a.strength > b.strength);

// ---------------------------------------------------------------- suggestions

/** The stretches of `text` between separators. */
function spans(text: string, separator: RegExp): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (const m of text.matchAll(separator)) {
    out.push([from, m.index]);
    from = m.index + m[0].length;
  }
  out.push([from, text.length]);
  return out;
}

type Claim = Reading & { field: MetricField; value: number; clause: number; sentence: string };

export function suggestMetrics(text: string, fields: MetricField[]): MetricSuggestion[] {
  const exact = new Map<string, MetricSuggestion>();
  const prose: string[] = [];
  for (const paragraph of text.split("\n")) {
    const values = readMetricsSentence(paragraph, fields);
    if (!values) prose.push(paragraph);
    else for (const [key, value] of values) exact.set(key, { key, value, sentence: paragraph.trim() });
  }

  const labels = fields.map(readLabel);
  const sharedBy = new Map<string, number>();
  for (const label of labels) for (const pair of label.all) sharedBy.set(pair, (sharedBy.get(pair) ?? 0) + 1);
  const weight = (pair: string) => 1 / (sharedBy.get(pair) ?? 1);

  // Full-width forms folded one for one, so a sentence found in the folded text is cut from the original.
  const original = prose.join("\n");
  const folded = original.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  const claims: Claim[] = [];
  let clauseId = 0;
  for (const [from, to] of spans(folded, /[。!?;\n]/g)) {
    const sentence = original.slice(from, to).trim();
    for (const [start, end] of spans(folded.slice(from, to), /(?<!\d),|,(?!\d{3}(?!\d))|:/g)) {
      const clause = folded.slice(from + start, from + end);
      clauseId++;
      const figures = figuresIn(clause);
      contexts(clause, figures).forEach((context, i) => {
        let best: Claim | null = null;
        for (const label of labels) {
          if (!isSameKind(label.field.unit, figures[i].unit)) continue;
          const reading = read(label, compact(context), weight);
          if (reading && (!best || isBetter(reading, best))) best = { ...reading, field: label.field, value: figures[i].value, clause: clauseId, sentence };
        }
        if (best) claims.push(best);
      });
    }
  }

  return fields.flatMap((field) => {
    if (exact.has(field.key)) return [exact.get(field.key)!];
    // Figures of one clause read with the same field are an enumeration: 4名…、1名…换发执法证 → 5.
    const byClause = new Map<number, Claim>();
    for (const claim of claims.filter((c) => c.field.key === field.key)) {
      const seen = byClause.get(claim.clause);
      byClause.set(claim.clause, seen ? { ...seen, value: seen.value + claim.value, coverage: Math.max(seen.coverage, claim.coverage), strength: Math.max(seen.strength, claim.strength) } : claim);
    }
    const candidates = [...byClause.values()];
    const best = candidates.reduce<Claim | null>((a, b) => (!a || isBetter(b, a) ? b : a), null);
    if (!best) return [];
    const isTied = candidates.some((c) => c !== best && !isBetter(best, c) && c.value !== best.value);
    return isTied ? [] : [{ key: field.key, value: Math.round(best.value * 1e6) / 1e6, sentence: best.sentence }];
  });
}
