import { numberSections, toParagraphs } from "@/lib/reports/numbering";
import type { ReportSnapshot } from "@/lib/reports/snapshot";

/**
 * A published revision as one searchable text, one line each for the title, every heading
 * (numbered as the public page shows it) and every paragraph. Lines keep a query from matching
 * across a paragraph break; results quote the lines after the title (read-results-*.ts). The
 * text ends with two line breaks, so that every character of it, the last one too, starts a
 * trigram of SQLite's index: that is how one- and two-character words are found there
 * (fts-match-expression.ts).
 */
export function searchableText(snapshot: Pick<ReportSnapshot, "title" | "sections">): string {
  const lines = [snapshot.title.trim()];
  for (const section of numberSections(snapshot.sections)) {
    lines.push(`${section.number}${section.title.trim()}`, ...toParagraphs(section.body));
  }
  return `${lines.join("\n")}\n\n`;
}
