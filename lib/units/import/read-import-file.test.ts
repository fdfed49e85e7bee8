import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { decodeCsvBytes } from "@/lib/text/decode-text";
import { readImportFile } from "@/lib/units/import/read-import-file";

const header = "全称,简称,类别,统一社会信用代码,网址标识(slug),顺序";
const zhenxi = "重庆市涪陵区珍溪镇人民政府,珍溪镇,街镇,11500102MB15300012,zhenxi,10";
const utf8 = (text: string) => new TextEncoder().encode(text);
// The same two lines as Excel on Chinese Windows saves them ("CSV (逗号分隔)", GBK, no BOM).
const gb18030 = Uint8Array.from(
  Buffer.from(
    "c8abb3c62cbcf2b3c62cc0e0b1f02ccdb3d2bbc9e7bbe1d0c5d3c3b4fac2eb2ccdf8d6b7b1eacab628736c7567292ccbb3d0f20d0ad6d8c7eccad0b8a2c1eac7f8d5e4cfaad5f2c8cbc3f1d5feb8ae2cd5e4cfaad5f22cbdd6d5f22c31313530303130324d4231353330303031322c7a68656e78692c31300d0a",
    "hex",
  ),
);
const expected = { line: 2, name: "重庆市涪陵区珍溪镇人民政府", shortName: "珍溪镇", kind: "街镇", orgCode: "11500102MB15300012", slug: "zhenxi", sortOrder: "10" };

describe("reading a unit import file", () => {
  it("tells GB18030 from UTF-8 and drops a byte-order mark", () => {
    expect(decodeCsvBytes(gb18030)).toMatchObject({ encoding: "GB18030", text: expect.stringContaining("珍溪镇") });
    expect(decodeCsvBytes(utf8(`\uFEFF${header}`))).toEqual({ encoding: "UTF-8", text: header });
  });

  it.each([
    ["UTF-8", utf8(`${header}\n${zhenxi}\n`)],
    ["UTF-8 with BOM", utf8(`\uFEFF${header}\r\n${zhenxi}\r\n`)],
    ["GB18030", gb18030],
  ])("reads a CSV in %s", async (_, bytes) => {
    const result = await readImportFile({ fileName: "units.csv", bytes });
    expect(result).toMatchObject({ ok: true, rows: [expected] });
  });

  it("keeps codes and numbers as written, and quoted commas inside a cell", async () => {
    const result = await readImportFile({ fileName: "u.csv", bytes: utf8(`${header}\n"某局,综合",某局,部门,0012,007,\n`) });
    expect(result).toMatchObject({ ok: true, rows: [{ name: "某局,综合", orgCode: "0012", slug: "007", sortOrder: "" }] });
  });

  it("reads the first sheet of an XLSX file, skipping empty rows, with columns in any order", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("单位");
    sheet.addRow(["网址标识（slug）", "简称", "全称", "类别", "统一社会信用代码"]);
    sheet.addRow([]);
    sheet.addRow(["zhenxi", "珍溪镇", "重庆市涪陵区珍溪镇人民政府", "街镇", "11500102MB15300012"]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const result = await readImportFile({ fileName: "units.xlsx", bytes });
    expect(result).toMatchObject({ ok: true, rows: [{ ...expected, line: 3, sortOrder: "" }] });
  });

  it.each([
    ["an empty file", "", "文件是空的"],
    ["a file without the required headers", "名称,类别\n珍溪镇,街镇\n", "缺少列：全称、简称、统一社会信用代码、网址标识(slug)"],
    ["headers alone", `${header}\n`, "只有列名"],
  ])("refuses %s in Chinese", async (_, text, message) => {
    const result = await readImportFile({ fileName: "u.csv", bytes: utf8(text) });
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining(message) });
  });

  it("refuses files over 1 MB, over 2,000 rows, and old .xls", async () => {
    expect(await readImportFile({ fileName: "u.csv", bytes: new Uint8Array(1_000_001) })).toMatchObject({ ok: false, message: expect.stringContaining("超过 1 MB") });
    const many = `${header}\n${Array.from({ length: 2001 }, (_, i) => `单位${i},单位${i},部门,X,u${i}`).join("\n")}\n`;
    expect(await readImportFile({ fileName: "u.csv", bytes: utf8(many) })).toMatchObject({ ok: false, message: expect.stringContaining("最多导入 2000 行") });
    expect(await readImportFile({ fileName: "u.xls", bytes: utf8("x") })).toMatchObject({ ok: false, message: expect.stringContaining(".xls") });
  });
});
