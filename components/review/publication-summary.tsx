import { ReportLink } from "@/components/public/report-link";
import { formatChineseDate } from "@/lib/dates";
import type { ReportView } from "@/lib/reports/get-report";

/** What the public sees of this report right now; shown while a correction is under way too. */
export function PublicationSummary({ report }: { report: Pick<ReportView, "publication" | "indexNumber" | "status" | "year" | "unit"> }) {
  const publication = report.publication;
  if (!publication) return null;
  const inCorrection = report.status !== "PUBLISHED" && report.status !== "WITHDRAWN";
  return (
    <section aria-labelledby="publication-heading" className="space-y-1 rounded-lg border border-stone-200 bg-white p-4 text-sm">
      <h2 id="publication-heading" className="font-semibold">
        现行公开版本
      </h2>
      <p>索引号 {report.indexNumber}</p>
      <p>发布（或最近更正）于 {formatChineseDate(publication.publishedAt)}</p>
      {publication.correctionNote ? <p>更正说明：{publication.correctionNote}</p> : null}
      {publication.withdrawnAt ? (
        <p className="text-status-overdue">
          已于 {formatChineseDate(publication.withdrawnAt)} 撤回：{publication.withdrawReason}
        </p>
      ) : null}
      {inCorrection ? <p className="text-status-returned">更正进行中：新文本发布前，公众仍看到上述版本。</p> : null}
      <ReportLink href={`/reports/${report.year}/${report.unit.slug}`} className="inline-block text-status-submitted hover:underline">
        查看公开页面
      </ReportLink>
    </section>
  );
}
