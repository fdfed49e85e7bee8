import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { attachmentHeader, toCsv, toXlsx, toXlsxSheets, workbookSheet, type Spreadsheet } from "@/lib/export/spreadsheet";

type Row = { name: string | null; note: string | null; count: number | null; at: Date | null; on: Date | null };

const sheet: Spreadsheet<Row> = {
  sheetName: "2023年度",
  columns: [
    { header: "单位", value: (r) => r.name },
    { header: "备注", value: (r) => r.note },
    { header: "数量", value: (r) => r.count },
    { header: "提交时间", date: "datetime", value: (r) => r.at },
    { header: "截止日期", date: "date", value: (r) => r.on },
  ],
  rows: [
    // 2024-02-20 02:05 UTC is 10:05 in China; the calendar date is stored as UTC midnight.
    { name: "珍溪镇", note: "含逗号, 和\"引号\"\n以及换行", count: -3, at: new Date("2024-02-20T02:05:00Z"), on: new Date("2024-03-01T00:00:00Z") },
    { name: "=HYPERLINK(\"http://evil\")", note: "+1", count: 0, at: null, on: null },
    { name: "@SUM(A1)", note: "-2", count: null, at: null, on: null },
    { name: null, note: null, count: null, at: null, on: null },
  ],
};

const bom = "\uFEFF";

/** A minimal RFC 4180 reader, independent of the writer under test. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = "";
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") endField();
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      endRow();
    } else field += ch;
  }
  if (field !== "" || row.length > 0) endRow();
  return rows;
}

describe("toCsv", () => {
  it("starts with a byte-order mark so Excel reads the Chinese as UTF-8", async () => {
    const text = (await toCsv(sheet)).toString("utf8");
    expect(text.startsWith(bom)).toBe(true);
  });

  it("quotes commas, quotes and line breaks so every field survives", async () => {
    const rows = parseCsv((await toCsv(sheet)).toString("utf8").slice(1));
    expect(rows[0]).toEqual(["单位", "备注", "数量", "提交时间", "截止日期"]);
    expect(rows[1]).toEqual(["珍溪镇", "含逗号, 和\"引号\"\n以及换行", "-3", "2024-02-20 10:05", "2024-03-01"]);
  });

  it("turns text that a spreadsheet would run as a formula into plain text, but leaves numbers alone", async () => {
    const rows = parseCsv((await toCsv(sheet)).toString("utf8").slice(1));
    expect(rows[2].slice(0, 3)).toEqual(["'=HYPERLINK(\"http://evil\")", "'+1", "0"]);
    expect(rows[3].slice(0, 2)).toEqual(["'@SUM(A1)", "'-2"]);
    expect(rows[1][2]).toBe("-3");
  });

  it("keeps the separators of empty cells, so every row has every column", async () => {
    const rows = parseCsv((await toCsv(sheet)).toString("utf8").slice(1)).filter((r) => r.length > 1 || r[0] !== "");
    expect(rows).toHaveLength(5);
    for (const row of rows) expect(row).toHaveLength(5);
    expect(rows[4]).toEqual(["", "", "", "", ""]);
  });
});

describe("toXlsx", () => {
  async function readBack() {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await toXlsx(sheet)) as unknown as ArrayBuffer);
    return workbook.getWorksheet("2023年度")!;
  }

  it("writes the headers, text as text (no formula guard needed) and numbers as numbers", async () => {
    const ws = await readBack();
    expect(ws.getRow(1).values).toEqual([undefined, "单位", "备注", "数量", "提交时间", "截止日期"]);
    expect(ws.getCell("A2").value).toBe("珍溪镇");
    expect(ws.getCell("B2").value).toBe("含逗号, 和\"引号\"\n以及换行");
    expect(ws.getCell("C2").value).toBe(-3);
    expect(ws.getCell("A3").value).toBe("=HYPERLINK(\"http://evil\")");
    expect(ws.getCell("A3").type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell("C3").value).toBe(0);
  });

  it("shows moments on China's clock and calendar dates as they are", async () => {
    const ws = await readBack();
    // Excel has no time zones: the cell holds the wall time, which exceljs reads back as UTC.
    expect((ws.getCell("D2").value as Date).toISOString()).toBe("2024-02-20T10:05:00.000Z");
    expect(ws.getCell("D2").numFmt).toBe("yyyy-mm-dd hh:mm");
    expect((ws.getCell("E2").value as Date).toISOString()).toBe("2024-03-01T00:00:00.000Z");
    expect(ws.getCell("E2").numFmt).toBe("yyyy-mm-dd");
  });

  it("leaves empty cells empty and keeps every row", async () => {
    const ws = await readBack();
    expect(ws.rowCount).toBe(5);
    expect(ws.getCell("A5").value).toBeNull();
    expect(ws.getCell("D3").value).toBeNull();
  });

  it("freezes the header row", async () => {
    const ws = await readBack();
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  });
});

describe("attachmentHeader", () => {
  it("gives the Chinese name percent-encoded and an ASCII fallback", () => {
    expect(attachmentHeader("2023年度报告审核状态.xlsx", "review-status-2023.xlsx")).toBe(
      "attachment; filename=\"review-status-2023.xlsx\"; filename*=UTF-8''2023%E5%B9%B4%E5%BA%A6%E6%8A%A5%E5%91%8A%E5%AE%A1%E6%A0%B8%E7%8A%B6%E6%80%81.xlsx",
    );
  });
});

describe("a workbook of several tables", () => {
  it("writes one sheet per table, numbers as numbers", async () => {
    const buffer = await toXlsxSheets([
      workbookSheet({ sheetName: "合计", columns: [{ header: "指标", value: (r: { k: string; n: number }) => r.k }, { header: "合计", value: (r) => r.n }], rows: [{ k: "学法次数", n: 6 }] }),
      workbookSheet({ sheetName: "单位", columns: [{ header: "单位", value: (r: string) => r }], rows: ["珍溪镇", "李渡街道"] }),
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(buffer as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(["合计", "单位"]);
    expect(book.getWorksheet("合计")!.getRow(2).getCell(2).value).toBe(6);
    expect(book.getWorksheet("单位")!.rowCount).toBe(3);
  });
});
