import { numberSections, toParagraphs } from "@/lib/reports/numbering";
import type { ReportSnapshot } from "@/lib/reports/snapshot";

/**
 * A published revision as one searchable text, one line each for the title, every heading
 * (numbered as the public page shows it) and every paragraph. Lines keep a query from matching
 * across a paragraph break; results quote the lines after the title (read-passages-*.ts). The
 * final line break gives the index's last two characters a trigram to start (see the SQLite
 * migration's PublishedTextSearchTerms).
 */
export function searchableText(snapshot: Pick<ReportSnapshot, "title" | "sections">): string {
  const lines = [snapshot.title.trim()];
  for (const section of numberSections(snapshot.sections)) {
    lines.push(`${section.number}${section.title.trim()}`, ...toParagraphs(section.body));
  }
  return `${lines.join("\n")}\n`;
}
