import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { Document, ImageRun, Packer, Paragraph, type ISectionOptions } from "docx";
import { errorMessages, type ErrorCode } from "@/lib/errors";
import { checkImportSize, maxImportBytes, readPastedText, readSourceFile } from "@/lib/import/read-source-file";

async function docx(children: ISectionOptions["children"]): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const hex = (value: string) => Uint8Array.from(Buffer.from(value, "hex"));
// "一、基本情况\r\n（一）加强组织领导。\r\n珍溪镇人民政府\r\n" as Notepad on Chinese Windows saves it ("ANSI", i.e. GBK).
const gb18030 = hex("d2bba1a2bbf9b1bec7e9bff60d0aa3a8d2bba3a9bcd3c7bfd7e9d6afc1ecb5bca1a30d0ad5e4cfaad5f2c8cbc3f1d5feb8ae0d0a");
const reportLines = [{ text: "一、基本情况" }, { text: "（一）加强组织领导。" }, { text: "珍溪镇人民政府" }];
// A 1×1 PNG.
const png = Uint8Array.from(Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64"));
const cfbMagic = hex("d0cf11e0a1b11ae1");

/**
 * A synthetic stand-in for a password-protected .docx: Word saves one as an OLE compound file
 * whose directory holds an "EncryptedPackage" stream. Only the signature and that UTF-16LE name
 * are real here; the rest is padding, which is all the detection looks at.
 */
function syntheticEncryptedDocx(): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set(cfbMagic, 0);
  bytes.set(Buffer.from("EncryptedPackage", "utf16le"), 1024 + 64);
  return bytes;
}

async function rejection(name: string, bytes: Uint8Array): Promise<{ code: ErrorCode; message: string }> {
  try {
    await readSourceFile({ name, bytes });
  } catch (error) {
    return error as { code: ErrorCode; message: string };
  }
  throw new Error(`${name} was read`);
}

