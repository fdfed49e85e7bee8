// One table, two downloads: CSV for anything that reads text, XLSX for the office's Excel.
// Both are written by exceljs so quoting, encoding and the file format are its business.
import ExcelJS from "exceljs";

export type SpreadsheetColumn<Row> = {
  header: string;
  /** Approximate width in characters (XLSX only); CJK characters count double. */
  width?: number;
  value: (row: Row) => string | number | Date | null;
  /** Dates are moments shown in China's time, or calendar dates (UTC midnight, shown as is). */
  date?: "datetime" | "date";
};

export type Spreadsheet<Row> = { sheetName: string; columns: SpreadsheetColumn<Row>[]; rows: Row[] };

const chinaOffsetMs = 8 * 60 * 60 * 1000;

// Spreadsheet programs run a cell that starts with one of these as a formula (CSV injection);
// a leading apostrophe makes it text. Only CSV needs this: XLSX stores strings as strings.
const formulaStart = /^[=+\-@\t\r]/;

function cell<Row>(column: SpreadsheetColumn<Row>, row: Row, forCsv: boolean): string | number | Date | null {
  const value = column.value(row);
  if (value instanceof Date) {
    // exceljs writes a Date as its UTC wall time; shift moments so the sheet shows China's clock.
    const shifted = column.date === "date" ? value : new Date(value.getTime() + chinaOffsetMs);
    if (!forCsv) return shifted;
    const iso = shifted.toISOString();
    return column.date === "date" ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
  }
  if (forCsv && typeof value === "string" && formulaStart.test(value)) return `'${value}`;
  // An empty CSV cell still needs its separator, or the row comes out short.
  return value ?? (forCsv ? "" : null);
}

function buildWorkbook<Row>(sheet: Spreadsheet<Row>, forCsv: boolean, workbook = new ExcelJS.Workbook()): ExcelJS.Workbook {
  workbook.creator = "法治年报";
  const worksheet = workbook.addWorksheet(sheet.sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  worksheet.columns = sheet.columns.map((c, i) => ({
    header: c.header,
    key: String(i),
    width: c.width ?? Math.max(8, c.header.length * 2 + 2),
    style: c.date ? { numFmt: c.date === "date" ? "yyyy-mm-dd" : "yyyy-mm-dd hh:mm" } : undefined,
  }));
  worksheet.getRow(1).font = { bold: true };
  for (const row of sheet.rows) worksheet.addRow(sheet.columns.map((c) => cell(c, row, forCsv)));
  return workbook;
}

/** UTF-8 with a byte-order mark, so Excel on Windows opens the Chinese text correctly. */
export async function toCsv<Row>(sheet: Spreadsheet<Row>): Promise<Buffer> {
  const buffer = await buildWorkbook(sheet, true).csv.writeBuffer({ formatterOptions: { writeBOM: true } });
  return Buffer.from(buffer);
}

export async function toXlsx<Row>(sheet: Spreadsheet<Row>): Promise<Buffer> {
  const buffer = await buildWorkbook(sheet, false).xlsx.writeBuffer();
  return Buffer.from(buffer);
}

/** A table of any row type, for a workbook of several (each sheet keeps its own columns' types). */
export function workbookSheet<Row>(sheet: Spreadsheet<Row>): Spreadsheet<unknown> {
  return sheet as unknown as Spreadsheet<unknown>;
}

/** Several tables in one workbook, a sheet each (sheet names must be unique, ≤ 31 characters). */
export async function toXlsxSheets(sheets: Spreadsheet<unknown>[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) buildWorkbook(sheet, false, workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const spreadsheetTypes = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

/** Content-Disposition for a Chinese file name (RFC 6266 / 5987), with an ASCII fallback. */
export function attachmentHeader(fileName: string, asciiFallback: string): string {
  return `attachment; filename="${asciiFallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
