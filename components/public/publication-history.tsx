import { ReportLink } from "./report-link";
import { formatChineseDate } from "@/lib/dates";
import type { PublishedReport } from "@/lib/public/get-published-report";

type Props = Pick<PublishedReport, "history" | "version" | "year" | "unit">;

/**
 * The report's publications, first to latest: every earlier text stays readable, except those a
 * withdrawal took back (listed by date only, without a link or their 更正说明).
 */
export function PublicationHistory({ history, version, year, unit }: Props) {
  if (history.length < 2) return null;
  const base = `/reports/${year}/${unit.slug}`;
  return (
    <section aria-labelledby="publication-history" data-print="hide" className="mt-10 border-t border-stone-200 pt-6">
      <h2 id="publication-history" className="text-base font-semibold text-stone-900">
        发布与更正记录
      </h2>
      <ol className="mt-3 space-y-2 text-sm text-stone-800">
        {history.map((entry) => {
          const label = `${formatChineseDate(entry.publishedAt)}${entry.version === 1 ? "发布" : "更正"}`;
          const href = entry.isCurrent ? base : `${base}/versions/${entry.version}`;
          return (
            <li key={entry.version} className="flex flex-wrap gap-x-3">
              {entry.version === version || (entry.isTextHidden && !entry.isCurrent) ? (
                <span aria-current={entry.version === version ? "page" : undefined} className={entry.version === version ? "font-medium" : undefined}>
                  {label}
                  {entry.version === version ? "（本页）" : null}
                </span>
              ) : (
                <ReportLink href={href} className="underline underline-offset-4">
                  {label}
                </ReportLink>
              )}
              {entry.isCurrent ? <span className="text-stone-600">现行版本</span> : null}
              {entry.isWithdrawn ? <span className="text-stone-600">已撤回</span> : null}
              {entry.isTextHidden && !entry.isWithdrawn ? <span className="text-stone-600">随撤回不再公开</span> : null}
              {entry.correctionNote && !entry.isTextHidden ? <span className="w-full text-stone-600">更正说明：{entry.correctionNote}</span> : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
