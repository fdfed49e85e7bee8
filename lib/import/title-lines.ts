// The report's title at the top of a copy: after the portal's navigation and often before or
// after its metadata, sometimes broken over lines (issuing body, then 关于…的报告), sometimes
// printed twice (page heading and document heading). Lines above it that are short and not part
// of it are the page's own heading.
import { readMarker } from "@/lib/import/heading-patterns";
import { isOrgName } from "@/lib/import/org-names";
import { matchForm } from "@/lib/import/text-forms";

export type TitleLines = {
  title: number[];
  /** Later copies of the title, in whole or broken over lines. */
  repeated: number[];
  /** Short lines above the title: column names, site headings. */
  pageHead: number[];
};

const maxTitlePieces = 3;

function isTitle(bare: string): boolean {
  return (
    bare.length >= 10 &&
    bare.length <= 100 &&
    !bare.includes("。") &&
    /(法治|依法)/.test(bare) &&
    /(报告|总结|汇报|情况|工作)$/.test(bare) &&
    readMarker(bare) === null
  );
}

function isTitlePiece(bare: string): boolean {
  return bare.length <= 60 && !/[。，,；;：:]/.test(bare) && readMarker(bare) === null;
}

/** Lines before the first heading or paragraph: where a title can be. */
function headCandidates(texts: string[], isFurniture: (i: number) => boolean): number[] {
  const candidates: number[] = [];
  for (let i = 0; i < texts.length; i++) {
    if (texts[i] === "" || isFurniture(i)) continue;
    const bare = matchForm(texts[i]);
    if (readMarker(texts[i]) || bare.length > 100 || bare.includes("。")) break;
    candidates.push(i);
  }
  return candidates;
}

/** Only blank lines between the two: furniture between them means two separate things. */
function isAdjacent(texts: string[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (texts[i] !== "") return false;
  return true;
}

function findTitle(texts: string[], candidates: number[]): number[] | null {
  for (let a = 0; a < candidates.length; a++) {
    for (let size = 1; size <= maxTitlePieces && a + size <= candidates.length; size++) {
      const window = candidates.slice(a, a + size);
      if (window.some((index, k) => k > 0 && !isAdjacent(texts, window[k - 1], index))) break;
      const pieces = window.map((index) => matchForm(texts[index]));
      if (size > 1 && !pieces.every(isTitlePiece)) break;
      if (!isTitle(pieces.join(""))) continue;
      // A line that is a title by itself keeps only issuing-body lines above it.
      if (size > 1 && isTitle(pieces.at(-1)!) && !window.slice(0, -1).every((index) => isOrgName(texts[index]))) break;
      return window;
    }
  }
  return null;
}

function findRepeats(texts: string[], candidates: number[], after: number, title: string): number[] {
  const repeated: number[] = [];
  let copy: number[] = [];
  let sofar = "";
  for (const index of candidates.filter((i) => i > after)) {
    const next = sofar + matchForm(texts[index]);
    if (!title.startsWith(next)) break;
    copy.push(index);
    sofar = next;
    if (sofar === title) {
      repeated.push(...copy);
      copy = [];
      sofar = "";
    }
  }
  return repeated;
}

export function findTitleLines(texts: string[], isFurniture: (i: number) => boolean): TitleLines {
  const candidates = headCandidates(texts, isFurniture);
  const title = findTitle(texts, candidates);
  if (!title) return { title: [], repeated: [], pageHead: [] };
  const joined = title.map((index) => matchForm(texts[index])).join("");
  const repeated = findRepeats(texts, candidates, title.at(-1)!, joined);
  const pageHead = candidates.filter((index) => index < title[0] && matchForm(texts[index]).length <= 40);
  return { title, repeated, pageHead };
}
