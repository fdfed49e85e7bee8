import Link from "next/link";
import { ArrowDown, ArrowUp } from "lucide-react";
import { SortableHeader, adminTableClass } from "@/components/admin/sortable-header";
import { sortHref } from "@/lib/admin/table-query";
import { unitsPath, type UnitSortKey, type UnitsQuery } from "@/lib/units/units-query";
import type { AdminUnitRow } from "@/lib/units/list-admin-units";
import type { KindLabels } from "@/lib/units/unit-kinds";

const columns: { key: UnitSortKey; label: string }[] = [
  { key: "order", label: "顺序" },
  { key: "name", label: "名称" },
  { key: "kind", label: "类别" },
  { key: "status", label: "状态" },
];

type MoveAction = (formData: FormData) => Promise<void>;

function MoveButtons({ row, moveAction }: { row: AdminUnitRow; moveAction: MoveAction }) {
  const button = "inline-flex size-8 items-center justify-center rounded-md border border-stone-300 bg-white text-stone-700 hover:bg-stone-100 disabled:opacity-30";
  return (
    <form action={moveAction} className="inline-flex gap-1">
      <input type="hidden" name="unitId" value={row.id} />
      <button type="submit" name="direction" value="up" disabled={row.isFirstOfKind} className={button} aria-label={`上移“${row.shortName}”`}>
        <ArrowUp aria-hidden="true" className="size-4" />
      </button>
      <button type="submit" name="direction" value="down" disabled={row.isLastOfKind} className={button} aria-label={`下移“${row.shortName}”`}>
        <ArrowDown aria-hidden="true" className="size-4" />
      </button>
    </form>
  );
}

export function UnitsTable({ rows, query, kindLabels, moveAction }: { rows: AdminUnitRow[]; query: UnitsQuery; kindLabels: KindLabels; moveAction: MoveAction }) {
  // Moving within a kind only means something when the list shows the kind in its own order.
  const canMove = query.sort === "order" && query.dir === "asc";
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table className={adminTableClass}>
        <caption className="sr-only">本区单位</caption>
        <thead className="bg-stone-100 text-stone-700">
          <tr>
            {columns.map((c) => (
              <SortableHeader key={c.key} label={c.label} href={sortHref(unitsPath, query, "order", c.key)} sorted={query.sort === c.key ? query.dir : null} />
            ))}
            <th scope="col">网址标识</th>
            <th scope="col">报告 / 用户</th>
            <th scope="col">
              <span className="sr-only">操作</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200">
          {rows.map((row) => (
            <tr key={row.id} className={row.isActive ? undefined : "bg-stone-50"}>
              <td className="whitespace-nowrap">{canMove ? <MoveButtons row={row} moveAction={moveAction} /> : row.sortOrder}</td>
              <th scope="row" className="min-w-48">
                <Link href={`/admin/units/${row.id}`} className="text-status-submitted hover:underline">
                  {row.shortName}
                </Link>
                <span className="block text-xs font-normal text-stone-500">{row.name}</span>
              </th>
              <td className="whitespace-nowrap">{kindLabels[row.kind]}</td>
              <td className="whitespace-nowrap">{row.isActive ? "启用" : <span className="font-medium text-stone-500">已停用</span>}</td>
              <td className="font-mono text-xs">{row.slug}</td>
              <td className="whitespace-nowrap">
                {row.reportCount} 份 / {row.activeUserCount === 0 ? <span className="text-status-overdue">无用户</span> : `${row.activeUserCount} 人`}
              </td>
              <td className="text-right">
                <Link href={`/admin/units/${row.id}`} className="text-status-submitted hover:underline">
                  编辑<span className="sr-only">“{row.shortName}”</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
