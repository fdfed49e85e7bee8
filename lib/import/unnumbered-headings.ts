// A sub-heading some reports leave unnumbered: a short phrase on its own line, with no closing
// 。 or ；, between one finished paragraph and the next. Read conservatively: a short line of
// body text wrongly made a heading splits a section, which is worse than a heading left in place.
import { readMarker } from "@/lib/import/heading-patterns";
import { isOrgName } from "@/lib/import/org-names";
import { readDate } from "@/lib/import/read-date";
import { matchForm } from "@/lib/import/text-forms";

export type Neighbour = { role: "body" | "heading" | "other"; text: string; isUnnumbered?: boolean };

const minLength = 4;
const maxLength = 25;
const minNextParagraph = 40;

function isPhrase(text: string): boolean {
  const bare = matchForm(text);
  if (bare.length < minLength || bare.length > maxLength) return false;
  if (/[。；;:!?！？]/.test(bare) || /[、,]$/.test(bare)) return false;
  if ((bare.match(/,/g)?.length ?? 0) > 1) return false;
  if (/^(一是|二是|三是|首先|其次|再次|最后|第[一二三四五六七八九十]+|另外|此外|同时)/.test(bare)) return false;
  if (/(如下|以下)$/.test(bare)) return false;
  return !readMarker(bare) && !isOrgName(bare) && readDate(bare) === null;
}

export function isUnnumberedHeading(text: string, previous: Neighbour | null, next: Neighbour | null): boolean {
  if (!isPhrase(text) || !previous || !next) return false;
  const isAfterParagraph = previous.role === "body" && /[。！？!?”」)）]$/.test(matchForm(previous.text));
  const isAfterHeading = previous.role === "heading" && !previous.isUnnumbered;
  if (!isAfterParagraph && !isAfterHeading) return false;
  return next.role === "body" && matchForm(next.text).length >= minNextParagraph;
}
