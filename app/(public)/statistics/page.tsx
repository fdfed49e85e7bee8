import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumb } from "@/components/public/breadcrumb";
import { EmptyList } from "@/components/public/empty-list";
import { listStatisticsYears } from "@/lib/statistics/list-statistics-years";

export const metadata: Metadata = { title: "统计数据" };

// A page without params cannot return an empty generateStaticParams, and the build has no
// database: rendered per request (one small query), like the search page.
export const dynamic = "force-dynamic";

/** Years with published figures, newest first. */
export default async function StatisticsIndexPage() {
  const years = await listStatisticsYears();
  return (
    <div className="mx-auto max-w-5xl px-4 py-6 sm:py-8">
      <Breadcrumb items={[{ label: "首页", href: "/" }, { label: "统计数据" }]} />
      <h1 className="mt-4 font-serif text-2xl font-bold text-stone-900 sm:text-3xl">统计数据</h1>
      <p className="mt-3 text-stone-700">各单位已公开报告中填写的统计指标，按年度汇总。只统计当前公开的报告，已撤回的报告不计入。</p>
      <div className="mt-6">
        {years.length > 0 ? (
          <ul className="flex flex-wrap gap-3">
            {years.map((year) => (
              <li key={year}>
                <Link href={`/statistics/${year}`} className="inline-block rounded-md border border-stone-300 px-4 py-2 text-brand-700 hover:bg-stone-50">
                  {year}年度
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyList message="暂无已公开的统计数据" hint="报告经审核发布后，其中的统计指标会在此汇总。" link={{ label: "返回首页", href: "/" }} />
        )}
      </div>
    </div>
  );
}
