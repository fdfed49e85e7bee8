// The open-data API's shapes (documented in the README): plain JSON values, dates as
// YYYY-MM-DD, unit kinds as in the site's URLs (town | department).
import { toCalendarDateString } from "@/lib/dates";
import type { PublishedSection } from "@/lib/public/get-published-report";
import { paramOfUnitKind, type UnitKind, type UnitKindParam } from "@/lib/public/search/search-params";

export type OpenReportSummary = {
  id: string;
  year: number;
  unit: { name: string; shortName: string; kind: UnitKindParam };
  title: string;
  /** 发布日期 of the first publication. */
  publishedAt: string;
  /** 字号; "" when the report has none. */
  docNumber: string;
  indexNumber: string;
  /** Absolute path of the report page. */
  url: string;
  /** Date and 更正说明 of the current text when it corrects an earlier one. */
  correctedAt: string | null;
  correctionNote: string | null;
};

export type OpenReportSection = {
  level: number;
  /** 一、 or （一）, as the page numbers it. */
  number: string;
  title: string;
  paragraphs: string[];
  metrics: { label: string; value: number; unit: string }[];
};

export type OpenReport = OpenReportSummary & { sections: OpenReportSection[] };

export type PublishedTextSummaryRow = {
  reportId: string;
  year: number;
  unitKind: UnitKind;
  unitName: string;
  unitShortName: string;
  unitSlug: string;
  title: string;
  docNumber: string;
  indexNumber: string;
  publishedAt: Date;
  correctedAt: Date | null;
  correctionNote: string | null;
};

/** The columns toOpenReportSummary needs, for Prisma's select. */
export const publishedTextSummarySelect = {
  reportId: true,
  year: true,
  unitKind: true,
  unitName: true,
  unitShortName: true,
  unitSlug: true,
  title: true,
  docNumber: true,
  indexNumber: true,
  publishedAt: true,
  correctedAt: true,
  correctionNote: true,
} as const;

export function toOpenReportSummary(row: PublishedTextSummaryRow): OpenReportSummary {
  return {
    id: row.reportId,
    year: row.year,
    unit: { name: row.unitName, shortName: row.unitShortName, kind: paramOfUnitKind[row.unitKind] },
    title: row.title,
    publishedAt: toCalendarDateString(row.publishedAt),
    docNumber: row.docNumber,
    indexNumber: row.indexNumber,
    url: `/reports/${row.year}/${row.unitSlug}`,
    correctedAt: row.correctedAt ? toCalendarDateString(row.correctedAt) : null,
    correctionNote: row.correctionNote,
  };
}

export function toOpenReportSection(section: PublishedSection): OpenReportSection {
  return {
    level: section.level,
    number: section.number,
    title: section.title,
    paragraphs: section.paragraphs,
    metrics: section.metrics.map((m) => ({ label: m.label, value: m.value, unit: m.unit })),
  };
}
