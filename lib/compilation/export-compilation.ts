import "server-only";
import { createHash } from "node:crypto";
import { create as contentDisposition } from "content-disposition";
import { LRUCache } from "lru-cache";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/permissions";
import { buildCompilationDocx, compilationTitle, type CompilationInput } from "./build-compilation-docx";
import { countReportPages } from "./count-report-pages";
import { listCompilationReports, type CompilationOrder } from "./list-compilation-reports";

export type CompilationFile = { body: Buffer; fileName: string; contentDisposition: string; etag: string; reports: number };

/** Bump with any change to the compilation's layout, so caches let go of files built before. */
const layoutVersion = "compilation-2";

function etagOf(input: CompilationInput): string {
  return `"${createHash("sha256").update(layoutVersion).update(JSON.stringify(input)).digest("base64url").slice(0, 32)}"`;
}

// A public compilation takes seconds to lay out and changes only with a publication: files are kept by ETag.
const files = new LRUCache<string, Buffer, CompilationInput>({
  max: 20,
  maxSize: 64 * 1024 * 1024,
  sizeCalculation: (file) => file.length,
  fetchMethod: async (_etag, _stale, { context }) => buildCompilationDocx({ ...context, reportPages: await countReportPages(context.entries) }),
});

function disposition(year: number, districtName: string): { fileName: string; contentDisposition: string } {
  const fileName = `${districtName}${compilationTitle(year)}.docx`;
  return { fileName, contentDisposition: contentDisposition(fileName, { fallback: `compilation-${year}.docx` }) };
}

/** A public compilation's date: its latest publication or correction. */
export function latestPublication(entries: CompilationInput["entries"]): Date {
  return new Date(Math.max(...entries.map((e) => (e.report.correction?.at ?? e.report.publishedAt).getTime())));
}

/** The public compilation: published reports only, dated by the latest publication; null when none. */
export async function getPublicCompilation({ year }: { year: number }): Promise<(Omit<CompilationFile, "body"> & { body: () => Promise<Buffer> }) | null> {
  const list = await listCompilationReports({ year });
  if (!list || list.entries.length === 0) return null;
  const date = latestPublication(list.entries);
  const input: CompilationInput = { districtName: list.districtName, year, date, includesApproved: false, entries: list.entries };
  const etag = etagOf(input);
  return { etag, reports: list.entries.length, ...disposition(year, list.districtName), body: async () => (await files.fetch(etag, { context: input }))! };
}

export type ExportCompilationOptions = { actor: Actor; year: number; includeApproved: boolean; order: CompilationOrder; now?: Date };

/** A reviewer's compilation, dated today; who took which is audited (DATA_EXPORTED). Null when the year has no report to put in. */
export async function exportCompilation({ actor, year, includeApproved, order, now = new Date() }: ExportCompilationOptions): Promise<CompilationFile | null> {
  const list = await listCompilationReports({ actor, year, includeApproved, order });
  if (!list || list.entries.length === 0) return null;
  const input: CompilationInput = { districtName: list.districtName, year, date: now, includesApproved: includeApproved, entries: list.entries };
  const body = await buildCompilationDocx({ ...input, reportPages: await countReportPages(input.entries) });
  await db.$transaction((tx) =>
    recordAudit(tx, {
      kind: "DATA_EXPORTED",
      actorId: actor.id,
      districtId: actor.districtId,
      data: { what: "compilation", year, includeApproved, order, reports: list.entries.length },
    }),
  );
  return { body, etag: etagOf(input), reports: list.entries.length, ...disposition(year, list.districtName) };
}
