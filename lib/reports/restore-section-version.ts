import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/permissions";
import { authorizeReport } from "@/lib/reports/authorize-report";
import { saveSection, type SaveSectionResult } from "@/lib/reports/save-section";
import { saveSectionSchema } from "@/lib/reports/schemas";

// Kept beside the command because only the history page's action uses it.
export const restoreSectionVersionSchema = z.object({
  reportId: z.string().min(1).max(40),
  key: z.string().min(1).max(60),
  fromVersion: z.coerce.number().int().min(1),
  /** The section version the clerk was looking at; a newer save makes the restore a conflict. */
  currentVersion: z.coerce.number().int().min(1),
});
export type RestoreSectionVersionInput = z.infer<typeof restoreSectionVersionSchema>;

export type RestoreSectionVersionOptions = RestoreSectionVersionInput & { actor: Actor };

/**
 * Restores an older version by saving its title, body and metrics as a new version. It goes
 * through saveSection, so the same optimistic lock protects a colleague's newer save, and the
 * usual SectionVersion and SECTION_SAVED audit rows are written.
 */
export async function restoreSectionVersion({ actor, reportId, key, fromVersion, currentVersion }: RestoreSectionVersionOptions): Promise<SaveSectionResult> {
  // Checked before reading the old text so another unit's clerk learns nothing; saveSection checks again in its transaction.
  const report = await authorizeReport(db, actor, "report:edit", reportId);
  if (fromVersion >= currentVersion) throw new AppError("INVALID_INPUT", "只能恢复比当前版本更早的版本。");
  const old = await db.sectionVersion.findFirst({
    where: { version: fromVersion, section: { reportId: report.id, key } },
    select: { title: true, body: true, metrics: true },
  });
  if (!old) throw new AppError("NOT_FOUND");

  // Old text met the rules of its day; parsing again keeps whatever the rules are now.
  const parsed = saveSectionSchema.safeParse({ reportId: report.id, key, version: currentVersion, title: old.title, body: old.body, metrics: old.metrics ?? {} });
  if (!parsed.success) throw new AppError("INVALID_INPUT", "该版本的内容不符合现行填写要求，不能直接恢复，请在编辑页手工修改。");
  return saveSection({ actor, input: parsed.data });
}
