// The signature (落款) that closes a document: the issuing body's name, then the date written
// out ("2023年1月9日"), sometimes both on one line. Only page furniture, blank lines and a note
// in brackets (附注, such as a correction) may follow it.
import { isOrgName } from "@/lib/import/org-names";
import { isChineseDateLine, readDate } from "@/lib/import/read-date";
import { foldWidth } from "@/lib/import/text-forms";

export type Signature = { lines: number[]; dateLine: number; date: string | null };

const maxOrgLines = 2;
const nameAndDate = /^(.{2,40}?)\s+((\d{4}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日)$/;

function isNote(text: string): boolean {
  return /^[(（].*[)）]$/.test(text);
}

export function findSignature(texts: string[], isFurniture: (i: number) => boolean): Signature | null {
  let last = texts.length - 1;
  while (last >= 0 && (texts[last] === "" || isFurniture(last) || isNote(texts[last]))) last--;
  if (last < 0) return null;

  const together = nameAndDate.exec(foldWidth(texts[last]));
  if (together && isOrgName(together[1])) return { lines: [last], dateLine: last, date: readDate(together[2]) };
  if (!isChineseDateLine(texts[last])) return null;

  const lines = [last];
  let above = last - 1;
  while (lines.length <= maxOrgLines && above >= 0) {
    if (texts[above] === "") {
      above--;
      continue;
    }
    if (isFurniture(above) || !isOrgName(texts[above])) break;
    lines.unshift(above);
    above--;
  }
  return { lines, dateLine: last, date: readDate(texts[last]) };
}
