import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { BrowseFilters } from "@/components/public/browse-filters";
import { Breadcrumb } from "@/components/public/breadcrumb";
import { EmptyList } from "@/components/public/empty-list";
import { ReportList } from "@/components/public/report-list";
import { parseKindSegment, parseYearSegment, yearListHref } from "@/lib/public/browse-params";
import { getSiteSettings } from "@/lib/settings/get-site-settings";
import { listPublishedReports, listPublishedYears } from "@/lib/public/list-published-reports";

// Rendered on its first visit, then served from Next's cache until a publication, correction or
// withdrawal revalidates it. Nothing is rendered at build time: the build has no database to read.
export function generateStaticParams() {
  return [];
}

/** The year and kind the URL names, or null when either is unknown (a year nothing was published for is unknown). */
const resolveList = cache(async (yearSegment: string, kindSegment: string) => {
  const year = parseYearSegment(yearSegment);
  const kind = parseKindSegment(kindSegment);
  if (!year || !kind) return null;
  const years = await listPublishedYears();
  return years.includes(year) ? { year, kind, years } : null;
});

export async function generateMetadata(props: PageProps<"/years/[year]/[kind]">): Promise<Metadata> {
  const { year, kind } = await props.params;
  const list = await resolveList(year, kind);
  const { kindLabels } = await getSiteSettings();
  return { title: list ? `${list.year}年度${kindLabels[list.kind]}法治政府建设年度报告` : "页面不存在" };
}

/** One kind's published reports of one year. */
export default async function YearListPage(props: PageProps<"/years/[year]/[kind]">) {
  const params = await props.params;
  const list = await resolveList(params.year, params.kind);
  if (!list) notFound();
  const { year, kind, years } = list;
  const [items, { kindLabels }] = await Promise.all([listPublishedReports({ kind, year }), getSiteSettings()]);
  const label = kindLabels[kind];
  const otherKind = kind === "TOWN" ? "DEPARTMENT" : "TOWN";

  return (
    <div className="mx-auto max-w-5xl px-4 py-6 sm:py-8">
      <Breadcrumb items={[{ label: "首页", href: "/" }, { label: `${year}年度${label}报告` }]} />
      <h1 className="mt-4 font-serif text-2xl font-bold text-stone-900 sm:text-3xl">法治政府建设年度报告</h1>

      <p className="mt-2">
        <a href={`/years/${year}/compilation`} className="text-sm text-red-900 underline underline-offset-2" download>
          下载本年度汇编（Word）
        </a>
        <span aria-hidden="true" className="mx-2 text-stone-400">
          ·
        </span>
        <a href={`/years/${year}/compilation/print`} className="text-sm text-red-900 underline underline-offset-2">
          本年度汇编打印版
        </a>
      </p>

      <div className="mt-6">
        <BrowseFilters kind={kind} year={year} years={years} labels={kindLabels} />
      </div>

      <div className="mt-8">
        {items.length > 0 ? (
          <ReportList items={items} />
        ) : (
          <EmptyList
            message={`${year}年度暂无已发布的${label}报告`}
            hint="报告经审核后才会在此公开，请稍后再来查看，或查看其他类别和年度。"
            link={{ label: `查看${year}年度${kindLabels[otherKind]}报告`, href: yearListHref(otherKind, year) }}
          />
        )}
      </div>
    </div>
  );
}
