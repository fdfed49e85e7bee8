import { feedPaths } from "@/lib/public/feed/feed-paths";

/** The feeds, for `<link rel="alternate">` in every public page's head (feed auto-discovery). */
export const feedLinks = [
  { type: "application/atom+xml", title: "法治政府建设年度报告（Atom）", href: feedPaths.atom },
  { type: "application/rss+xml", title: "法治政府建设年度报告（RSS）", href: feedPaths.rss },
] as const;
