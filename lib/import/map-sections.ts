// Places a split report's sections in a year's template. Units word their headings their own way
// and admins rename template titles and keys, so matching works from words, never from keys:
// level-1 headings by title and the synonym groups of heading-synonyms.ts, level-2 sections by
// the key words of their heading and text against each template section's title, guidance and
// topic words. Pairs are taken best-first, so a strong match is never lost to an earlier,
// weaker one; position only breaks ties. No section is dropped: what the template has no place
// for comes back as an extra, folded into its parent, or unplaced for the clerk to decide.
import { genericWords, headingGroups, topics, type HeadingGroup } from "@/lib/import/heading-synonyms";
import type { SplitSection } from "@/lib/import/types";
import type { TemplateSectionDef } from "@/lib/reports/template";

export type SectionTarget =
  | { kind: "template"; key: string }
  | { kind: "extra"; parentKey: string | null }
  | { kind: "fold" }
  | { kind: "unplaced" };

export type SectionMapping = {
  /** Index into the sections given. */
  source: number;
  target: SectionTarget;
  score: number;
  /** Why, in Chinese, for the preview: "标题相同", "按关键词：学法、中心组"… */
  reason: string;
};

type Template = Pick<TemplateSectionDef, "key" | "level" | "parentKey" | "title"> & Partial<Pick<TemplateSectionDef, "guidance">>;
type Scored = { score: number; reason: string };

/** Below these a pair is no match: a level-1 needs a synonym or a close title, a level-2 some key words. */
const level1Threshold = 0.45;
const level2Threshold = 0.25;
/** What a level-1 heading gains when all its sub-sections belong under the candidate: enough on its own. */
const childAffinity = 0.6;
/** A level-1 heading with less text than this (its folded sub-headings included) is left unplaced. */
const substantiveChars = 20;

const spaces = /[\s\u200b-\u200d\u2060]+/g;
const quotes = /[“”‘’"'「」『』《》〈〉]/g;
const leadingMarker = /^(?:[一二三四五六七八九十]+[、.]|\(?[一二三四五六七八九十]+\)|\d+[.、)]|\(\d+\))/;
const years = /(?:19|20)\d{2}(?:年度|年)?|[〇零一二三四五六七八九]{4}年度?/g;

/** Text for looking words up in: one width, no spaces, no quotes; other punctuation kept. */
function normaliseText(text: string): string {
  return text.normalize("NFKC").replace(spaces, "").replace(quotes, "");
}

/** A heading as compared: no marker, no year, letters and digits only. */
function normaliseHeading(text: string): string {
  return normaliseText(text)
    .replace(leadingMarker, "")
    .replace(years, "")
    .replace(/[^\p{L}\p{N}]/gu, "");
}

const genericPattern = new RegExp([...genericWords].sort((a, b) => b.length - a.length).join("|"), "g");

/** A title's own words: what is left between the words every title has. */
function bigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (const part of text.split(genericPattern)) {
    for (let i = 0; i + 1 < part.length; i++) out.add(part.slice(i, i + 2));
  }
  return out;
}

function dice(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const pair of x) if (y.has(pair)) shared++;
  return (2 * shared) / (x.size + y.size);
}

// ---------------------------------------------------------------- level 1: titles and synonyms

function groupScore(heading: string, group: HeadingGroup): number {
  let best = 0;
  for (const phrase of group.phrases) {
    if (heading === phrase) return 1;
    if (heading.includes(phrase)) best = Math.max(best, 0.6 + (0.3 * phrase.length) / heading.length);
    else if (heading.length >= 2 && phrase.includes(heading)) best = Math.max(best, 0.6 + (0.3 * heading.length) / phrase.length);
  }
  if (group.cues.some((cue) => heading.includes(cue))) best = Math.max(best, 0.5);
  return best;
}

