import type { Spreadsheet } from "@/lib/export/spreadsheet";
import { importColumns } from "./import-columns";
import { defaultKindLabels, type KindLabels, type UnitKind } from "@/lib/units/unit-kinds";

export type SheetUnit = { name: string; shortName: string; kind: UnitKind; orgCode: string; slug: string; sortOrder: number };

const widths = [36, 14, 8, 22, 16, 8];

/**
 * The import file's layout, for the blank template (two example rows) or the district's units
 * as they are: edit that file and import it back, and only the edited rows change.
 */
export function importSheet(units: SheetUnit[] | null, labels: KindLabels = defaultKindLabels): Spreadsheet<string[]> {
  const rows = units
    ? units.map((u) => [u.name, u.shortName, labels[u.kind], u.orgCode, u.slug, String(u.sortOrder)])
    : [0, 1].map((i) => importColumns.map((c) => c.example[i]));
  return {
    sheetName: "单位",
    columns: importColumns.map((c, i) => ({ header: c.header, width: widths[i], value: (row: string[]) => row[i] })),
    rows,
  };
}
