import Link from "next/link";
import { StatusBadge } from "@/components/status-badge";
import { cn } from "@/lib/utils";
import { formatChineseDateTime } from "@/lib/dates";
import { sortHref, type DashboardQuery, type SortKey } from "@/lib/review/dashboard-query";
import type { DashboardRow } from "@/lib/review/dashboard-rows";
import { daysLeftText } from "@/lib/review/dashboard-status";
import { reportPath } from "@/lib/review/dashboard-sheet";

const columns: { key: SortKey; label: string }[] = [
  { key: "unit", label: "单位" },
  { key: "status", label: "状态" },
  { key: "submitted", label: "提交时间" },
  { key: "days", label: "距截止" },
  { key: "comments", label: "待处理意见" },
];

function SortableHeader({ column, query }: { column: (typeof columns)[number]; query: DashboardQuery }) {
  const isSorted = query.sort === column.key;
  return (
    <th scope="col" aria-sort={isSorted ? (query.dir === "asc" ? "ascending" : "descending") : undefined} className="px-4 py-2 font-medium">
      <Link href={sortHref(query, column.key)} className="inline-flex items-center gap-1 hover:underline">
        {column.label}
        <span aria-hidden="true" className={cn("text-xs", isSorted ? "text-stone-800" : "text-stone-400")}>
          {isSorted ? (query.dir === "asc" ? "▲" : "▼") : "↕"}
        </span>
        <span className="sr-only">（点击排序）</span>
      </Link>
    </th>
  );
}

// With a thousand units this table is most of the page: rows stay plain server-rendered markup
// (an <a>, not next/link, which would add a client component and a prefetch per row).
function Row({ row }: { row: DashboardRow }) {
  const { unit, report, state } = row;
  return (
    <tr data-testid={`unit-row-${unit.shortName}`}>
      <th scope="row" className="px-4 py-2 font-medium">
        {unit.shortName}
      </th>
      <td className="px-4 py-2">
        <StatusBadge status={state.status} isOverdue={state.isOverdue} />
      </td>
      <td className="px-4 py-2 text-stone-600">{report?.submittedAt ? formatChineseDateTime(report.submittedAt) : "—"}</td>
      <td className={state.isOverdue ? "px-4 py-2 font-medium text-status-overdue" : "px-4 py-2 text-stone-600"}>{daysLeftText(state.daysLeft)}</td>
      <td className="px-4 py-2 text-stone-600">{report?.openComments ?? 0}</td>
      <td className="px-4 py-2 text-right">
        {report?.id ? (
          <a href={reportPath(report.id)} className="text-status-submitted hover:underline">
            {report.status === "SUBMITTED" ? "审核" : "查看"}
            <span className="sr-only">{unit.shortName}的报告</span>
          </a>
        ) : null}
      </td>
    </tr>
  );
}

export function DashboardTable({ caption, rows, query }: { caption: string; rows: DashboardRow[]; query: DashboardQuery }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-stone-100 text-stone-700">
          <tr>
            {columns.map((column) => (
              <SortableHeader key={column.key} column={column} query={query} />
            ))}
            <th scope="col" className="px-4 py-2 font-medium">
              <span className="sr-only">操作</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200">
          {rows.map((row) => (
            <Row key={row.unit.id} row={row} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
