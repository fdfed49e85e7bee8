// Builds the split report from classified lines. Pure, and it reads nothing but the lines'
// roles and fields, so the preview can run it again after the user re-classifies a line.
import { matchForm } from "@/lib/import/text-forms";
import type { ClassifiedLine, SplitReport, SplitSection } from "@/lib/import/types";

/** 成文日期 is the document's own date; a portal's 发布日期 comes next; a signature's date last. */
function dateRank(line: ClassifiedLine): number {
  const bare = matchForm(line.text);
  if (bare.includes("成文日期")) return 0;
  return /^\d{4}年|^[〇零一二三四五六七八九]{4}年/.test(bare) || /\d{1,2}日$/.test(bare) ? 2 : 1;
}

function pickDate(furniture: ClassifiedLine[]): string | null {
  let best: ClassifiedLine | null = null;
  for (const line of furniture) {
    if (line.date && (!best || dateRank(line) < dateRank(best))) best = line;
  }
  return best?.date ?? null;
}

/** A 字号 with a value wins over a 字号 label left empty; null when the source had none. */
function pickDocNumber(furniture: ClassifiedLine[]): string | null {
  const named = furniture.filter((line) => line.docNumber !== undefined);
  return named.find((line) => line.docNumber)?.docNumber ?? (named.length > 0 ? "" : null);
}

export function assembleReport(lines: ClassifiedLine[]): SplitReport {
  const furniture = lines.filter((line) => line.role === "furniture");
  const titleLines = lines.filter((line) => line.role === "title");
  const preamble: string[] = [];
  const sections: SplitSection[] = [];

  for (const line of lines) {
    if (line.role === "heading") {
      const rest = line.rest?.trim();
      sections.push({
        level: line.level ?? 2,
        marker: line.marker ?? "",
        heading: line.heading ?? line.text,
        paragraphs: rest ? [rest] : [],
      });
    } else if (line.role === "body") {
      (sections.at(-1)?.paragraphs ?? preamble).push(line.text);
    }
  }

  return {
    title: titleLines.length > 0 ? titleLines.map((line) => line.text).join("") : null,
    date: pickDate(furniture),
    docNumber: pickDocNumber(furniture),
    removed: furniture.map((line) => line.text),
    preamble,
    sections,
  };
}
