// The demo's reporting years: the open cycle and the three before it, created with the default
// templates when missing (as prisma/seed.ts does). Years are opened while the demo writes their
// reports (openReport refuses a closed year) and set to their final state at the end.
import { db } from "@/lib/db";
import { defaultTemplateSections } from "@/lib/reports/template";
import { cycleDeadlines, publicationDeadlineOf } from "@/lib/reports/reporting-cycle";
import { parseCalendarDate } from "@/lib/dates";

async function ensureYear(districtId: string, year: number): Promise<void> {
  const existing = await db.reportingYear.findUnique({ where: { districtId_year: { districtId, year } }, select: { id: true } });
  const id =
    existing?.id ??
    (
      await db.reportingYear.create({
        data: { districtId, year, isOpen: true, internalDeadline: parseCalendarDate(`${year + 1}-03-01`), publicationDeadline: publicationDeadlineOf(year) },
        select: { id: true },
      })
    ).id;
  for (const unitKind of ["TOWN", "DEPARTMENT"] as const) {
    if (await db.template.findUnique({ where: { yearId_unitKind: { yearId: id, unitKind } }, select: { id: true } })) continue;
    await db.template.create({
      data: {
        yearId: id,
        unitKind,
        name: `${year}年度${unitKind === "TOWN" ? "街镇" : "部门"}报告模板`,
        sections: { create: defaultTemplateSections(year, unitKind).map((s, i) => ({ ...s, sortOrder: (i + 1) * 10 })) },
      },
    });
  }
}

/**
 * Makes the years exist and lets reports be opened and submitted in them while the demo writes:
 * the story's clerks submit straight to the district, so the unit's sign-off is off until
 * settleYears turns it on for the open year (a year that was open on an earlier run is now an
 * earlier year, without it).
 */
export async function prepareYears(districtId: string, years: number[]): Promise<void> {
  for (const year of years) await ensureYear(districtId, year);
  await db.reportingYear.updateMany({ where: { districtId, year: { in: years }, OR: [{ isOpen: false }, { unitSignOff: true }] }, data: { isOpen: true, unitSignOff: false } });
}

/**
 * Final state: the open cycle open with deadlines ahead of `today` and the unit's sign-off on
 * (zhenxi-lead signs 珍溪镇's report off); every other year closed, its deadlines left as they
 * were. Writes only what differs, so a second run changes nothing. The sign-off is turned on
 * last because the story before it submits reports the way a year without it does.
 */
export async function settleYears(districtId: string, openYear: number, today: Date): Promise<void> {
  const { internal, publication } = cycleDeadlines(openYear, today);
  const open = await db.reportingYear.findUniqueOrThrow({ where: { districtId_year: { districtId, year: openYear } } });
  if (!open.isOpen || !open.unitSignOff || open.internalDeadline?.getTime() !== internal.getTime() || open.publicationDeadline.getTime() !== publication.getTime()) {
    await db.reportingYear.update({ where: { id: open.id }, data: { isOpen: true, unitSignOff: true, internalDeadline: internal, publicationDeadline: publication } });
  }
  await db.reportingYear.updateMany({ where: { districtId, year: { not: openYear }, isOpen: true }, data: { isOpen: false } });
}
