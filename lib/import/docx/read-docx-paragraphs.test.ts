import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  type ILevelsOptions,
  type IParagraphOptions,
  type ISectionOptions,
} from "docx";
import { readDocxParagraphs } from "@/lib/import/docx/read-docx-paragraphs";

type Children = ISectionOptions["children"];

async function docx(children: Children, options: { levels?: ILevelsOptions[]; styles?: ConstructorParameters<typeof Document>[0]["styles"] } = {}) {
  const document = new Document({
    numbering: { config: [{ reference: "report", levels: options.levels ?? [] }] },
    styles: options.styles,
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

async function read(children: Children, options?: Parameters<typeof docx>[1]) {
  return readDocxParagraphs(await docx(children, options));
}

const p = (text: string, options: Omit<IParagraphOptions, "text"> = {}) => new Paragraph({ text, ...options });

// Word's "一、 / （一） / 1." multilevel list as a Chinese office sets it up.
const reportLevels: ILevelsOptions[] = [
  { level: 0, format: LevelFormat.CHINESE_COUNTING, text: "%1、", alignment: AlignmentType.LEFT },
  { level: 1, format: LevelFormat.CHINESE_COUNTING, text: "（%2）", alignment: AlignmentType.LEFT },
  { level: 2, format: LevelFormat.DECIMAL, text: "%3.", alignment: AlignmentType.LEFT },
];
const item = (text: string, level: number, instance?: number) => p(text, { numbering: { reference: "report", level, instance } });

describe("reading a .docx into source lines", () => {
  it("(a) keeps headings typed as plain text, with no style and no list", async () => {
    const { lines } = await read([p("一、基本情况"), p("（一）加强组织领导"), p("    我镇坚持……"), p("")]);
    expect(lines).toEqual([{ text: "一、基本情况" }, { text: "（一）加强组织领导" }, { text: "    我镇坚持……" }, { text: "" }]);
  });

  it("(b) gives Word heading styles as styleLevel, whatever the text says", async () => {
    const { lines } = await read([
      p("基本情况", { heading: HeadingLevel.HEADING_1 }),
      p("加强组织领导", { heading: HeadingLevel.HEADING_2 }),
      p("正文"),
    ]);
    expect(lines).toEqual([{ text: "基本情况", styleLevel: 1 }, { text: "加强组织领导", styleLevel: 2 }, { text: "正文" }]);
  });

  it("(b) reads a Chinese style name (标题 2) and a paragraph's own outline level", async () => {
    const styles = { paragraphStyles: [{ id: "a2", name: "标题 2", run: { bold: true } }, { id: "xiaobiaoti", name: "小标题", paragraph: { outlineLevel: 2 } }] };
    const { lines } = await read([p("加强组织领导", { style: "a2" }), p("强化考核", { style: "xiaobiaoti" }), p("第一部分", { outlineLevel: 0 })], { styles });
    expect(lines.map((line) => line.styleLevel)).toEqual([2, 3, 1]);
  });

  it("(c) renders Word's automatic numbering: 一、（一）1., counting and restarting like Word", async () => {
    const { lines, numberingAligned } = await read(
      [
        item("基本情况", 0),
        item("加强组织领导", 1),
        item("成立领导小组", 2),
        item("制定工作方案", 2),
        item("推进依法行政", 1),
        item("规范执法", 2),
        p("正文段落不打断编号。"),
        item("存在的问题", 0),
        item("学法不够深入", 1),
        item("下一步打算", 0),
      ],
      { levels: reportLevels },
    );
    expect(numberingAligned).toBe(true);
    expect(lines.map((line) => [line.listLevel, line.listMarker, line.text])).toEqual([
      [0, "一、", "基本情况"],
      [1, "（一）", "加强组织领导"],
      [2, "1.", "成立领导小组"],
      [2, "2.", "制定工作方案"],
      [1, "（二）", "推进依法行政"],
      [2, "1.", "规范执法"],
      [undefined, undefined, "正文段落不打断编号。"],
      [0, "二、", "存在的问题"],
      [1, "（一）", "学法不够深入"],
      [0, "三、", "下一步打算"],
    ]);
  });

  it("(c) counts past ten in Chinese, honours start, and keeps numbering on heading styles", async () => {
    const levels: ILevelsOptions[] = [{ level: 0, format: LevelFormat.CHINESE_COUNTING, text: "%1、", start: 9 }];
    const { lines } = await read(
      ["甲", "乙", "丙", "丁"].map((text) => item(text, 0)).concat(p("标题", { heading: HeadingLevel.HEADING_1, numbering: { reference: "report", level: 0 } })),
      { levels },
    );
    expect(lines.map((line) => line.listMarker)).toEqual(["九、", "十、", "十一、", "十二、", "十三、"]);
    expect(lines[4]).toMatchObject({ styleLevel: 1, listLevel: 0 });
  });

  it("(c) restarts a second list of the same definition (docx instance = Word's 重新开始编号)", async () => {
    const { lines } = await read([item("一", 0, 0), item("二", 0, 0), item("另一份清单", 0, 1), item("续", 0, 1)], { levels: reportLevels });
    expect(lines.map((line) => line.listMarker)).toEqual(["一、", "二、", "一、", "二、"]);
  });

  it("(d) counts a bold run-in heading's characters: boldPrefix", async () => {
    const { lines } = await read([
      new Paragraph({ children: [new TextRun({ text: "1.加强组织领导。", bold: true }), new TextRun("镇党委召开专题会议……")] }),
      new Paragraph({ children: [new TextRun({ text: "（一）", bold: true }), new TextRun({ text: " " }), new TextRun({ text: "坚持依法决策。", bold: true }), new TextRun("全年……")] }),
      new Paragraph({ children: [new TextRun({ text: "全部加粗", bold: true })] }),
      new Paragraph({ children: [new TextRun("不加粗"), new TextRun({ text: "后面加粗", bold: true })] }),
    ]);
    expect(lines).toEqual([
      { text: "1.加强组织领导。镇党委召开专题会议……", boldPrefix: 9 },
      { text: "（一） 坚持依法决策。全年……", boldPrefix: 11 },
      { text: "全部加粗", boldPrefix: 4 },
      { text: "不加粗后面加粗" },
    ]);
  });

  it("keeps tabs, and starts a new line at each line break", async () => {
    const { lines } = await read([
      new Paragraph({ children: [new TextRun({ text: "索引号：", bold: true }), new TextRun("11500102MB1530001\t"), new TextRun({ text: "发布日期：2023-01-10", break: 1 })] }),
    ]);
    expect(lines).toEqual([{ text: "索引号：11500102MB1530001\t", boldPrefix: 4 }, { text: "发布日期：2023-01-10" }]);
  });

  it("(e) reads a website's metadata table one row per line, and a layout table cell by cell", async () => {
    const cell = (...texts: string[]) => new TableCell({ children: texts.map((text) => p(text)) });
    const row = (...cells: TableCell[]) => new TableRow({ children: cells });
    const { lines } = await read([
      p("珍溪镇人民政府关于2022年度法治政府建设情况的报告"),
      new Table({
        rows: [
          row(cell("索引号："), cell("11500102MB1530001/2023-00012"), cell("发布机构："), cell("珍溪镇")),
          row(cell("成文日期："), cell("2023-01-10"), cell("发布日期"), cell("2023-01-12")),
          row(cell(""), cell(""), cell(""), cell("")),
          row(cell("  主题分类：  "), cell(" 政务公开 "), cell(""), cell("")),
        ],
      }),
      new Table({ rows: [row(cell("一、基本情况", "", "（一）加强组织领导"), cell("")), row(cell("单元格"), cell("一行"))] }),
    ]);
    expect(lines.map((line) => line.text)).toEqual([
      "珍溪镇人民政府关于2022年度法治政府建设情况的报告",
      "索引号：11500102MB1530001/2023-00012 发布机构：珍溪镇",
      "成文日期：2023-01-10 发布日期 2023-01-12",
      "主题分类：政务公开",
      "一、基本情况",
      "",
      "（一）加强组织领导",
      "",
      "单元格 一行",
    ]);
  });

  it("numbers paragraphs in tables in document order with the rest", async () => {
    const { lines } = await read([item("基本情况", 0), new Table({ rows: [new TableRow({ children: [new TableCell({ children: [item("表内", 0)] })] })] }), item("问题", 0)], { levels: reportLevels });
    expect(lines.map((line) => line.listMarker)).toEqual(["一、", "二、", "三、"]);
  });

  it("lines Word's numbering up with mammoth's paragraphs past a tracked deletion", async () => {
    const bytes = await docx([item("基本情况", 0), p("将被删除"), item("问题", 0), p("正文")], { levels: reportLevels });
    // Mark the second paragraph's mark as deleted (Word's track changes): mammoth joins it to the next.
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file("word/document.xml")!.async("string");
    const deleted = xml.replace(/<w:p>(<w:r><w:t xml:space="preserve">将被删除)/, '<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="a" w:date="2024-01-01T00:00:00Z"/></w:rPr></w:pPr>$1');
    expect(deleted).not.toBe(xml);
    zip.file("word/document.xml", deleted);
    const { lines, numberingAligned } = await readDocxParagraphs(new Uint8Array(await zip.generateAsync({ type: "uint8array" })));
    expect(numberingAligned).toBe(true);
    expect(lines).toEqual([
      { text: "基本情况", listLevel: 0, listMarker: "一、" },
      { text: "将被删除问题", listLevel: 0, listMarker: "二、" },
      { text: "正文" },
    ]);
  });
});