/** The synonym group a template title stands for; a heading with sub-sections is the works part. */
function templateGroup(t: Template, hasChildren: boolean): HeadingGroup | null {
  const title = normaliseHeading(t.title);
  let best: HeadingGroup | null = null;
  let bestScore = 0.6;
  for (const group of headingGroups) {
    const score = groupScore(title, group);
    if (score >= bestScore) [best, bestScore] = [group, score];
  }
  return best ?? (hasChildren ? (headingGroups.find((g) => g.name === "works") ?? null) : null);
}

function scoreLevel1(heading: string, t: Template, group: HeadingGroup | null): Scored {
  const h = normaliseHeading(heading);
  const title = normaliseHeading(t.title);
  if (h !== "" && h === title) return { score: 1, reason: "标题相同" };
  const synonym = group ? groupScore(h, group) : 0;
  const similar = dice(h, title);
  if (synonym === 0 && similar === 0) return { score: 0, reason: "" };
  if (synonym >= similar) return { score: Math.min(0.95, synonym), reason: `同义标题：${heading.trim()} ≈ ${t.title}` };
  return { score: Math.min(0.95, similar), reason: `标题相近：${heading.trim()} ≈ ${t.title}` };
}

// ---------------------------------------------------------------- level 2: key words

type Terms = { weights: Map<string, number>; longestFirst: string[]; titleBigrams: Set<string> };

const vocabulary = [...new Set(topics.flatMap((t) => [...t.strong, ...t.weak]))];
const weakWords = new Set(topics.flatMap((t) => t.weak).filter((word) => !topics.some((t) => t.strong.includes(word))));
const titleBigramWeight = 0.5;

/**
 * A template section's key words: the words of the topics its title names and the topic words
 * its guidance uses, less any word another section's title names (an admin who titles a
 * section 法律顾问 means 法律顾问 to go there, not to 制度建设); and its title's own bigrams.
 */
function templateTerms(t: Template, level2: Template[]): Terms {
  const title = normaliseHeading(t.title);
  const others = level2.filter((o) => o.key !== t.key).map((o) => normaliseHeading(o.title));
  const weights = new Map<string, number>();
  const add = (word: string, weight: number) => {
    if (title.includes(word) || !others.some((other) => other.includes(word))) weights.set(word, Math.max(weights.get(word) ?? 0, weight));
  };
  for (const topic of topics) {
    if (!topic.identify.some((word) => title.includes(word))) continue;
    topic.strong.forEach((word) => add(word, 1));
    topic.weak.forEach((word) => add(word, 0.4));
  }
  const guidance = normaliseText(t.guidance ?? "");
  vocabulary.filter((word) => guidance.includes(word)).forEach((word) => add(word, 0.4));
  // The title's own words are the admin's word for what goes there, a shared (weak) word less so.
  vocabulary.filter((word) => title.includes(word)).forEach((word) => add(word, weakWords.has(word) ? 0.4 : 1));
  const longestFirst = [...weights.keys()].sort((a, b) => b.length - a.length);
  // A title bigram inside one of the words above would count the same evidence twice.
  const titleBigrams = new Set([...bigrams(title)].filter((pair) => !longestFirst.some((word) => word.includes(pair))));
  return { weights, longestFirst, titleBigrams };
}

/** Occurrences of each word, longest first, so "习近平法治思想" does not also count as "法治思想". */
function countTerms(text: string, terms: Terms): Map<string, number> {
  const taken = new Uint8Array(text.length);
  const counts = new Map<string, number>();
  for (const term of terms.longestFirst) {
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
      if (taken.subarray(at, at + term.length).some((x) => x === 1)) continue;
      taken.fill(1, at, at + term.length);
      counts.set(term, (counts.get(term) ?? 0) + 1);
    }
  }
  return counts;
}

function countOccurrences(text: string, part: string): number {
  let n = 0;
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length)) n++;
  return n;
}

/** Where a section's heading and text meet a template section's words. */
type Evidence = {
  /** Topic words found, each with its weight times its occurrences (at most three). */
  headingWords: Map<string, number>;
  contentWords: Map<string, number>;
  /** Runs of the title's own words found in the heading ("法律顾问" for a title 法律顾问和公职律师工作). */
  headingRuns: string[];
  headingWeight: number;
  contentWeight: number;
};

