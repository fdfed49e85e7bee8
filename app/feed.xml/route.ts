import type { NextRequest } from "next/server";
import { orDatabaseUnavailable } from "@/lib/db-unavailable";
import { feedResponse } from "@/lib/public/feed/feed-response";

/** Atom feed of new publications and corrections. */
export function GET(request: NextRequest) {
  return orDatabaseUnavailable(false, () => feedResponse(request, "atom"));
}
