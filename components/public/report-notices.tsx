import { formatChineseDate } from "@/lib/dates";

type Props = { correctionNote: string | null; withdrawn: { at: Date; reason: string } | null };

/** Withdrawal and correction notices, shown above the text they qualify. */
export function ReportNotices({ correctionNote, withdrawn }: Props) {
  if (!correctionNote && !withdrawn) return null;
  return (
    <div className="space-y-3">
      {withdrawn ? (
        <section aria-label="撤回说明" className="report-notice rounded-md border-2 border-brand-700 bg-brand-50 px-4 py-3 text-brand-800">
          <p className="text-base font-semibold">本报告已于{formatChineseDate(withdrawn.at)}撤回，以下为原发布内容，仅供查阅。</p>
          {withdrawn.reason ? <p className="mt-1 text-sm leading-relaxed text-stone-900">撤回原因：{withdrawn.reason}</p> : null}
        </section>
      ) : null}
      {correctionNote ? (
        <section aria-label="更正说明" className="report-notice rounded-md border border-amber-400 bg-amber-50 px-4 py-3 text-sm leading-relaxed text-stone-900">
          <p>
            <strong className="font-semibold text-status-returned">更正说明：</strong>
            {correctionNote}
          </p>
        </section>
      ) : null}
    </div>
  );
}
