import type { NextRequest } from "next/server";
import { feedResponse } from "@/lib/public/feed/feed-response";

/** Atom feed of new publications and corrections. */
export function GET(request: NextRequest) {
  return feedResponse(request, "atom");
}
