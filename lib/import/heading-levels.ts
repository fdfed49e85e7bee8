// Levels follow the numbering: 一、 is 1, （一） is 2, 1. and （1） are 3 — except that a level-1
// section without any （一） uses 1. for its level 2, and a （1） under a 1. sits one below it.
// Word's heading styles give their own level.
import type { Candidate } from "@/lib/import/heading-candidates";
import type { HeadingLevel } from "@/lib/import/types";

type Entry = { candidate: Candidate | null; accepted: boolean };

function isLevelOne(c: Candidate): boolean {
  return c.styleLevel ? c.styleLevel === 1 : c.kind === "cn";
}

function isLevelTwo(c: Candidate): boolean {
  return c.styleLevel ? c.styleLevel === 2 : c.kind === "paren-cn";
}

/** For each line, whether the level-1 section it is in has level-2 （一） headings. */
function sectionsWithSubheadings(entries: Entry[]): boolean[] {
  const sectionOf: number[] = [];
  const hasSub: boolean[] = [false];
  let section = 0;
  for (const { candidate, accepted } of entries) {
    if (accepted && candidate && isLevelOne(candidate)) hasSub[++section] = false;
    if (accepted && candidate && isLevelTwo(candidate)) hasSub[section] = true;
    sectionOf.push(section);
  }
  return sectionOf.map((s) => hasSub[s]);
}

/** The level of each numbered or styled heading; null for lines that are not (unnumbered ones come later). */
export function assignLevels(candidates: (Candidate | null)[], accepted: boolean[]): (HeadingLevel | null)[] {
  const entries = candidates.map((candidate, i) => ({ candidate, accepted: accepted[i] }));
  const hasSub = sectionsWithSubheadings(entries);
  let arabicLevel: number | null = null;
  return entries.map(({ candidate, accepted }, i): HeadingLevel | null => {
    if (!accepted || !candidate) return null;
    if (candidate.styleLevel) return candidate.styleLevel;
    if (candidate.kind === "unnumbered") return null;
    const underLevelOne: HeadingLevel = hasSub[i] ? 3 : 2;
    switch (candidate.kind) {
      case "cn":
        arabicLevel = null;
        return 1;
      case "paren-cn":
        arabicLevel = null;
        return 2;
      case "arabic":
        arabicLevel = underLevelOne;
        return underLevelOne;
      case "paren-arabic":
        // Three levels are all a report section has: a （1） under a level-3 1. stays in its paragraph.
        if (arabicLevel === null) return underLevelOne;
        return arabicLevel < 3 ? ((arabicLevel + 1) as HeadingLevel) : null;
    }
  });
}
