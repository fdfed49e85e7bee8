import type { AuditEntry } from "@/lib/audit/audit-entries";
import { formatAuditTime } from "@/lib/audit/format-audit-time";

/**
 * A report's audit events as an ordered list: one block per event, so it reads on a phone
 * without a wide table. The user agent is only a tooltip on the IP address: it is long, and
 * rarely needed.
 */
export function Timeline({ entries }: { entries: AuditEntry[] }) {
  if (entries.length === 0) {
    return <p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-center text-stone-600">这份报告还没有操作记录。</p>;
  }
  return (
    <ol className="space-y-3" data-testid="timeline">
      {entries.map((entry) => (
        <li key={entry.id} className="rounded-lg border border-stone-200 bg-white px-4 py-3" data-testid="timeline-entry">
          <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
            <span className="font-semibold text-stone-900">{entry.kindLabel}</span>
            <time dateTime={entry.createdAt.toISOString()} className="text-sm text-stone-600">
              {formatAuditTime(entry.createdAt)}
            </time>
          </div>
          {entry.description ? <p className="mt-1 break-words text-stone-800">{entry.description}</p> : null}
          <dl className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm text-stone-600">
            <div className="flex gap-1">
              <dt>操作人：</dt>
              <dd>{entry.actor ? `${entry.actor.name}（${entry.actor.roleLabel}）` : "未登录用户"}</dd>
            </div>
            <div className="flex gap-1">
              <dt>IP 地址：</dt>
              <dd title={entry.userAgent ? `浏览器：${entry.userAgent}` : undefined} className="break-all">
                {entry.ip ?? "未记录"}
              </dd>
            </div>
          </dl>
        </li>
      ))}
    </ol>
  );
}
