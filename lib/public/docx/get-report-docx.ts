// Building a .docx takes tens of milliseconds of CPU; a report's file is asked for again and
// again while its text does not change. Files are kept by their ETag, which is computed from
// everything the document is built from: a correction gets a new key, so nothing needs
// invalidating, and files nobody asks for age out. Concurrent first requests share one build.
import { LRUCache } from "lru-cache";
import { buildReportDocx, type ReportForDocx } from "./build-report-docx";
import { wordETag } from "./word-download";

const files = new LRUCache<string, Buffer, ReportForDocx>({
  max: 100,
  maxSize: 16 * 1024 * 1024,
  sizeCalculation: (file) => file.length,
  fetchMethod: (_etag, _stale, { context }) => buildReportDocx(context),
});

/** The report's .docx, built once per text (the ETag is a hash of a few KB of JSON: cheap). */
export async function getReportDocx(report: ReportForDocx): Promise<Buffer> {
  return (await files.fetch(wordETag(report), { context: report }))!;
}
