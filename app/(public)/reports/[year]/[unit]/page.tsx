import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Breadcrumb } from "@/components/public/breadcrumb";
import { homeHref } from "@/components/public/home-href";
import { OtherYears } from "@/components/public/other-years";
import { ReportBody } from "@/components/public/report-body";
import { ReportMetaTable } from "@/components/public/report-meta-table";
import { ReportNotices } from "@/components/public/report-notices";
import { ReportToolbar } from "@/components/public/report-toolbar";
import { getPublishedReport } from "@/lib/public/get-published-report";

// generateMetadata and the page both need the report; cache() makes that one database read.
const getReport = cache(async (year: string, unitSlug: string) => {
  if (!/^\d{4}$/.test(year)) return null;
  return getPublishedReport({ year: Number(year), unitSlug });
});

export async function generateMetadata(props: PageProps<"/reports/[year]/[unit]">): Promise<Metadata> {
  const { year, unit } = await props.params;
  const report = await getReport(year, unit);
  if (!report) return { title: "未找到报告" };
  return { title: report.title, description: `${report.publisher}发布的${report.year}年度法治政府建设年度报告` };
}

export default async function ReportPage(props: PageProps<"/reports/[year]/[unit]">) {
  const { year, unit } = await props.params;
  const report = await getReport(year, unit);
  if (!report) notFound();
  const kind = report.unit.kind === "TOWN" ? "town" : "department";

  return (
    <article className="mx-auto max-w-3xl px-4 py-6 sm:py-8">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <Breadcrumb
          items={[
            { label: "首页", href: "/" },
            { label: `${report.year}年度`, href: homeHref({ kind, year: report.year }) },
            { label: report.unit.shortName },
          ]}
        />
        <ReportToolbar />
      </div>

      <div className="mt-6">
        <ReportMetaTable report={report} />
      </div>

      <h1 className="report-title mt-8 text-center font-serif text-2xl leading-snug font-bold text-balance text-stone-900 sm:text-[1.75rem]">
        {report.title}
      </h1>

      <div className="mt-6">
        <ReportNotices correctionNote={report.correctionNote} withdrawn={report.withdrawn} />
      </div>

      <div className="mt-6">
        <ReportBody sections={report.sections} />
      </div>

      <OtherYears unitSlug={report.unit.slug} unitName={report.unit.shortName} years={report.otherYears} />
    </article>
  );
}
