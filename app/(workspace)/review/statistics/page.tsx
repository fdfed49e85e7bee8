import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getSiteSettings } from "@/lib/settings/get-site-settings";
import { getDistrictStatistics } from "@/lib/statistics/get-district-statistics";
import { buildReviewCharts } from "@/lib/statistics/review-charts";
import { ChartFigure } from "@/components/statistics/chart-figure";
import { CompletenessTable } from "@/components/statistics/completeness-table";
import { FlaggedChangesTable } from "@/components/statistics/flagged-changes-table";
import { MetricTotalsTable, UnitsMetricsTable } from "@/components/public/statistics-tables";

export const metadata: Metadata = { title: "统计分析" };

const yearParam = z.coerce.number().int().min(2000).max(2100).optional().catch(undefined);
const dirParam = z.enum(["asc", "desc"]).catch("desc");

export default async function ReviewStatisticsPage(props: PageProps<"/review/statistics">) {
  const user = await requireUser();
  if (!can(user, "review:list")) notFound();
  const search = await props.searchParams;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const stats = await getDistrictStatistics({ actor: user, year: yearParam.parse(first(search.year) || undefined) });
  if (!stats) {
    return <p className="rounded-lg border border-dashed border-stone-300 bg-white p-8 text-center text-stone-600">尚未设置任何报告年度。</p>;
  }
  const { year, rollUp, comparison } = stats;
  const [{ kindLabels }, { metricKey, charts }] = await Promise.all([getSiteSettings(), buildReviewCharts({ actor: user, stats, metricKey: first(search.metric) })]);
  const chosen = rollUp.metrics.find((m) => m.key === metricKey);
  const sortKey = first(search.sort);
  const sorting = {
    current: { key: sortKey === "unit" || rollUp.table.metrics.some((m) => m.key === sortKey) ? sortKey! : "unit", dir: sortKey ? dirParam.parse(first(search.dir)) : "asc" },
    href: ({ key, dir }: { key: string; dir: string }) =>
      `/review/statistics?year=${year}${chosen ? `&metric=${encodeURIComponent(chosen.key)}` : ""}&sort=${encodeURIComponent(key)}&dir=${dir}#units`,
  } as const;
  const download = (chart: string) => `/review/statistics/chart?year=${year}&chart=${chart}${chosen && chart !== "flow" ? `&metric=${encodeURIComponent(chosen.key)}` : ""}`;

  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{year}年度统计分析</h1>
          <p className="mt-1 text-sm text-stone-600">
            统计已报送区里的 {stats.reports.length} 份报告（已提交、已退回、已通过、已发布；起草中和待单位审签的不计）。合计只计填报了该项的单位（0 计入，未填不计入）。
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <nav aria-label="年度" className="flex flex-wrap gap-2">
            {stats.years.map((y) => (
              <Link key={y} href={`/review/statistics?year=${y}`} aria-current={y === year ? "page" : undefined} className={y === year ? "font-semibold text-stone-950" : "text-status-submitted hover:underline"}>
                {y}
              </Link>
            ))}
          </nav>
          <a href={`/review/statistics/export?year=${year}`} className="rounded-md border border-stone-300 bg-white px-3 py-1.5 hover:bg-stone-50">
            导出 Excel
          </a>
          <Link href={`/review/compilation?year=${year}`} className="rounded-md border border-stone-300 bg-white px-3 py-1.5 hover:bg-stone-50">
            年度报告汇编
          </Link>
        </div>
      </div>

      {charts.flow ? (
        <section aria-labelledby="flow" className="space-y-3">
          <h2 id="flow" className="text-lg font-semibold">报送进度（截止前各周末各单位所处的状态）</h2>
          <ChartFigure id="flow" chart={charts.flow} download={download("flow")} />
        </section>
      ) : null}

      <section aria-labelledby="metrics" className="space-y-3">
        <h2 id="metrics" className="text-lg font-semibold">统计指标</h2>
        {rollUp.metrics.length ? (
          <>
            <MetricTotalsTable rollUp={rollUp} changes={comparison.metrics} kindLabels={kindLabels} />
            <nav aria-label="选择指标查看图表" className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
              {rollUp.metrics.map((m) => (
                <Link key={m.key} href={`/review/statistics?year=${year}&metric=${encodeURIComponent(m.key)}#metric-charts`} aria-current={m.key === chosen?.key ? "true" : undefined} className={m.key === chosen?.key ? "font-semibold text-stone-950" : "text-status-submitted hover:underline"}>
                  {m.label}
                </Link>
              ))}
            </nav>
            {charts["metric-bar"] && charts["metric-trend"] ? (
              <div id="metric-charts" className="grid gap-4 lg:grid-cols-2">
                <ChartFigure id="metric-bar" chart={charts["metric-bar"]} download={download("metric-bar")} />
                <ChartFigure id="metric-trend" chart={charts["metric-trend"]} download={download("metric-trend")} />
              </div>
            ) : null}
          </>
        ) : (
          <p className="text-stone-600">本年度已报送的报告中还没有统计指标。</p>
        )}
      </section>

      <section aria-labelledby="flagged" className="space-y-3">
        <h2 id="flagged" className="text-lg font-semibold">请核对：与上年相差 10 倍以上的数字</h2>
        <FlaggedChangesTable year={year} changes={comparison.flagged} />
      </section>

      {rollUp.metrics.length ? (
        <section aria-labelledby="units" className="space-y-3">
          <h2 id="units" className="text-lg font-semibold">各单位数据</h2>
          <UnitsMetricsTable rollUp={rollUp} sorting={sorting} />
        </section>
      ) : null}

      <section aria-labelledby="completeness" className="space-y-3">
        <h2 id="completeness" className="text-lg font-semibold">必填章节完成情况</h2>
        {stats.completeness.map((k) => (
          <CompletenessTable key={k.kind} kindLabel={kindLabels[k.kind]} completeness={k} />
        ))}
      </section>
    </div>
  );
}
