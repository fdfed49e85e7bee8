import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listAdminUnits } from "@/lib/units/list-admin-units";
import { parseUnitsQuery, unitsPath } from "@/lib/units/units-query";
import { getSiteSettings } from "@/lib/settings/get-site-settings";
import { tableHref } from "@/lib/admin/table-query";
import { ListFilterForm } from "@/components/admin/list-filter-form";
import { UnitsTable } from "@/components/admin/units-table";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { moveUnitAction } from "./actions";

export const metadata: Metadata = { title: "单位管理" };

const emptyClass = "rounded-lg border border-dashed border-stone-300 bg-white p-8 text-center text-stone-600";
const selectClass = `${inputClass} min-w-28`;

export default async function AdminUnitsPage(props: PageProps<"/admin/units">) {
  const user = await requireUser();
  if (!can(user, "admin:manage")) notFound();
  const query = parseUnitsQuery(await props.searchParams);
  const [{ rows, total }, { kindLabels }] = await Promise.all([listAdminUnits({ actor: user, query }), getSiteSettings()]);
  const clearHref = tableHref(unitsPath, { ...query, filters: { kind: "", active: "", q: "" } }, "order");

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">单位</h1>
          <p className="mt-1 text-sm text-stone-600">
            本区共 {total} 个单位{rows.length !== total ? `，当前显示 ${rows.length} 个` : ""}。停用的单位不再出现在审核台和公开网站以后的年度中，已公开的报告仍然保留。
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Link href="/admin/units/new" className={buttonClass("primary")}>
            新增单位
          </Link>
          <Link href="/admin/units/import" className={buttonClass("secondary")}>
            批量导入
          </Link>
        </div>
      </div>

      <ListFilterForm action={unitsPath} label="筛选单位" clearHref={clearHref} hidden={{ sort: query.sort === "order" ? "" : query.sort, dir: query.dir === "asc" ? "" : query.dir }}>
        <div className="space-y-1">
          <label htmlFor="filter-kind" className="block text-sm font-medium text-stone-800">
            类别
          </label>
          <select id="filter-kind" name="kind" defaultValue={query.filters.kind} className={selectClass}>
            <option value="">全部</option>
            <option value="town">{kindLabels.TOWN}</option>
            <option value="department">{kindLabels.DEPARTMENT}</option>
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="filter-active" className="block text-sm font-medium text-stone-800">
            状态
          </label>
          <select id="filter-active" name="active" defaultValue={query.filters.active} className={selectClass}>
            <option value="">全部</option>
            <option value="yes">启用</option>
            <option value="no">已停用</option>
          </select>
        </div>
        <div className="min-w-48 flex-1 space-y-1">
          <label htmlFor="filter-q" className="block text-sm font-medium text-stone-800">
            名称或网址标识
          </label>
          <input id="filter-q" name="q" type="search" defaultValue={query.filters.q} maxLength={50} placeholder="如“珍溪”或 zhenxi" className={inputClass} />
        </div>
      </ListFilterForm>

      {total === 0 ? (
        <div className={emptyClass}>
          <p>本区还没有单位。先新增街镇和部门，或下载模板填好后批量导入。</p>
        </div>
      ) : rows.length === 0 ? (
        <div className={emptyClass}>
          <p>没有符合筛选条件的单位。</p>
          <Link href={clearHref} className="mt-2 inline-block text-status-submitted hover:underline">
            清除筛选，显示全部 {total} 个单位
          </Link>
        </div>
      ) : (
        <>
          {query.sort !== "order" || query.dir !== "asc" ? (
            <p className="text-sm text-stone-600">按“顺序”升序排列时可以用上移、下移按钮调整单位顺序（在同一类别内）。</p>
          ) : null}
          <UnitsTable rows={rows} query={query} kindLabels={kindLabels} moveAction={moveUnitAction} />
        </>
      )}
    </div>
  );
}
