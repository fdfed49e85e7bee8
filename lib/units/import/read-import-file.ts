import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { decodeCsvBytes } from "@/lib/text/decode-text";
import { mapImportHeaders, maxImportBytes, maxImportRows, type ImportColumnKey } from "./import-columns";

export type ImportRow = { line: number } & Record<ImportColumnKey, string>;
export type ReadImportResult = { ok: true; rows: ImportRow[]; encoding: string } | { ok: false; message: string };

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("text" in value) return String(value.text);
    if ("result" in value) return value.result === undefined || value.result === null ? "" : String(value.result);
    if (value instanceof Date) return value.toISOString().slice(0, 10);
  }
  return String(value).trim();
}

function isXlsx(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Reads the first sheet of an XLSX file, or a CSV in UTF-8 (with or without BOM) or GB18030. */
export async function readImportFile({ fileName, bytes }: { fileName: string; bytes: Uint8Array }): Promise<ReadImportResult> {
  if (bytes.length === 0) return { ok: false, message: "文件是空的，请选择填好的单位表。" };
  if (bytes.length > maxImportBytes) return { ok: false, message: `文件超过 1 MB（${(bytes.length / 1_000_000).toFixed(1)} MB），请分成几个文件导入。` };
  const lowerName = fileName.toLowerCase();
  if (lowerName.endsWith(".xls")) return { ok: false, message: "不支持旧版 Excel（.xls）文件，请在 Excel 中“另存为” .xlsx 或 CSV 后再导入。" };

  const workbook = new ExcelJS.Workbook();
  let sheet: ExcelJS.Worksheet | undefined;
  let encoding = "XLSX";
  try {
    if (isXlsx(bytes)) {
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
      sheet = workbook.worksheets[0];
    } else {
      const decoded = decodeCsvBytes(bytes);
      encoding = decoded.encoding;
      // Identity map: exceljs would otherwise turn "0012" into 12 and "2024-01-01" into a date.
      sheet = await workbook.csv.read(Readable.from([decoded.text]), { map: (value: unknown) => value } as never);
    }
  } catch {
    return { ok: false, message: "无法读取该文件。请上传 CSV 或 Excel（.xlsx）文件，可先下载模板照着填写。" };
  }
  if (!sheet) return { ok: false, message: "文件里没有工作表。" };

  const lines: { line: number; cells: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    const cells = Array.from({ length: values.length }, (_, i) => cellText(values[i] as ExcelJS.CellValue).trim());
    if (cells.some((cell) => cell !== "")) lines.push({ line, cells });
  });
  if (lines.length === 0) return { ok: false, message: "文件里没有内容，请按模板填写后再导入。" };

  const [header, ...data] = lines;
  const { indexes, missing } = mapImportHeaders(header.cells);
  if (missing.length > 0) {
    return { ok: false, message: `第一行缺少列：${missing.join("、")}。第一行应为列名：全称、简称、类别、统一社会信用代码、网址标识(slug)、顺序（可省略）。` };
  }
  if (data.length === 0) return { ok: false, message: "文件只有列名，没有单位。" };
  if (data.length > maxImportRows) return { ok: false, message: `一次最多导入 ${maxImportRows} 行，该文件有 ${data.length} 行，请分成几个文件。` };

  const rows = data.map(({ line, cells }) => {
    const at = (key: ImportColumnKey) => (indexes[key] === undefined ? "" : (cells[indexes[key]!] ?? ""));
    return { line, name: at("name"), shortName: at("shortName"), kind: at("kind"), orgCode: at("orgCode"), slug: at("slug"), sortOrder: at("sortOrder") };
  });
  return { ok: true, rows, encoding };
}