describe("reading an uploaded report file", () => {
  it("(f) reads .txt in UTF-8, UTF-8 with BOM, GB18030 and UTF-16 (Notepad's Unicode)", async () => {
    const text = "一、基本情况\n（一）加强组织领导。\n珍溪镇人民政府\n";
    expect(await readSourceFile({ name: "报告.txt", bytes: utf8(text) })).toEqual(reportLines);
    expect(await readSourceFile({ name: "报告.txt", bytes: utf8(`\uFEFF${text}`) })).toEqual(reportLines);
    expect(await readSourceFile({ name: "报告.TXT", bytes: gb18030 })).toEqual(reportLines);
    const utf16 = Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, "utf16le")]);
    expect(await readSourceFile({ name: "报告.txt", bytes: utf16 })).toEqual(reportLines);
  });

  it("splits pasted text into lines, keeping blank lines and indentation, dropping trailing blanks", () => {
    expect(readPastedText("\uFEFF一、基本情况\r\n\r\n　　我镇……\v第二行\r\n\n")).toEqual([{ text: "一、基本情况" }, { text: "" }, { text: "　　我镇……" }, { text: "第二行" }]);
  });

  it("decides by content first: a .docx saved as .doc or .txt is still read", async () => {
    const bytes = await docx([new Paragraph("一、基本情况")]);
    expect(await readSourceFile({ name: "报告.doc", bytes })).toEqual([{ text: "一、基本情况" }]);
    expect(await readSourceFile({ name: "报告.txt", bytes })).toEqual([{ text: "一、基本情况" }]);
  });

  it("checks the size before reading: 10 MB at most, and not empty", async () => {
    expect(maxImportBytes).toBe(10 * 1024 * 1024);
    expect(() => checkImportSize(maxImportBytes)).not.toThrow();
    expect(() => checkImportSize(maxImportBytes + 1)).toThrow(errorMessages.IMPORT_TOO_LARGE);
    expect(() => checkImportSize(0)).toThrow(errorMessages.IMPORT_EMPTY);
    // 30 MB that starts like a ZIP: refused by size, never handed to the ZIP reader.
    const huge = new Uint8Array(30 * 1024 * 1024);
    huge.set([0x50, 0x4b, 0x03, 0x04]);
    const started = performance.now();
    expect(await rejection("大文件.docx", huge)).toMatchObject({ code: "IMPORT_TOO_LARGE" });
    expect(performance.now() - started).toBeLessThan(100);
  });

  const bad: [string, string, () => Promise<Uint8Array> | Uint8Array, ErrorCode][] = [
    ["an empty file", "报告.docx", () => new Uint8Array(0), "IMPORT_EMPTY"],
    ["a picture renamed .docx", "报告.docx", () => png, "IMPORT_CORRUPT"],
    ["random bytes named .docx", "报告.docx", () => Uint8Array.from({ length: 2048 }, (_, i) => (i * 37 + 11) % 256), "IMPORT_CORRUPT"],
    ["a truncated .docx", "报告.docx", async () => (await docx([new Paragraph("一、基本情况")])).slice(0, 1500), "IMPORT_CORRUPT"],
    ["a .docx with damaged bytes in its text", "报告.docx", damagedDocumentBytes, "IMPORT_CORRUPT"],
    ["a .docx whose text part is cut off", "报告.docx", cutOffDocumentPart, "IMPORT_CORRUPT"],
    ["a ZIP without word/document.xml", "报告.docx", zipWithoutDocument, "IMPORT_CORRUPT"],
    ["a password-protected .docx (synthetic)", "报告.docx", syntheticEncryptedDocx, "IMPORT_ENCRYPTED"],
    ["a .doc by its content, whatever its name", "报告.docx", () => Uint8Array.from([...cfbMagic, ...new Uint8Array(1024)]), "IMPORT_LEGACY_WORD"],
    ["a .doc by its name (a web page saved as .doc)", "报告.doc", () => utf8("<html><body>一、基本情况</body></html>"), "IMPORT_LEGACY_WORD"],
    ["a .wps by its name", "报告.wps", () => Uint8Array.from({ length: 512 }, (_, i) => i % 256), "IMPORT_LEGACY_WORD"],
    ["a .wps by its content", "报告.wps", () => Uint8Array.from([...cfbMagic, ...new Uint8Array(1024)]), "IMPORT_LEGACY_WORD"],
    ["an RTF file", "报告.rtf", () => utf8("{\\rtf1\\ansi 一、基本情况}"), "IMPORT_LEGACY_WORD"],
    ["a PDF", "报告.pdf", () => utf8("%PDF-1.7\n%âãÏÓ\n1 0 obj"), "IMPORT_UNSUPPORTED_TYPE"],
    ["a PDF renamed .txt", "报告.txt", () => utf8("%PDF-1.7\n1 0 obj"), "IMPORT_UNSUPPORTED_TYPE"],
    ["a spreadsheet CSV", "报告.csv", () => utf8("一,二\n"), "IMPORT_UNSUPPORTED_TYPE"],
    ["a .docx with only a picture", "扫描件.docx", () => docx([new Paragraph({ children: [new ImageRun({ type: "png", data: png, transformation: { width: 100, height: 100 } })] })]), "IMPORT_IMAGES_ONLY"],
    ["a .docx with no text", "空白.docx", () => docx([new Paragraph(""), new Paragraph("   ")]), "IMPORT_NO_TEXT"],
    ["a .txt of spaces", "报告.txt", () => utf8(" \r\n\t\r\n　\r\n"), "IMPORT_NO_TEXT"],
    ["a binary file renamed .txt (NUL bytes)", "报告.txt", () => Uint8Array.from([0x41, 0x00, 0x42, 0x00]), "IMPORT_NOT_TEXT"],
    ["a binary file renamed .txt (control bytes)", "报告.txt", () => Uint8Array.from({ length: 1000 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)), "IMPORT_NOT_TEXT"],
  ];

  it.each(bad)("refuses %s with a message that says what to do", async (_, name, build, code) => {
    const error = await rejection(name, await build());
    expect(error).toMatchObject({ code, message: errorMessages[code] });
  });

  it("refuses a ZIP that says it inflates to 128 MB (a zip bomb) before inflating it", async () => {
    expect(await rejection("报告.docx", await zipBomb())).toMatchObject({ code: "IMPORT_TOO_LARGE", message: expect.stringContaining("解压后的内容过大") });
  });

  it("words the messages as the issue asks", () => {
    expect(errorMessages.IMPORT_NO_TEXT).toContain("文件中没有文字");
    expect(errorMessages.IMPORT_LEGACY_WORD).toContain("另存为 .docx 后再导入");
    expect(errorMessages.IMPORT_ENCRYPTED).toContain("文件设置了打开密码");
    expect(errorMessages.IMPORT_CORRUPT).toContain("文件已损坏或不是 Word 文档");
    expect(errorMessages.IMPORT_IMAGES_ONLY).toContain("文档中只有图片，没有可导入的文字");
    expect(errorMessages.IMPORT_UNSUPPORTED_TYPE).toMatch(/\.docx.*\.txt.*粘贴/);
  });
});

/** A bit-flipped stretch in the compressed document.xml, as a bad disk or download leaves it. */
async function damagedDocumentBytes(): Promise<Uint8Array> {
  const bytes = await docx(Array.from({ length: 30 }, (_, i) => new Paragraph(`第${i + 1}段：珍溪镇法治政府建设情况`)));
  const name = Buffer.from(bytes).indexOf("word/document.xml");
  for (let i = name + 40; i < name + 140; i++) bytes[i] ^= 0x5a;
  return bytes;
}

async function cutOffDocumentPart(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await docx([new Paragraph("一、基本情况")]));
  zip.file("word/document.xml", "<w:document xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'><w:body><w:p>");
  return zip.generateAsync({ type: "uint8array" });
}

/** A small .docx whose central directory claims 128 MB for every part: refused before inflating. */
async function zipBomb(): Promise<Uint8Array> {
  const bytes = await docx([new Paragraph("一、基本情况")]);
  const view = new DataView(bytes.buffer);
  for (let at = 0; at < bytes.length - 4; at++) {
    if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, 128 * 1024 * 1024, true);
  }
  return bytes;
}

async function zipWithoutDocument(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", "<Types/>");
  zip.file("readme.txt", "一、基本情况");
  return zip.generateAsync({ type: "uint8array" });
}
