"use client";

import { StatusBadge } from "@/components/status-badge";
import { UrgeCell } from "@/components/review/urge-cell";
import type { UnitStatus } from "@/lib/review/dashboard-status";
import { reportPath } from "@/lib/review/dashboard-sheet";

/** One row as display-ready values; see DashboardTable for why. */
export type RowValues = [
  unitId: string,
  shortName: string,
  status: UnitStatus,
  isOverdue: boolean,
  submittedAt: string,
  /** "内部截止 · 剩 12 天": the deadline named, since the status decides which one counts. */
  deadline: string,
  openComments: number,
  /** Null when the reviewer may not open the report (a draft) or there is none. */
  reportId: string | null,
  /** "已催 2 次", null before the first reminder; its title says when the last one went out. */
  reminded: string | null,
  lastReminded: string | null,
  /** The unit has not submitted and the user may urge it. */
  isUrgeable: boolean,
];

export function DashboardTableRows({ rows }: { rows: RowValues[] }) {
  return rows.map(([unitId, shortName, status, isOverdue, submittedAt, deadline, openComments, reportId, reminded, lastReminded, isUrgeable]) => {
    const action = status === "SUBMITTED" ? "审核" : "查看";
    return (
      <tr key={unitId} data-testid={`unit-row-${shortName}`}>
        <th scope="row">{shortName}</th>
        <td>
          {/* Where the report stands, and lateness apart from it: a late submission still waits for review. */}
          <span className="inline-flex flex-wrap gap-1">
            <StatusBadge status={status} />
            {isOverdue ? <StatusBadge status="OVERDUE" /> : null}
          </span>
        </td>
        <td>{submittedAt}</td>
        <td className={isOverdue ? "overdue" : undefined}>{deadline}</td>
        <td>{openComments}</td>
        <td>
          <UrgeCell unitId={unitId} shortName={shortName} reminded={reminded} lastReminded={lastReminded} isUrgeable={isUrgeable} />
        </td>
        <td>
          {/* An <a>, not next/link: a thousand links would each prefetch. */}
          {reportId ? (
            <a href={reportPath(reportId)} aria-label={`${action}${shortName}的报告`}>
              {action}
            </a>
          ) : null}
        </td>
      </tr>
    );
  });
}
