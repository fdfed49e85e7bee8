import "server-only";
import { cacheableResponse } from "@/lib/public/open-data/cacheable-response";
import { buildFeed } from "./build-feed";
import type { FeedFormat } from "./feed-paths";
import { listFeedEntries } from "./list-feed-entries";
import { siteOrigin } from "./site-origin";

const contentTypes: Record<FeedFormat, string> = {
  atom: "application/atom+xml; charset=utf-8",
  rss: "application/rss+xml; charset=utf-8",
};

/** The feed of new publications and corrections. */
export async function feedResponse(request: Request, format: FeedFormat): Promise<Response> {
  const xml = buildFeed({ data: await listFeedEntries(), origin: siteOrigin(request.headers), format });
  return cacheableResponse(request, xml, contentTypes[format]);
}
