export type FeedFormat = "atom" | "rss";

/** Where each feed is served (app/feed.xml, app/rss.xml). */
export const feedPaths: Record<FeedFormat, string> = { atom: "/feed.xml", rss: "/rss.xml" };