function wordsIn(text: string, terms: Terms, cap: number): Map<string, number> {
  const words = new Map<string, number>();
  for (const [word, count] of countTerms(text, terms)) words.set(word, terms.weights.get(word)! * Math.min(count, cap));
  return words;
}

function titleBigramWeightIn(text: string, terms: Terms, cap: number): number {
  let weight = 0;
  for (const pair of terms.titleBigrams) weight += titleBigramWeight * Math.min(countOccurrences(text, pair), cap);
  return weight;
}

/** The stretches of `text` made of the title's own bigrams. */
function titleRuns(text: string, terms: Terms): string[] {
  const runs: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length - 1; i++) {
    const inTitle = i + 1 < text.length && terms.titleBigrams.has(text.slice(i, i + 2));
    if (inTitle && start < 0) start = i;
    if (!inTitle && start >= 0) {
      runs.push(text.slice(start, i + 1));
      start = -1;
    }
  }
  return runs;
}

function evidence(heading: string, content: string, terms: Terms): Evidence {
  const headingWords = wordsIn(heading, terms, 1);
  const contentWords = wordsIn(content, terms, 3);
  const sum = (m: Map<string, number>) => [...m.values()].reduce((x, y) => x + y, 0);
  return {
    headingWords,
    contentWords,
    headingRuns: titleRuns(heading, terms),
    headingWeight: sum(headingWords) + titleBigramWeightIn(heading, terms, 1),
    contentWeight: sum(contentWords) + titleBigramWeightIn(content, terms, 3),
  };
}

/**
 * Heading words weigh most, the text's words next (relative to the best-supported template
 * section, so a text full of 执法 does not also look like a fair match for everything else),
 * the title's likeness last.
 */
function scoreLevel2(heading: string, t: Template, found: Evidence, bestContentWeight: number): Scored {
  const h = normaliseHeading(heading);
  const title = normaliseHeading(t.title);
  if (h !== "" && h === title) return { score: 1, reason: "标题相同" };
  const headingScore = Math.min(1, found.headingWeight);
  const contentScore = bestContentWeight === 0 ? 0 : Math.min(1, found.contentWeight / 4) * Math.sqrt(found.contentWeight / bestContentWeight);
  const similar = dice(h, title);
  const score = Math.min(0.95, 0.5 * headingScore + 0.4 * contentScore + 0.1 * similar);
  if (score === 0) return { score, reason: "" };
  const byWeight = (m: Map<string, number>) => [...m].sort((x, y) => y[1] - x[1]).map(([word]) => word);
  const words = [...byWeight(found.headingWords), ...found.headingRuns, ...byWeight(found.contentWords)]
    .reduce<string[]>((kept, word) => (kept.some((k) => k.includes(word)) ? kept : [...kept, word]), [])
    .slice(0, 3);
  if (words.length === 0) return { score, reason: `标题相近：${heading.trim()} ≈ ${t.title}` };
  return { score, reason: `按关键词：${words.join("、")}` };
}

function level2Scores(heading: string, content: string, level2: Template[], terms: Map<string, Terms>): Map<string, Scored> {
  const h = normaliseHeading(heading);
  const c = normaliseText(content);
  const found = new Map(level2.map((t) => [t.key, evidence(h, c, terms.get(t.key)!)]));
  const best = Math.max(0, ...[...found.values()].map((e) => e.contentWeight));
  return new Map(level2.map((t) => [t.key, scoreLevel2(heading, t, found.get(t.key)!, best)]));
}

// ---------------------------------------------------------------- assignment

type Pair = { source: number; key: string; scored: Scored; distance: number };

