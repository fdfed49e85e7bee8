// The report page of the Pages Router gets its props as JSON (getStaticProps), which has no
// dates: they travel as ISO strings and become dates again before rendering.
import type { PublishedReport } from "./get-published-report";

type Dated<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K] };

export type PublishedReportJson = Dated<Omit<PublishedReport, "correction" | "withdrawn" | "history">> & {
  correction: Dated<NonNullable<PublishedReport["correction"]>> | null;
  withdrawn: Dated<NonNullable<PublishedReport["withdrawn"]>> | null;
  history: Dated<PublishedReport["history"][number]>[];
};

export function publishedReportToJson(report: PublishedReport): PublishedReportJson {
  return {
    ...report,
    documentDate: report.documentDate?.toISOString() ?? null,
    publishedAt: report.publishedAt.toISOString(),
    correctedAt: report.correctedAt?.toISOString() ?? null,
    correction: report.correction ? { ...report.correction, at: report.correction.at.toISOString() } : null,
    withdrawn: report.withdrawn ? { ...report.withdrawn, at: report.withdrawn.at.toISOString() } : null,
    history: report.history.map((entry) => ({ ...entry, publishedAt: entry.publishedAt.toISOString() })),
  };
}

export function publishedReportFromJson(json: PublishedReportJson): PublishedReport {
  return {
    ...json,
    documentDate: json.documentDate === null ? null : new Date(json.documentDate),
    publishedAt: new Date(json.publishedAt),
    correctedAt: json.correctedAt === null ? null : new Date(json.correctedAt),
    correction: json.correction ? { ...json.correction, at: new Date(json.correction.at) } : null,
    withdrawn: json.withdrawn ? { ...json.withdrawn, at: new Date(json.withdrawn.at) } : null,
    history: json.history.map((entry) => ({ ...entry, publishedAt: new Date(entry.publishedAt) })),
  };
}
