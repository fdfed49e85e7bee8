import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import type { ReportStatus } from "@/lib/reports/workflow";

export type ImportChoices = {
  units: { id: string; name: string; slug: string; kind: "TOWN" | "DEPARTMENT" }[];
  years: { year: number; isOpen: boolean }[];
  /** The chosen unit's report for the chosen year, if any. */
  existing: { id: string; status: ReportStatus; characters: number } | null;
};

/** What the admin's import page offers: the district's units and years, and what the pair already has. */
export async function listImportChoices({ actor, unitId, year }: { actor: Actor; unitId?: string; year?: number }): Promise<ImportChoices> {
  assertCan(actor, "report:import-published");
  const [units, years] = await Promise.all([
    db.unit.findMany({ where: { districtId: actor.districtId, isActive: true }, orderBy: [{ kind: "desc" }, { sortOrder: "asc" }], select: { id: true, name: true, slug: true, kind: true } }),
    db.reportingYear.findMany({ where: { districtId: actor.districtId }, orderBy: { year: "desc" }, select: { year: true, isOpen: true } }),
  ]);
  let existing: ImportChoices["existing"] = null;
  if (unitId && year && units.some((u) => u.id === unitId)) {
    const report = await db.report.findFirst({
      where: { unitId, year: { districtId: actor.districtId, year } },
      select: { id: true, status: true, sections: { select: { body: true } } },
    });
    if (report) existing = { id: report.id, status: report.status, characters: report.sections.reduce((sum, s) => sum + s.body.trim().length, 0) };
  }
  return { units, years, existing };
}