/** Best-first, each source and each template section once; equal scores go by position. */
function assignBestFirst(pairs: Pair[], threshold: number): Map<number, Scored & { key: string }> {
  const round = (x: number) => Math.round(x * 1000);
  const sorted = pairs
    .filter((p) => p.scored.score >= threshold)
    .sort((a, b) => round(b.scored.score) - round(a.scored.score) || a.distance - b.distance || a.source - b.source);
  const assigned = new Map<number, Scored & { key: string }>();
  const used = new Set<string>();
  for (const pair of sorted) {
    if (assigned.has(pair.source) || used.has(pair.key)) continue;
    const isTie = sorted.some(
      (q) =>
        q !== pair &&
        round(q.scored.score) === round(pair.scored.score) &&
        (q.key === pair.key || q.source === pair.source) &&
        !assigned.has(q.source) &&
        !used.has(q.key),
    );
    assigned.set(pair.source, { key: pair.key, score: pair.scored.score, reason: isTie ? `${pair.scored.reason}；按位置` : pair.scored.reason });
    used.add(pair.key);
  }
  return assigned;
}

/** Each section's nearest preceding section of a higher level, -1 for none. */
function parentIndexes(sections: SplitSection[]): number[] {
  return sections.map((s, i) => {
    for (let j = i - 1; j >= 0; j--) if (sections[j].level < s.level) return j;
    return -1;
  });
}

function siblingIndexes<T>(items: T[], groupOf: (item: T) => unknown): number[] {
  const seen = new Map<unknown, number>();
  return items.map((item) => {
    const n = seen.get(groupOf(item)) ?? 0;
    seen.set(groupOf(item), n + 1);
    return n;
  });
}

const textLength = (s: SplitSection) => normaliseText(s.paragraphs.join("")).length;

