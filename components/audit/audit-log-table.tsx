import Link from "next/link";
import type { AuditEntry } from "@/lib/audit/audit-entries";
import { formatAuditTime } from "@/lib/audit/format-audit-time";

/** The district log, one row per event. Scrolls sideways on a phone rather than dropping columns. */
export function AuditLogTable({ entries }: { entries: AuditEntry[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table className="w-full text-left text-sm">
        <thead className="bg-stone-100 text-stone-700">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">时间</th>
            <th scope="col" className="px-3 py-2 font-medium">用户</th>
            <th scope="col" className="px-3 py-2 font-medium">单位</th>
            <th scope="col" className="px-3 py-2 font-medium">操作</th>
            <th scope="col" className="px-3 py-2 font-medium">报告</th>
            <th scope="col" className="px-3 py-2 font-medium">说明</th>
            <th scope="col" className="px-3 py-2 font-medium">IP 地址</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200">
          {entries.map((entry) => (
            <tr key={entry.id} className="align-top" data-testid="audit-row">
              <td className="px-3 py-2 whitespace-nowrap text-stone-700">
                <time dateTime={entry.createdAt.toISOString()}>{formatAuditTime(entry.createdAt)}</time>
              </td>
              <td className="px-3 py-2 whitespace-nowrap">
                {entry.actor ? (
                  <>
                    {entry.actor.name}
                    <span className="block text-xs text-stone-500">{entry.actor.roleLabel}</span>
                  </>
                ) : (
                  <span className="text-stone-500">未登录</span>
                )}
              </td>
              <td className="px-3 py-2 whitespace-nowrap">{entry.unitName ?? "—"}</td>
              <td className="px-3 py-2 whitespace-nowrap font-medium">{entry.kindLabel}</td>
              <td className="px-3 py-2 whitespace-nowrap">
                {entry.report ? (
                  entry.report.isVisible ? (
                    <Link href={`/review/reports/${entry.report.id}`} className="text-status-submitted hover:underline">
                      {entry.report.year}年度 · {entry.report.unitShortName}
                    </Link>
                  ) : (
                    `${entry.report.year}年度 · ${entry.report.unitShortName}`
                  )
                ) : (
                  "—"
                )}
              </td>
              <td className="min-w-48 px-3 py-2 break-words text-stone-800">{entry.description || "—"}</td>
              <td className="px-3 py-2 whitespace-nowrap text-stone-700">
                <span title={entry.userAgent ? `浏览器：${entry.userAgent}` : undefined}>{entry.ip ?? "—"}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
