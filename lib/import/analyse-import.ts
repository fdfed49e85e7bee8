import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { classifyLines } from "@/lib/import/classify-lines";
import { readImportSource, type ImportSource } from "@/lib/import/import-source";
import { loadImportTarget, type ImportTargetRef } from "@/lib/import/import-target";
import type { OutlineSection } from "@/lib/import/import-plan";
import type { ClassifiedLine } from "@/lib/import/types";

/** What the preview needs: the source as the splitter read it, and the sections it may fill. */
export type ImportAnalysis = {
  sourceName: string;
  checksum: string;
  lines: ClassifiedLine[];
  outline: OutlineSection[];
};

/** Reads and splits the source; writes nothing. */
export async function analyseImport(options: { actor: Actor; target: ImportTargetRef; source: ImportSource }): Promise<ImportAnalysis> {
  // Permission first, so a refused user's upload is never parsed.
  const outline = await db.$transaction(async (tx) => (await loadImportTarget(tx, options.actor, options.target)).outline);
  const read = await readImportSource(options.source);
  return { sourceName: read.name, checksum: read.checksum, lines: classifyLines(read.lines), outline };
}
