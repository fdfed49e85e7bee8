import Link from "next/link";
import { inputClass } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import { bucketParam, dashboardHref, defaultDirection, maxNameFilterLength, type DashboardQuery } from "@/lib/review/dashboard-query";
import { bucketLabels, dashboardBuckets } from "@/lib/review/dashboard-status";
import { defaultKindLabels, type KindLabels } from "@/lib/units/unit-kinds";

const selectClass = `${inputClass} min-w-32`;

/** A plain GET form, so filtering works without JavaScript and every view has its own URL. */
export function DashboardFilters({ query, kindLabels = defaultKindLabels }: { query: DashboardQuery & { year: number }; kindLabels?: KindLabels }) {
  return (
    <form method="get" action="/review" role="search" aria-label="筛选单位" className="flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-3">
      <input type="hidden" name="year" value={query.year} />
      {/* The sort the reviewer chose survives a new filter; defaults stay out of the URL. */}
      {query.sort !== "unit" ? <input type="hidden" name="sort" value={query.sort} /> : null}
      {query.dir !== defaultDirection[query.sort] ? <input type="hidden" name="dir" value={query.dir} /> : null}
      <div className="space-y-1">
        <label htmlFor="filter-kind" className="block text-sm font-medium text-stone-800">
          单位类型
        </label>
        <select id="filter-kind" name="kind" defaultValue={query.kind} className={selectClass}>
          <option value="all">全部</option>
          <option value="town">{kindLabels.TOWN}</option>
          <option value="department">{kindLabels.DEPARTMENT}</option>
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="filter-status" className="block text-sm font-medium text-stone-800">
          状态
        </label>
        <select id="filter-status" name="status" defaultValue={query.status ? bucketParam(query.status) : ""} className={selectClass}>
          <option value="">全部状态</option>
          {dashboardBuckets.map((bucket) => (
            <option key={bucket} value={bucketParam(bucket)}>
              {bucketLabels[bucket]}
            </option>
          ))}
        </select>
      </div>
      <div className="min-w-48 flex-1 space-y-1">
        <label htmlFor="filter-q" className="block text-sm font-medium text-stone-800">
          单位名称
        </label>
        <input id="filter-q" name="q" type="search" defaultValue={query.q} maxLength={maxNameFilterLength} placeholder="输入名称中的字，如“珍溪”" className={inputClass} />
      </div>
      <button type="submit" className={buttonClass("primary")}>
        筛选
      </button>
      <Link href={dashboardHref({ year: query.year, kind: "all", q: "", sort: query.sort, dir: query.dir })} className={buttonClass("ghost")}>
        清除筛选
      </Link>
    </form>
  );
}
