// A published report as the Word file an office would have issued (GB/T 9704-2012, DESIGN.md §7):
// 字号 when it has one, the title, the body with its heading levels, the key figures as a
// sentence, the issuing office and date as the signature, and a correction as the 附注 below it.
// The portal's metadata table (索引号, 发布日期) is the website's, not the document's, and stays out.
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type IParagraphOptions,
  type IRunOptions,
} from "docx";
import { formatChineseDate } from "@/lib/dates";
import type { PublishedReport, PublishedSection } from "@/lib/public/get-published-report";
import { fonts, linePitch, page, pageNumberChar, size, textChar, textCharSpacing, type FontSet } from "./gb9704";
import { splitRunInHeading } from "./run-in-heading";
import { signatureIndents } from "./signature-indents";

export type ReportForDocx = Pick<PublishedReport, "title" | "publisher" | "docNumber" | "documentDate" | "publishedAt" | "correction" | "sections">;

/** Only what the document is built from: the page's history and other years play no part. */
export function reportForDocx(report: PublishedReport): ReportForDocx {
  const { title, publisher, docNumber, documentDate, publishedAt, correction, sections } = report;
  return { title, publisher, docNumber, documentDate, publishedAt, correction, sections };
}

export const DOCX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export type RunStyle = { font: FontSet; size: number; bold?: boolean; spacing?: number };

export const textStyle: RunStyle = { font: fonts.text, size: size.text, spacing: textCharSpacing };

function runFonts(font: FontSet) {
  // hint: quotes and dashes, which Unicode leaves ambiguous, come from the Chinese font.
  return { eastAsia: font.eastAsia, ascii: font.ascii, hAnsi: font.ascii, cs: font.ascii, hint: "eastAsia" };
}

export function run(children: IRunOptions["children"] & object, style: RunStyle): TextRun {
  return new TextRun({ children, size: style.size, bold: style.bold, characterSpacing: style.spacing, font: runFonts(style.font) });
}

/** Every line of the document sits on the 28.95 pt grid, blank lines included. */
export function line(children: TextRun[], options: Omit<IParagraphOptions, "children" | "spacing"> = {}): Paragraph {
  return new Paragraph({ ...options, spacing: { line: linePitch, lineRule: LineRuleType.EXACT, before: 0, after: 0 }, children });
}

export const blankLine = () => line([]);
const firstLineIndent = { firstLine: 2 * textChar, firstLineChars: 200 };

function textParagraph(text: string): Paragraph {
  const runIn = splitRunInHeading(text);
  const runs = runIn
    ? [run([runIn.heading], { ...textStyle, bold: true }), ...(runIn.rest ? [run([runIn.rest], textStyle)] : [])]
    : [run([text], textStyle)];
  return line(runs, { alignment: AlignmentType.BOTH, indent: firstLineIndent });
}

function heading(section: PublishedSection, outlineOffset: number): Paragraph {
  const font = section.level === 1 ? fonts.heading1 : fonts.heading2;
  return line([run([`${section.number}${section.title}`], { font, size: size.text, spacing: textCharSpacing })], {
    alignment: AlignmentType.BOTH,
    indent: firstLineIndent,
    keepNext: true,
    outlineLevel: section.level - 1 + outlineOffset,
  });
}

/** The section's figures as a sentence of the text: 主要数据：中心组学法次数6次；专题讲座次数1次。 */
export function metricsSentence(metrics: PublishedSection["metrics"]): string {
  return `主要数据：${metrics.map((m) => `${m.label}${m.value}${m.unit}`).join("；")}。`;
}

function body(sections: PublishedSection[], outlineOffset: number): Paragraph[] {
  return sections.flatMap((section) => [
    heading(section, outlineOffset),
    ...section.paragraphs.map(textParagraph),
    ...(section.metrics.length > 0 ? [textParagraph(metricsSentence(section.metrics))] : []),
  ]);
}

