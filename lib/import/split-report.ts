// The splitter in one call, for the `npm run split` command and the server's first reading.
import { assembleReport } from "@/lib/import/assemble-report";
import { classifyLines } from "@/lib/import/classify-lines";
import { textToSourceLines } from "@/lib/import/source-lines";
import type { SourceLine, SplitReport } from "@/lib/import/types";

export function splitReport(input: string | SourceLine[]): SplitReport {
  return assembleReport(classifyLines(typeof input === "string" ? textToSourceLines(input) : input));
}
