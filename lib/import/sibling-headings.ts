// Numbered items are read as a group: the （一）…（七） under one 一、, the 1. 2. 3. under one
// （一）. Where most of a group read as headings, the borderline ones are headings too; where
// most are long sentences, the group is numbered paragraphs, and even a short run-in phrase
// among them stays in its paragraph.
import { markerRank, type MarkerKind } from "@/lib/import/heading-patterns";
import type { Candidate } from "@/lib/import/heading-candidates";

type Numbered = { index: number; candidate: Candidate & { kind: MarkerKind } };

function isNumbered(entry: { index: number; candidate: Candidate | null }): entry is Numbered {
  return entry.candidate !== null && entry.candidate.kind !== "unnumbered";
}

function groupsOf(candidates: (Candidate | null)[]): Numbered[][] {
  const groups: Numbered[][] = [];
  const open = new Map<MarkerKind, Numbered[]>();
  const entries = candidates.map((candidate, index) => ({ index, candidate })).filter(isNumbered);
  for (const entry of entries) {
    const rank = markerRank[entry.candidate.kind];
    for (const [kind, group] of open) {
      if (markerRank[kind] > rank) {
        groups.push(group);
        open.delete(kind);
      }
    }
    const group = open.get(entry.candidate.kind) ?? [];
    group.push(entry);
    open.set(entry.candidate.kind, group);
  }
  groups.push(...open.values());
  return groups;
}

/** For each line: does its candidate stand as a heading once its siblings are weighed? */
export function settleSiblings(candidates: (Candidate | null)[]): boolean[] {
  const accepted = candidates.map((c) => c !== null && c.strength === "certain");
  for (const group of groupsOf(candidates)) {
    const sentences = group.filter((e) => e.candidate.strength === "sentence").length;
    const headings = group.length - sentences;
    for (const { index, candidate } of group) {
      if (candidate.strength === "certain" || candidate.strength === "sentence") continue;
      const isOwnLine = candidate.rest === undefined;
      accepted[index] = headings > sentences || (candidate.strength === "strong" && isOwnLine);
    }
  }
  return accepted;
}
