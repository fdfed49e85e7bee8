import Link from "next/link";
import type { SiteSettings } from "@/lib/settings/site-settings";
import type { MetricYearChange, YearRollUp } from "@/lib/statistics/types";
import { sortUnitRows, type UnitRowsSort } from "@/lib/statistics/sort-unit-rows";

const cell = "border-b border-stone-200 px-3 py-2 text-left align-top";
const num = "border-b border-stone-200 px-3 py-2 text-right tabular-nums align-top";
const fmt = (n: number | null | undefined) => (n === null || n === undefined ? "—" : n.toLocaleString("zh-CN"));

/** Per metric: total, units reporting, split by kind, and last year's total when known. */
export function MetricTotalsTable({ rollUp, changes, kindLabels }: { rollUp: YearRollUp; changes: MetricYearChange[] | null; kindLabels: SiteSettings["kindLabels"] }) {
  const changeOf = (key: string) => changes?.find((c) => c.key === key);
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[40rem] border-collapse text-sm">
        <caption className="sr-only">{rollUp.year}年度各项统计指标合计</caption>
        <thead className="bg-stone-50 text-stone-700">
          <tr>
            <th scope="col" className={cell}>指标</th>
            <th scope="col" className={num}>合计</th>
            <th scope="col" className={num}>填报单位数</th>
            <th scope="col" className={num}>{kindLabels.TOWN}</th>
            <th scope="col" className={num}>{kindLabels.DEPARTMENT}</th>
            {changes ? <th scope="col" className={num}>上年合计</th> : null}
          </tr>
        </thead>
        <tbody>
          {rollUp.metrics.map((m) => (
            <tr key={m.key}>
              <th scope="row" className={`${cell} font-normal`}>
                {m.label}
                {m.unit ? <span className="text-stone-500">（{m.unit}）</span> : null}
              </th>
              <td className={num}>{m.unitsReporting ? fmt(m.total) : "—"}</td>
              <td className={num}>{m.unitsReporting}</td>
              <td className={num}>{m.byKind.TOWN.unitsReporting ? `${fmt(m.byKind.TOWN.total)}（${m.byKind.TOWN.unitsReporting}个）` : "—"}</td>
              <td className={num}>{m.byKind.DEPARTMENT.unitsReporting ? `${fmt(m.byKind.DEPARTMENT.total)}（${m.byKind.DEPARTMENT.unitsReporting}个）` : "—"}</td>
              {changes ? <td className={num}>{fmt(changeOf(m.key)?.previousTotal)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Units × metrics; “—” where a unit did not report the metric. */
/** Sorting by column through links (no script): the current order and the address of another. */
export type UnitsTableSorting = { current: UnitRowsSort; href: (sort: UnitRowsSort) => string };

function SortableHeader({ label, sortKey, sorting, className }: { label: string; sortKey: string; sorting?: UnitsTableSorting; className: string }) {
  if (!sorting) return <th scope="col" className={className}>{label}</th>;
  const active = sorting.current.key === sortKey;
  // Figures read best largest first; units in the district's order.
  const next: UnitRowsSort["dir"] = active ? (sorting.current.dir === "desc" ? "asc" : "desc") : sortKey === "unit" ? "asc" : "desc";
  return (
    <th scope="col" className={className} aria-sort={active ? (sorting.current.dir === "asc" ? "ascending" : "descending") : undefined}>
      <Link href={sorting.href({ key: sortKey, dir: next })} className="text-brand-700 underline-offset-4 hover:underline">
        {label}
        <span aria-hidden="true">{active ? (sorting.current.dir === "asc" ? " ▲" : " ▼") : ""}</span>
        <span className="sr-only">（按此列{next === "asc" ? "升序" : "降序"}排列）</span>
      </Link>
    </th>
  );
}

export function UnitsMetricsTable({ rollUp, sorting }: { rollUp: YearRollUp; sorting?: UnitsTableSorting }) {
  const { metrics } = rollUp.table;
  const units = sorting ? sortUnitRows(rollUp.table.units, sorting.current) : rollUp.table.units;
  return (
    <div className="overflow-x-auto">
      <table className="border-collapse text-sm">
        <caption className="sr-only">{rollUp.year}年度各单位统计指标（“—”为未填报）</caption>
        <thead className="bg-stone-50 text-stone-700">
          <tr>
            <SortableHeader label="单位" sortKey="unit" sorting={sorting} className={`${cell} sticky left-0 bg-stone-50`} />
            {metrics.map((m) => (
              <SortableHeader key={m.key} label={`${m.label}${m.unit ? `（${m.unit}）` : ""}`} sortKey={m.key} sorting={sorting} className={`${num} min-w-24 font-medium`} />
            ))}
          </tr>
        </thead>
        <tbody>
          {units.map((u) => (
            <tr key={u.unitId}>
              <th scope="row" className={`${cell} sticky left-0 bg-white font-normal whitespace-nowrap`}>
                <Link href={`/reports/${rollUp.year}/${u.slug}`} className="text-brand-700 underline-offset-4 hover:underline">
                  {u.unitName}
                </Link>
              </th>
              {metrics.map((m) => (
                <td key={m.key} className={num}>
                  {u.values[m.key] === null ? <span title="未填报">—</span> : fmt(u.values[m.key])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
