import type { PublishedTextSummaryRow } from "@/lib/public/open-data/open-report";
import type { PassageRow } from "./passage";

/** One result as the page lists it: the report's public facts and a passage of its text. */
export type ResultRow = PassageRow &
  Pick<PublishedTextSummaryRow, "reportId" | "year" | "unitKind" | "unitName" | "unitShortName" | "unitSlug" | "title" | "publishedAt" | "correctedAt">;
