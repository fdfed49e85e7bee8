import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { toCsv, toXlsx, spreadsheetTypes } from "@/lib/export/spreadsheet";
import { importSheet } from "@/lib/units/import/import-sheet";

export type UnitSheetOptions = { actor: Actor; format: "csv" | "xlsx"; content: "template" | "current" };

/** The import template, blank or filled with the district's units. */
export async function exportUnitSheet({ actor, format, content }: UnitSheetOptions) {
  assertCan(actor, "admin:manage");
  const units =
    content === "current"
      ? await db.unit.findMany({
          where: { districtId: actor.districtId },
          orderBy: [{ kind: "asc" }, { sortOrder: "asc" }, { shortName: "asc" }],
          select: { name: true, shortName: true, kind: true, orgCode: true, slug: true, sortOrder: true },
        })
      : null;
  const sheet = importSheet(units);
  const body = format === "csv" ? await toCsv(sheet) : await toXlsx(sheet);
  const base = content === "current" ? "本区单位" : "单位导入模板";
  return { body, contentType: spreadsheetTypes[format], fileName: `${base}.${format}`, asciiFallback: `units-${content}.${format}` };
}
