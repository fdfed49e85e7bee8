// Word's automatic numbering, replayed: mammoth says a paragraph is in a list but not what number
// Word shows, so word/numbering.xml is read here and every numbered paragraph counted in document
// order. As in Word, lists (w:num) sharing one definition (w:abstractNum) share one counter unless
// a list overrides its start; using a level restarts the levels below it (w:lvlRestart aside).
import { formatNumber } from "./number-format";
import { numberingStyleNumId, type DocxStyles } from "./styles";
import { attribute, childElements, childValue, childrenNamed, firstChild, integer, nameOf } from "./xml";

type Level = { start: number; numFmt: string; lvlText: string; restart?: number; isLegal: boolean; pStyle?: string };
type AbstractNum = { levels: Map<number, Level>; numStyleLink?: string };
type Num = { abstractNumId: string; overrides: Map<number, { start?: number; level?: Level }> };

export type NumberingDefinitions = { abstractNums: Map<string, AbstractNum>; nums: Map<string, Num> };

function readLevel(element: Element): Level {
  const isLegal = firstChild(element, "w:isLgl");
  return {
    // ECMA-376 §17.9.25: without w:start a level starts at 0.
    start: integer(childValue(element, "w:start")) ?? 0,
    numFmt: childValue(element, "w:numFmt") ?? "decimal",
    lvlText: childValue(element, "w:lvlText") ?? "",
    restart: integer(childValue(element, "w:lvlRestart")),
    isLegal: isLegal !== undefined && !["0", "false", "off"].includes(attribute(isLegal, "val") ?? ""),
    pStyle: childValue(element, "w:pStyle"),
  };
}

function levelsOf(element: Element): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const lvl of childrenNamed(element, "w:lvl")) levels.set(integer(attribute(lvl, "ilvl")) ?? 0, readLevel(lvl));
  return levels;
}

export function readNumbering(root: Element | null): NumberingDefinitions {
  const definitions: NumberingDefinitions = { abstractNums: new Map(), nums: new Map() };
  if (!root) return definitions;
  for (const element of childElements(root)) {
    const name = nameOf(element);
    if (name === "w:abstractNum") {
      const id = attribute(element, "abstractNumId");
      if (id !== undefined) definitions.abstractNums.set(id, { levels: levelsOf(element), numStyleLink: childValue(element, "w:numStyleLink") });
    } else if (name === "w:num") {
      const id = attribute(element, "numId");
      const abstractNumId = childValue(element, "w:abstractNumId");
      if (id === undefined || abstractNumId === undefined) continue;
      const overrides: Num["overrides"] = new Map();
      for (const override of childrenNamed(element, "w:lvlOverride")) {
        const lvl = firstChild(override, "w:lvl");
        overrides.set(integer(attribute(override, "ilvl")) ?? 0, {
          start: integer(childValue(override, "w:startOverride")),
          level: lvl ? readLevel(lvl) : undefined,
        });
      }
      definitions.nums.set(id, { abstractNumId, overrides });
    }
  }
  return definitions;
}

export type ListItem = { level: number; marker?: string };

/**
 * A counter for one document: call `next` for each numbered paragraph in document order.
 * `next` returns the paragraph's level and the marker Word shows ("一、", "（一）", "1."),
 * or null when the list is missing or numbering is switched off (w:numId 0).
 */
export function createListCounter(definitions: NumberingDefinitions, styles: DocxStyles) {
  const values = new Map<string, (number | undefined)[]>();
  const seenNums = new Set<string>();

  function abstractIdOf(numId: string): string | undefined {
    const seen = new Set<string>();
    let abstractNumId = definitions.nums.get(numId)?.abstractNumId;
    // w:numStyleLink points through a numbering style to the list holding the real levels.
    while (abstractNumId !== undefined && !seen.has(abstractNumId)) {
      seen.add(abstractNumId);
      const link = definitions.abstractNums.get(abstractNumId)?.numStyleLink;
      if (link === undefined) return abstractNumId;
      const linkedNum = numberingStyleNumId(styles, link);
      abstractNumId = linkedNum === undefined ? undefined : definitions.nums.get(linkedNum)?.abstractNumId;
    }
    return undefined;
  }

  function levelOf(numId: string, abstractNumId: string, ilvl: number): Level | undefined {
    return definitions.nums.get(numId)?.overrides.get(ilvl)?.level ?? definitions.abstractNums.get(abstractNumId)?.levels.get(ilvl);
  }

  function render(numId: string, abstractNumId: string, ilvl: number, level: Level, counters: (number | undefined)[]): string {
    if (level.numFmt === "bullet") return level.lvlText.replace(/[\uf000-\uf0ff]/g, "•");
    return level.lvlText.replace(/%([1-9])/g, (_, digit: string) => {
      const at = Number(digit) - 1;
      if (at > ilvl) return "";
      const atLevel = levelOf(numId, abstractNumId, at);
      const value = counters[at] ?? atLevel?.start ?? 1;
      return formatNumber(value, level.isLegal && at < ilvl ? "decimal" : (atLevel?.numFmt ?? "decimal"));
    });
  }

  function next(numId: string, ilvl: number): ListItem | null {
    const num = definitions.nums.get(numId);
    const abstractNumId = num ? abstractIdOf(numId) : undefined;
    if (!num || abstractNumId === undefined) return null;
    const counters = values.get(abstractNumId) ?? new Array<number | undefined>(9).fill(undefined);
    values.set(abstractNumId, counters);
    const overrideStart = (at: number) => num.overrides.get(at)?.start;
    if (!seenNums.has(numId)) {
      // The first paragraph of a list that restarts its numbering (Word's "重新开始编号").
      seenNums.add(numId);
      for (const at of num.overrides.keys()) if (overrideStart(at) !== undefined) counters[at] = undefined;
    }
    const level = levelOf(numId, abstractNumId, ilvl);
    const start = overrideStart(ilvl) ?? level?.start ?? 1;
    counters[ilvl] = counters[ilvl] === undefined ? start : counters[ilvl]! + 1;
    for (let deeper = ilvl + 1; deeper < counters.length; deeper++) {
      const restart = levelOf(numId, abstractNumId, deeper)?.restart;
      if (restart === undefined || (restart !== 0 && ilvl < restart)) counters[deeper] = undefined;
    }
    if (!level) return { level: ilvl };
    const marker = render(numId, abstractNumId, ilvl, level, counters);
    return marker.trim() === "" ? { level: ilvl } : { level: ilvl, marker };
  }

  /** The level a paragraph style is tied to in a list (w:lvl/w:pStyle), for styles that give no w:ilvl. */
  function levelForStyle(numId: string, styleId: string | undefined): number | undefined {
    const abstractNumId = styleId === undefined ? undefined : abstractIdOf(numId);
    const levels = abstractNumId === undefined ? undefined : definitions.abstractNums.get(abstractNumId)?.levels;
    for (const [ilvl, level] of levels ?? []) if (level.pStyle === styleId) return ilvl;
    return undefined;
  }

  return { next, levelForStyle };
}
