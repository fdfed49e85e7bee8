// The year's compilation (汇编) as one Word file, set like the single report (GB/T 9704-2012,
// DESIGN.md §7): a cover, a table of contents, then each report from a new page with its title
// and a metadata line (发布机构, 字号, 发布日期). The reports' paragraphs come from the single
// report's builder. The cover has no page number; "— 1 —" starts on the contents page and runs
// through to the last report.
//
// The contents are a Word TOC field (\o "1-1" \h) over the reports' titles. It is written with
// the titles filled in and the page numbers left blank, marked dirty, and the settings ask for
// fields to be updated: Word fills the page numbers when the file is opened (after asking), and
// LibreOffice fills them when it opens or converts the file.
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
import { estimatePageNumbersWith } from "docx/layout";
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

function contents(): (Paragraph | TableOfContents)[] {
  return [
    line([run(["目　录"], { font: fonts.heading1, size: size.title })], { alignment: AlignmentType.CENTER }),
    blankLine(),
    new TableOfContents("目录", { hyperlink: true, headingStyleRange: "1-1", beginDirty: true }),
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

/**
 * Lays the pages out to write the contents' page numbers. The official fonts are not on the
 * server, so text is measured as the nearest faces; on the 22 × 28 grid that matched
 * LibreOffice's pages exactly for 30 reports. It costs about 0.2 s a report (bench:compilation).
 */
const pageNumbers = estimatePageNumbersWith({ guess: true });

export function buildCompilationDocument(input: CompilationInput): Document {
  const reports = input.entries.flatMap((entry) => reportParagraphs(entry.report, { metadata: metadataLine(entry) }));
  const sections: ISectionOptions[] = [
    { properties: pageProperties, children: cover(input) },
    {
      properties: { ...pageProperties, page: { ...pageProperties.page, pageNumbers: { start: 1 } } },
      footers: pageNumberFooters(),
      children: [...contents(), ...reports],
    },
  ];
  return new Document({
    title: `${input.districtName}${compilationTitle(input.year)}`,
    creator: input.districtName,
    evenAndOddHeaderAndFooters: true,
    features: { updateFields: true },
    // The page numbers as laid out here, for readers that show the contents as written (LibreOffice,
    // previews); Word works them out again from the dirty field.
    ...(input.estimatePages === false ? {} : { pageNumbers }),
    styles,
    sections,
  });
}

/** The .docx file's bytes. */
export function buildCompilationDocx(input: CompilationInput): Promise<Buffer> {
  return Packer.toBuffer(buildCompilationDocument(input));
}