export function mapSections(sections: SplitSection[], template: TemplateSectionDef[]): SectionMapping[] {
  const maxLevel = Math.max(0, ...template.map((t) => t.level));
  const level1 = template.filter((t) => t.level === 1);
  const level2 = template.filter((t) => t.level === 2);
  const terms = new Map(level2.map((t) => [t.key, templateTerms(t, level2)]));
  const hasChildren = (key: string) => level2.some((t) => t.parentKey === key);
  const parents = parentIndexes(sections);
  const result: (SectionMapping | undefined)[] = sections.map(() => undefined);
  const fold = (source: number, reason: string): SectionMapping => ({ source, target: { kind: "fold" }, score: 1, reason });

  sections.forEach((s, i) => {
    if ((s.level > maxLevel || s.level >= 3) && parents[i] >= 0) result[i] = fold(i, `${s.level}级标题，并入上级正文`);
  });

  // A level-2 section's own text and that of the headings folded into it.
  const content = sections.map((s, i) => {
    const own = [...s.paragraphs];
    for (let j = i + 1; j < sections.length && sections[j].level > s.level; j++) own.push(sections[j].heading, ...sections[j].paragraphs);
    return own.join("\n");
  });
  const free2 = sections.map((s, i) => (s.level === 2 && !result[i] ? i : -1)).filter((i) => i >= 0);
  const scores2 = new Map(free2.map((i) => [i, level2Scores(sections[i].heading, content[i], level2, terms)]));

  // Level 1: synonyms and titles, plus how many of its sub-sections belong under the candidate.
  const free1 = sections.map((s, i) => (s.level === 1 && !result[i] ? i : -1)).filter((i) => i >= 0);
  const groups = new Map(level1.map((t) => [t.key, templateGroup(t, hasChildren(t.key))]));
  const likelyParent = new Map(
    free2.map((j) => {
      const [key, best] = [...scores2.get(j)!].reduce((a, b) => (b[1].score > a[1].score ? b : a), ["", { score: 0, reason: "" }]);
      return [j, best.score >= level2Threshold ? level2.find((t) => t.key === key)!.parentKey : null];
    }),
  );
  const rank1 = siblingIndexes(free1, () => 0);
  const pairs1 = free1.flatMap((i, n) => {
    const children = free2.filter((j) => parents[j] === i);
    return level1.map((t, m): Pair => {
      const byTitle = scoreLevel1(sections[i].heading, t, groups.get(t.key)!);
      const fits = children.filter((j) => likelyParent.get(j) === t.key).length;
      const affinity = children.length === 0 ? 0 : (childAffinity * fits) / children.length;
      const scored =
        byTitle.score === 1 || affinity === 0
          ? byTitle
          : {
              score: Math.min(0.95, byTitle.score + affinity),
              reason: byTitle.score > 0 ? `${byTitle.reason}；小节内容相符` : "按小节内容",
            };
      return { source: i, key: t.key, scored, distance: Math.abs(rank1[n] - m) };
    });
  });
  for (const [source, match] of assignBestFirst(pairs1, level1Threshold)) {
    result[source] = { source, target: { kind: "template", key: match.key }, score: match.score, reason: match.reason };
  }

  // Level 2: among the children of the parent's template section, or anywhere when the parent has none.
  const parentKeyOf = (i: number): string | null => {
    const target = parents[i] >= 0 ? result[parents[i]]?.target : undefined;
    return target?.kind === "template" ? target.key : null;
  };
  const rank2 = siblingIndexes(free2, (i) => parents[i]);
  const templateRank = siblingIndexes(level2, (t) => t.parentKey);
  const pairs2: Pair[] = [];
  free2.forEach((i, n) => {
    const parentKey = parentKeyOf(i);
    if (parentKey !== null && !hasChildren(parentKey)) {
      result[i] = fold(i, "上级标题不分小节，并入正文");
      return;
    }
    level2.forEach((t, m) => {
      if (parentKey !== null && t.parentKey !== parentKey) return;
      pairs2.push({ source: i, key: t.key, scored: scores2.get(i)!.get(t.key)!, distance: Math.abs(rank2[n] - templateRank[m]) });
    });
  });
  for (const [source, match] of assignBestFirst(pairs2, level2Threshold)) {
    result[source] = { source, target: { kind: "template", key: match.key }, score: match.score, reason: match.reason };
  }

  const bestScore = (i: number) => Math.max(0, ...[...(scores2.get(i)?.values() ?? [])].map((s) => s.score));
  for (const i of free2) {
    if (result[i]) continue;
    const parentKey = parentKeyOf(i);
    if (parentKey !== null) result[i] = { source: i, target: { kind: "extra", parentKey }, score: bestScore(i), reason: "模板中没有对应的小节" };
    else if (parents[i] >= 0) result[i] = fold(i, "并入上级标题");
  }

  // What folds into a section counts as its text when deciding whether it is worth keeping.
  const owner = (j: number): number => (result[j]?.target.kind === "fold" && parents[j] >= 0 ? owner(parents[j]) : j);
  const length = sections.map(() => 0);
  sections.forEach((s, j) => (length[owner(j)] += textLength(s) + (owner(j) === j ? 0 : normaliseText(s.heading).length)));
  return sections.map((s, i) => {
    const done = result[i];
    if (done) return done;
    const best = Math.max(0, ...pairs1.filter((p) => p.source === i).map((p) => p.scored.score), bestScore(i));
    return length[i] >= substantiveChars
      ? { source: i, target: { kind: "extra", parentKey: null }, score: best, reason: "模板中没有对应的标题" }
      : { source: i, target: { kind: "unplaced" }, score: best, reason: "模板中没有对应的标题，也没有正文" };
  });
}

/** Every template section ranked for one source section: the preview's re-map drop-down. */
export function templateSuggestionsFor(section: SplitSection, template: TemplateSectionDef[]): { key: string; score: number }[] {
  const level2 = template.filter((t) => t.level === 2);
  const terms = new Map(level2.map((t) => [t.key, templateTerms(t, level2)]));
  const scores2 = level2Scores(section.heading, section.paragraphs.join("\n"), level2, terms);
  return template
    .map((t, order) => {
      const hasChildren = level2.some((c) => c.parentKey === t.key);
      const scored = t.level === 1 ? scoreLevel1(section.heading, t, templateGroup(t, hasChildren)) : scores2.get(t.key)!;
      return { key: t.key, score: scored.score, order };
    })
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ key, score }) => ({ key, score }));
}