/** GB/T 9704 §7.3.5.3 (no seal on a web copy): one blank line, the office, the date under it. */
function signature(report: ReportForDocx): Paragraph[] {
  const date = formatChineseDate(report.documentDate ?? report.publishedAt);
  const indents = signatureIndents(report.publisher, date);
  return [
    blankLine(),
    line([run([report.publisher], textStyle)], { alignment: AlignmentType.RIGHT, indent: { right: indents.publisher * textChar } }),
    line([run([date], textStyle)], { alignment: AlignmentType.RIGHT, indent: { right: indents.date * textChar } }),
  ];
}

/** 附注 (§7.3.6): in brackets, two characters in, on the line after the date. */
function correctionNote(correction: NonNullable<ReportForDocx["correction"]>): Paragraph {
  return textParagraph(`（${formatChineseDate(correction.at)}更正。更正说明：${correction.note}）`);
}

/** "— n —" in 4号 宋体, one character in from the text block's outer edge: right on odd pages, left on even. */
export function pageNumberFooter(side: "odd" | "even"): Footer {
  const style: RunStyle = { font: fonts.pageNumber, size: size.pageNumber };
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === "odd" ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === "odd" ? { right: pageNumberChar } : { left: pageNumberChar },
        children: [run(["— ", PageNumber.CURRENT, " —"], style)],
      }),
    ],
  });
}

export const normalRun = {
  size: size.text,
  characterSpacing: textCharSpacing,
  font: runFonts(fonts.text),
  language: { value: "zh-CN", eastAsia: "zh-CN" },
};

/**
 * How a report is set inside a compilation (汇编): it starts a page, its title is a level-1
 * heading the table of contents lists, the metadata line (发布机构, 字号, 发布日期) stands under
 * the title instead of the 字号 above it, and its own headings move one outline level down.
 */
export type CompiledLayout = { metadata: string };

/** The report's paragraphs, from the 字号 (or, in a compilation, the title) to the 附注. */
export function reportParagraphs(report: ReportForDocx, compiled?: CompiledLayout): Paragraph[] {
  const docNumber = report.docNumber.trim();
  const titleRun = run([report.title], { font: fonts.title, size: size.title });
  const head = compiled
    ? [
        line([titleRun], { alignment: AlignmentType.CENTER, heading: HeadingLevel.HEADING_1, outlineLevel: 0, pageBreakBefore: true, keepNext: true }),
        line([run([compiled.metadata], { font: fonts.heading2, size: size.text, spacing: textCharSpacing })], { alignment: AlignmentType.CENTER, keepNext: true }),
      ]
    : [
        ...(docNumber ? [line([run([docNumber], textStyle)], { alignment: AlignmentType.CENTER }), blankLine()] : []),
        line([titleRun], { alignment: AlignmentType.CENTER }),
      ];
  return [
    ...head,
    blankLine(),
    ...body(report.sections, compiled ? 1 : 0),
    ...signature(report),
    ...(report.correction ? [correctionNote(report.correction)] : []),
  ];
}

/** A4 with the GB/T 9704 margins. */
export const pageProperties = { page: { size: { width: page.width, height: page.height }, margin: page.margin } };

/** "— n —" on every page, odd pages right and even pages left. */
export const pageNumberFooters = () => ({ default: pageNumberFooter("odd"), even: pageNumberFooter("even") });

export function buildReportDocument(report: ReportForDocx): Document {
  const children = reportParagraphs(report);
  return new Document({
    title: report.title,
    creator: report.publisher,
    evenAndOddHeaderAndFooters: true,
    // Text an office types into the file later is 3号 仿宋 like the rest.
    styles: { default: { document: { run: normalRun } } },
    sections: [
      {
        properties: pageProperties,
        footers: pageNumberFooters(),
        children,
      },
    ],
  });
}

/** The .docx file's bytes. */
export function buildReportDocx(report: ReportForDocx): Promise<Buffer> {
  return Packer.toBuffer(buildReportDocument(report));
}
