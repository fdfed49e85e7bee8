// The year's compilation (汇编) as one Word file, set like the single report (GB/T 9704-2012,
// DESIGN.md §7): a cover, a table of contents, then each report from a new page with its title
// and a metadata line (发布机构, 字号, 发布日期). The reports' paragraphs come from the single
// report's builder. The cover has no page number; "— 1 —" starts on the contents page and runs
// through to the last report.
//
// The contents are a Word TOC field (\o "1-1" \h) over the reports' titles, written with the
// titles and their page numbers as laid out here (count-report-pages.ts), marked dirty, and the
// settings ask for fields to be updated: Word lays the contents out again when the file is
// opened (after asking), and the numbers written are what other readers show.
import { createHash } from "node:crypto";
import { AlignmentType, Document, Packer, Paragraph, TableOfContents, type ISectionOptions } from "docx";
import { formatChineseDate } from "@/lib/dates";
import {
  blankLine,
  line,
  normalRun,
  pageNumberFooters,
  pageProperties,
  reportParagraphs,
  run,
  textStyle,
  type ReportForDocx,
} from "@/lib/public/docx/build-report-docx";
import { layoutDocument } from "docx/layout";
import { fonts, linePitch, size, textCharSpacing } from "@/lib/public/docx/gb9704";

export type CompilationEntry = {
  report: ReportForDocx;
  /** Approved and not (or not yet in this text) published: only in a reviewer's compilation. */
  isPublished: boolean;
};

export type CompilationInput = {
  districtName: string;
  year: number;
  /** The date on the cover. */
  date: Date;
  /** The cover says so when approved, unpublished reports are included. */
  includesApproved: boolean;
  entries: CompilationEntry[];
  /** Write the contents' page numbers (default); without them Word fills them in on opening. */
  estimatePages?: boolean;
  /** Each entry's pages when known (count-report-pages.ts keeps them); laid out here otherwise. */
  reportPages?: readonly number[];
};

export function compilationTitle(year: number): string {
  return `${year}年度法治政府建设年度报告汇编`;
}

/** 发布机构：…　字号：…　发布日期：… under each report's title. */
export function metadataLine(entry: CompilationEntry): string {
  const { report } = entry;
  const date = entry.isPublished ? formatChineseDate(report.publishedAt) : "尚未发布（已审核通过）";
  return `发布机构：${report.publisher}　字号：${report.docNumber.trim() || "无"}　发布日期：${date}`;
}

function cover(input: CompilationInput): Paragraph[] {
  const title = { font: fonts.title, size: size.title };
  return [
    ...Array.from({ length: 5 }, blankLine),
    line([run([input.districtName], title)], { alignment: AlignmentType.CENTER }),
    line([run([compilationTitle(input.year)], title)], { alignment: AlignmentType.CENTER }),
    blankLine(),
    ...(input.includesApproved ? [line([run(["（含已审核通过、尚未发布的报告）"], textStyle)], { alignment: AlignmentType.CENTER })] : []),
    ...Array.from({ length: 8 }, blankLine),
    line([run([formatChineseDate(input.date)], textStyle)], { alignment: AlignmentType.CENTER }),
  ];
}

type ContentsEntry = { title: string; page?: number };

function contents(entries: ContentsEntry[]): (Paragraph | TableOfContents)[] {
  return [
    line([run(["目　录"], { font: fonts.heading1, size: size.title })], { alignment: AlignmentType.CENTER }),
    blankLine(),
    new TableOfContents("目录", { hyperlink: true, headingStyleRange: "1-1", beginDirty: true, cachedEntries: entries.map((e) => ({ ...e, level: 1 })) }),
  ];
}

/** The report titles are Heading 1 (what the TOC lists); their look is set on the paragraph. */
const styles = {
  default: { document: { run: normalRun } },
  paragraphStyles: [
    { id: "Heading1", name: "heading 1", basedOn: "Normal", next: "Normal", quickFormat: true, run: { size: size.title }, paragraph: { outlineLevel: 0 } },
    {
      id: "TOC1",
      name: "toc 1",
      basedOn: "Normal",
      next: "Normal",
      run: { size: size.text, characterSpacing: textCharSpacing },
      paragraph: { spacing: { line: linePitch, lineRule: "exact" as const, before: 0, after: 0 } },
    },
  ],
};

const numberedPages = { ...pageProperties, page: { ...pageProperties.page, pageNumbers: { start: 1 } } };

/** Pages as laid out with the widths of the nearest faces (the official fonts are not on the server). */
function pagesOf(sections: ISectionOptions[]): number {
  return layoutDocument(new Document({ styles, evenAndOddHeaderAndFooters: true, sections }), { guess: true }).pages.length;
}

/** Bump with any change to how a report is laid out in the compilation, so kept page counts go. */
const layoutVersion = "compilation-report-1";

/** What a report's pages depend on, as a key to keep its page count by. */
export function reportLayoutKey(entry: CompilationEntry): string {
  return createHash("sha256").update(layoutVersion).update(JSON.stringify([entry.report, metadataLine(entry)])).digest("base64url");
}

/**
 * The pages a report fills in the compilation. Each report starts on a new page, so this does not
 * depend on the reports before it: laid out alone (about 0.15 s a report), it can be kept.
 * Matched LibreOffice's pages for 30 reports.
 */
export function layOutReportPages(entry: CompilationEntry): number {
  return pagesOf([{ properties: numberedPages, footers: pageNumberFooters(), children: reportParagraphs(entry.report, { metadata: metadataLine(entry) }) }]);
}

/** The contents' entries with the page each report starts on, counted from the contents' first page. */
export function contentsEntries(input: CompilationInput): ContentsEntry[] {
  const titles = input.entries.map((entry) => entry.report.title);
  if (input.estimatePages === false) return titles.map((title) => ({ title }));
  // The contents' own length does not depend on the numbers' values beyond their width.
  const draft = titles.map((title) => ({ title, page: 999 }));
  let page = 1 + pagesOf([{ properties: numberedPages, footers: pageNumberFooters(), children: contents(draft) }]);
  return input.entries.map((entry, i) => {
    const at = page;
    page += input.reportPages?.[i] ?? layOutReportPages(entry);
    return { title: entry.report.title, page: at };
  });
}

export function buildCompilationDocument(input: CompilationInput): Document {
  const reports = input.entries.flatMap((entry) => reportParagraphs(entry.report, { metadata: metadataLine(entry) }));
  const sections: ISectionOptions[] = [
    { properties: pageProperties, children: cover(input) },
    { properties: numberedPages, footers: pageNumberFooters(), children: [...contents(contentsEntries(input)), ...reports] },
  ];
  return new Document({
    title: `${input.districtName}${compilationTitle(input.year)}`,
    creator: input.districtName,
    evenAndOddHeaderAndFooters: true,
    features: { updateFields: true },
    styles,
    sections,
  });
}

/** The .docx file's bytes. */
export function buildCompilationDocx(input: CompilationInput): Promise<Buffer> {
  return Packer.toBuffer(buildCompilationDocument(input));
}
