import Link from "next/link";
import { cn } from "@/lib/utils";
import { formatChineseDateTime } from "@/lib/dates";
import { sortHref, type DashboardQuery, type SortKey } from "@/lib/review/dashboard-query";
import type { DashboardRow } from "@/lib/review/dashboard-rows";
import { deadlineText } from "@/lib/review/dashboard-status";
import { hasNotSubmitted, lastRemindedText, remindedText } from "@/lib/review/dashboard-urge";
import { DashboardTableRows, type RowValues } from "@/components/review/dashboard-table-rows";

const columns: { key: SortKey; label: string }[] = [
  { key: "unit", label: "单位" },
  { key: "status", label: "状态" },
  { key: "submitted", label: "提交时间" },
  { key: "days", label: "距截止（内部 / 公开）" },
  { key: "comments", label: "待处理意见" },
];

function SortableHeader({ column, query }: { column: (typeof columns)[number]; query: DashboardQuery }) {
  const isSorted = query.sort === column.key;
  return (
    <th scope="col" aria-sort={isSorted ? (query.dir === "asc" ? "ascending" : "descending") : undefined}>
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

// With a thousand units the rows are most of the page, and the page carries them twice: as HTML
// and as the React payload the browser hydrates from. As server-rendered elements each row's
// whole element tree goes into that payload; handing a client component a few display-ready
// values per row instead halves the server's work per request and the page's size (measured
// with npm run bench:dashboard). The rows are still rendered on the server, so the table works
// without JavaScript. Cells carry no classes of their own; the table styles them.
function rowValues({ unit, report, state, reminders }: DashboardRow, canUrge: boolean): RowValues {
  return [
    unit.id,
    unit.shortName,
    state.status,
    state.isOverdue,
    report?.submittedAt ? formatChineseDateTime(report.submittedAt) : "—",
    deadlineText(state),
    report?.openComments ?? 0,
    report?.id ?? null,
    remindedText(reminders.count),
    lastRemindedText(reminders.lastAt),
    canUrge && hasNotSubmitted(state.status),
  ];
}

const cellStyles = [
  "w-full text-left text-sm",
  "[&_td]:px-4 [&_td]:py-2 [&_th]:px-4 [&_th]:py-2 [&_thead_th]:font-medium",
  "[&_tbody_th]:font-medium [&_tbody_td]:text-stone-600 [&_td:last-child]:text-right",
  "[&_td.overdue]:font-medium [&_td.overdue]:text-status-overdue",
  "[&_tbody_a]:text-status-submitted [&_tbody_a:hover]:underline",
].join(" ");

type DashboardTableProps = {
  caption: string;
  rows: DashboardRow[];
  query: DashboardQuery;
  /** can(user, "review:urge"): rows of units that have not submitted get a 催报 button. */
  canUrge: boolean;
};

export function DashboardTable({ caption, rows, query, canUrge }: DashboardTableProps) {
  return (
    <div className="rounded-lg border border-stone-200 bg-white">
      <p className="px-4 pt-2 text-xs text-stone-500 md:hidden" aria-hidden="true">
        左右滑动查看更多列 →
      </p>
      {/* Focusable, so the keyboard can scroll it too. */}
      <div role="region" aria-label={caption} tabIndex={0} data-scroll-x className="scroll-x rounded-lg">
        <table className={cellStyles}>
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-stone-100 text-stone-700">
            <tr>
              {columns.map((column) => (
                <SortableHeader key={column.key} column={column} query={query} />
              ))}
              <th scope="col">催报</th>
              <th scope="col">
                <span className="sr-only">操作</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-200">
            <DashboardTableRows rows={rows.map((row) => rowValues(row, canUrge))} />
          </tbody>
        </table>
      </div>
    </div>
  );
}
