import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Breadcrumb } from "@/components/public/breadcrumb";
import { MetricTotalsTable, UnitsMetricsTable } from "@/components/public/statistics-tables";
import { parseYearSegment } from "@/lib/public/browse-params";
import { getSiteSettings } from "@/lib/settings/get-site-settings";
import { getYearStatistics } from "@/lib/statistics/get-year-statistics";
import { metricBarChart, metricTrendChart } from "@/lib/statistics/metric-charts";
import { ChartFigure } from "@/components/statistics/chart-figure";

// Rendered on its first visit, then served from Next's cache until a publication, correction or
// withdrawal revalidates it (refreshPublicPages revalidates the whole public layout).
export function generateStaticParams() {
  return [];
}

const load = cache(async (segment: string) => {
  const year = parseYearSegment(segment);
  return year ? getYearStatistics({ year }) : null;
});

export async function generateMetadata(props: PageProps<"/statistics/[year]">): Promise<Metadata> {
  const stats = await load((await props.params).year);
  return { title: stats ? `${stats.rollUp.year}年度统计数据` : "页面不存在" };
}

/** One year's published figures: totals per metric, units × metrics, and what is left out. */
export default async function YearStatisticsPage(props: PageProps<"/statistics/[year]">) {
  const stats = await load((await props.params).year);
  if (!stats) notFound();
  const { kindLabels } = await getSiteSettings();
  const { rollUp, comparison, reports, withdrawn, unpublished } = stats;
  const year = rollUp.year;

  return (
    <div className="mx-auto max-w-5xl px-4 py-6 sm:py-8">
      <Breadcrumb items={[{ label: "首页", href: "/" }, { label: "统计数据", href: "/statistics" }, { label: `${year}年度` }]} />
      <h1 className="mt-4 font-serif text-2xl font-bold text-stone-900 sm:text-3xl">{year}年度统计数据</h1>
      <p className="mt-3 text-stone-700">
        汇总 {reports.length} 份当前公开报告中填写的统计指标。“合计”只计填报了该项的单位（填 0 的计入，未填的不计入）。数据也可通过开放数据接口{" "}
        <a href={`/api/public/metrics?year=${year}`} className="text-brand-700 underline underline-offset-4">/api/public/metrics?year={year}</a> 获取。
      </p>

      {rollUp.metrics.length ? (
        <section className="mt-8" aria-labelledby="charts">
          <h2 id="charts" className="font-serif text-xl font-bold text-stone-900">图表</h2>
          <div className="mt-3 space-y-6">
            {rollUp.metrics.map((metric, i) => (
              <div key={metric.key} className="grid gap-4 lg:grid-cols-2">
                <ChartFigure id={`bar-${i}`} chart={metricBarChart(year, metric)} />
                <ChartFigure id={`trend-${i}`} chart={metricTrendChart(metric, stats.history.rows, stats.history.definitions)} />
              </div>
            ))}
          </div>
        </section>
      ) : null}

      <section className="mt-8" aria-labelledby="totals">
        <h2 id="totals" className="font-serif text-xl font-bold text-stone-900">各项指标合计</h2>
        <div className="mt-3">
          {rollUp.metrics.length ? <MetricTotalsTable rollUp={rollUp} changes={comparison?.metrics ?? null} kindLabels={kindLabels} /> : <p className="text-stone-600">本年度公开的报告中没有统计指标。</p>}
        </div>
      </section>

      {rollUp.metrics.length ? (
        <section className="mt-10" aria-labelledby="by-unit">
          <h2 id="by-unit" className="font-serif text-xl font-bold text-stone-900">各单位数据</h2>
          <p className="mt-2 text-sm text-stone-600">“—”表示该单位未填报此项。</p>
          <div className="mt-3">
            <UnitsMetricsTable rollUp={rollUp} />
          </div>
        </section>
      ) : null}

      <section className="mt-10" aria-labelledby="coverage">
        <h2 id="coverage" className="font-serif text-xl font-bold text-stone-900">统计范围</h2>
        <h3 className="mt-3 font-medium text-stone-900">已计入的单位（{reports.length}）</h3>
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {reports.map((r) => (
            <li key={r.unitId}>
              <Link href={r.url} className="text-brand-700 underline-offset-4 hover:underline">{r.unitName}</Link>
              <span className="text-stone-500">（{kindLabels[r.unitKind]}）</span>
            </li>
          ))}
        </ul>
        <h3 className="mt-4 font-medium text-stone-900">未计入</h3>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-stone-700">
          <li>
            已撤回的报告{withdrawn.length ? `（${withdrawn.length}）：${withdrawn.map((w) => w.unitName).join("、")}` : "：无"}
          </li>
          <li>
            尚无公开报告的单位{unpublished.length ? `（${unpublished.length}）：${unpublished.map((u) => u.unitName).join("、")}` : "：无"}
          </li>
          <li>尚未发布的草稿、审核中的报告和正在更正的新文本；更正中的报告按当前公开的文本计入。</li>
        </ul>
      </section>
    </div>
  );
}
