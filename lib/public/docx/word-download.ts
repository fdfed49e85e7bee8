// The HTTP side of the Word download: file name, caching and the validator, so the route stays
// thin and these rules are tested without a server.
import { createHash } from "node:crypto";
import { create as contentDisposition } from "content-disposition";
import type { ReportForDocx } from "./build-report-docx";

/**
 * Changes whenever the document would: bump it with any change to build-report-docx.ts, so that
 * caches holding a file built by the earlier code let it go.
 */
const layoutVersion = "gb9704-1";

/**
 * Any cache may keep the file for a second and serve it for a minute while it fetches a fresh
 * one; the ETag makes that check cheap. A correction or withdrawal is thus seen at once, as on
 * the report page, and a withdrawn text is not handed out from a cache for long.
 */
export const WORD_CACHE_CONTROL = "public, max-age=1, stale-while-revalidate=59";

/** The title as a file name: characters Windows and macOS refuse in names become full-width. */
export function wordFileName(title: string): string {
  const safe = title
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .replace(/[\\/:*?"<>|]/g, (char) => String.fromCodePoint(char.codePointAt(0)! + 0xfee0))
    .trim();
  return `${safe || "法治政府建设年度报告"}.docx`;
}

/** Content-Disposition with the Chinese name (RFC 5987) and an ASCII name for old clients. */
export function wordContentDisposition(report: Pick<ReportForDocx, "title"> & { year: number; unitSlug: string }): string {
  return contentDisposition(wordFileName(report.title), { fallback: `report-${report.year}-${report.unitSlug}.docx` });
}

/** A strong validator computed from what the document is built from, before building it. */
export function wordETag(report: ReportForDocx): string {
  const digest = createHash("sha256").update(layoutVersion).update(JSON.stringify(report)).digest("base64url");
  return `"${digest.slice(0, 32)}"`;
}
