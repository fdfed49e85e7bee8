import type { NextRequest } from "next/server";
import { orDatabaseUnavailable } from "@/lib/db-unavailable";
import { feedResponse } from "@/lib/public/feed/feed-response";

/** RSS 2.0 feed of new publications and corrections (the same entries as /feed.xml). */
export function GET(request: NextRequest) {
  return orDatabaseUnavailable(false, () => feedResponse(request, "rss"));
}
