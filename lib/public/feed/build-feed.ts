// Atom and RSS 2.0 from the same entries, with the `feed` library (it escapes all text).
import { Feed } from "feed";
import { formatChineseDate } from "@/lib/dates";
import { feedPaths, type FeedFormat } from "./feed-paths";
import type { FeedData, FeedEntry } from "./list-feed-entries";


/** Entry title: a correction says so, so readers see why a known report comes back. */
export function entryTitle(entry: FeedEntry): string {
  return entry.correctionNote ? `【更正】${entry.title}` : entry.title;
}

/**
 * Feed readers read titles and summaries as HTML, but report text is plain text (DESIGN.md §9):
 * escaped, a "<" in a 更正说明 shows as "<" and never becomes markup.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;" })[char]!);
}

function entryText(entry: FeedEntry): string {
  const date = formatChineseDate(entry.publishedAt);
  const lines = entry.correctionNote
    ? [`${entry.publisher}于${date}更正了${entry.year}年度法治政府建设年度报告。`, `更正说明：${entry.correctionNote}`]
    : [`${entry.publisher}于${date}发布了${entry.year}年度法治政府建设年度报告。`];
  return [...lines, `索引号：${entry.indexNumber}`].map((line) => `<p>${escapeHtml(line)}</p>`).join("");
}

/** `origin` is the site's own (e.g. https://fazhi.example.gov.cn); feeds need absolute links. */
export function buildFeed({ data, origin, format }: { data: FeedData; origin: string; format: FeedFormat }): string {
  const home = `${origin}/`;
  const feed = new Feed({
    id: home,
    link: home,
    title: data.siteTitle,
    description: "法治政府建设年度报告的发布与更正",
    language: "zh-CN",
    // The newest event, so an unchanged feed has unchanged bytes (and ETag).
    updated: data.entries[0]?.publishedAt ?? new Date(0),
    generator: "法治年报",
    feedLinks: { atom: `${origin}${feedPaths.atom}`, rss: `${origin}${feedPaths.rss}` },
    copyright: data.siteTitle,
  });
  for (const entry of data.entries) {
    const page = `${origin}/reports/${entry.year}/${entry.unitSlug}`;
    feed.addItem({
      title: escapeHtml(entryTitle(entry)),
      // Each event keeps its own permanent address: the version it published.
      id: `${page}/versions/${entry.version}`,
      link: page,
      date: entry.publishedAt,
      published: entry.publishedAt,
      description: entryText(entry),
      author: [{ name: entry.publisher }],
    });
  }
  return format === "atom" ? feed.atom1() : feed.rss2();
}
