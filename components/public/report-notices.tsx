import { ReportLink } from "./report-link";
import { formatChineseDate } from "@/lib/dates";
import type { PublishedReport } from "@/lib/public/get-published-report";

type Props = Pick<PublishedReport, "correction" | "withdrawn" | "isCurrentVersion" | "year" | "unit">;

/** Withdrawal, correction and superseded-version notices, shown above the text they qualify. */
export function ReportNotices({ correction, withdrawn, isCurrentVersion, year, unit }: Props) {
  if (!correction && !withdrawn && isCurrentVersion) return null;
  return (
    <div className="space-y-3">
      {!isCurrentVersion && !withdrawn ? (
        <section aria-label="历史版本" className="report-notice rounded-md border-2 border-stone-400 bg-stone-100 px-4 py-3 text-stone-900">
          <p className="text-base font-semibold">这是本报告的历史版本，已被更正后的版本取代。</p>
          <p data-print="hide" className="mt-1 text-sm">
            <ReportLink href={`/reports/${year}/${unit.slug}`} className="underline underline-offset-4">
              查看现行版本
            </ReportLink>
          </p>
        </section>
      ) : null}
      {withdrawn ? (
        <section aria-label="撤回说明" className="report-notice rounded-md border-2 border-brand-700 bg-brand-50 px-4 py-3 text-brand-800">
          <p className="text-base font-semibold">本报告已于{formatChineseDate(withdrawn.at)}撤回，正文不再公开。</p>
          {withdrawn.reason ? <p className="mt-1 text-sm leading-relaxed text-stone-900">撤回原因：{withdrawn.reason}</p> : null}
        </section>
      ) : null}
      {correction ? (
        <section aria-label="更正说明" className="report-notice rounded-md border border-amber-400 bg-amber-50 px-4 py-3 text-sm leading-relaxed text-stone-900">
          <p>
            <strong className="font-semibold text-status-returned">更正说明（{formatChineseDate(correction.at)}更正）：</strong>
            {correction.note}
          </p>
        </section>
      ) : null}
    </div>
  );
}
