import Link from "next/link";
import { dashboardHref } from "@/lib/review/dashboard-query";
import type { ReviewDashboard } from "@/lib/review/build-dashboard";
import type { KindLabels } from "@/lib/units/unit-kinds";
import { DashboardTable } from "@/components/review/dashboard-table";

const emptyClass = "rounded-lg border border-dashed border-stone-300 bg-white p-8 text-center text-stone-600";

type DashboardGroupsProps = {
  data: Pick<ReviewDashboard, "year" | "query" | "groups" | "totalUnits">;
  kindLabels: KindLabels;
  canUrge: boolean;
};

/** The desk's tables, 街镇 and 部门 apart, or why there are none. */
export function DashboardGroups({ data, kindLabels, canUrge }: DashboardGroupsProps) {
  const { query } = data;
  const shownGroups = data.groups.filter((g) => g.rows.length > 0);
  if (data.totalUnits === 0) return <p className={emptyClass}>本区还没有启用的单位。请管理员先添加街镇和部门。</p>;
  if (shownGroups.length === 0) {
    return (
      <div className={emptyClass}>
        <p>没有符合筛选条件的单位。</p>
        <Link href={dashboardHref({ year: data.year, kind: "all", q: "", sort: query.sort, dir: query.dir })} className="mt-2 inline-block text-status-submitted hover:underline">
          清除筛选，显示全部 {data.totalUnits} 个单位
        </Link>
      </div>
    );
  }
  return shownGroups.map((group) => (
    <section key={group.kind} aria-labelledby={`kind-${group.kind}`}>
      <h2 id={`kind-${group.kind}`} className="mb-2 text-lg font-semibold">
        {kindLabels[group.kind]}
        <span className="ml-2 text-sm font-normal text-stone-600">{group.rows.length} 个</span>
      </h2>
      <DashboardTable caption={`${data.year}年度${kindLabels[group.kind]}报告状态`} rows={group.rows} query={query} canUrge={canUrge} />
    </section>
  ));
}
