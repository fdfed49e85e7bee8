import { Breadcrumb } from "@/components/public/breadcrumb";
import { homeHref } from "@/components/public/home-href";
import { OtherYears } from "@/components/public/other-years";
import { PublicationHistory } from "@/components/public/publication-history";
import { ReportBody } from "@/components/public/report-body";
import { ReportMetaTable } from "@/components/public/report-meta-table";
import { ReportNotices } from "@/components/public/report-notices";
import { ReportToolbar } from "@/components/public/report-toolbar";
import type { PublishedReport } from "@/lib/public/get-published-report";
import type { ReportShare } from "@/lib/public/report-share";

/** A published report as the public reads it: the current version or an earlier one. */
export function PublishedReportArticle({ report, share }: { report: PublishedReport; share: ReportShare }) {
  const kind = report.unit.kind === "TOWN" ? "town" : "department";
  return (
    <article className="mx-auto max-w-3xl px-4 py-6 sm:py-8">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <Breadcrumb
          items={[
            { label: "首页", href: "/" },
            { label: `${report.year}年度`, href: homeHref({ kind, year: report.year }) },
            report.isCurrentVersion
              ? { label: report.unit.shortName }
              : { label: report.unit.shortName, href: `/reports/${report.year}/${report.unit.slug}` },
            ...(report.isCurrentVersion ? [] : [{ label: `历史版本 ${report.version}` }]),
          ]}
        />
        {report.withdrawn ? null : <ReportToolbar report={report} share={share} />}
      </div>

      <div className="mt-6">
        <ReportMetaTable report={report} />
      </div>

      <h1 className="report-title mt-8 text-center font-serif text-2xl leading-snug font-bold text-balance text-stone-900 sm:text-[1.75rem]">
        {report.title}
      </h1>

      <div className="mt-6">
        <ReportNotices correction={report.correction} withdrawn={report.withdrawn} isCurrentVersion={report.isCurrentVersion} year={report.year} unit={report.unit} />
      </div>

      {report.sections.length ? (
        <div className="mt-6">
          <ReportBody sections={report.sections} />
        </div>
      ) : null}

      <PublicationHistory history={report.history} version={report.version} year={report.year} unit={report.unit} />
      <OtherYears unitSlug={report.unit.slug} unitName={report.unit.shortName} years={report.otherYears} />
    </article>
  );
}
