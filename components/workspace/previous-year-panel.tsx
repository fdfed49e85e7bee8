"use client";

import { copiedThreshold, similarity } from "@/lib/reports/quality-checks";
import { toParagraphs } from "@/lib/reports/numbering";
import type { PreviousYearSection } from "@/lib/reports/get-previous-year-section";

/** Last year's text on demand, with how much of this year's text repeats it. */
export function PreviousYearPanel({ previous, body }: { previous: PreviousYearSection; body: string }) {
  const ratio = body.trim() ? similarity(body, previous.body) : 0;
  const percent = Math.round(ratio * 100);
  const isCopied = ratio >= copiedThreshold;
  return (
    <details className="rounded-md border border-stone-200 bg-stone-50 p-3 text-sm">
      <summary className="cursor-pointer font-medium">
        对照{previous.year}年度同一部分
        {body.trim() ? <span className={isCopied ? "ml-2 text-status-returned" : "ml-2 text-stone-600"}>（与上年文字相似度 {percent}%）</span> : null}
      </summary>
      {isCopied ? (
        <p className="mt-2 font-medium text-status-returned" role="status">
          本部分与上一年度文字高度相似，请按本年度实际工作改写，避免照搬。
        </p>
      ) : null}
      <h3 className="mt-2 font-semibold">{previous.title}</h3>
      <div className="mt-1 max-h-72 space-y-2 overflow-auto font-serif leading-7 text-stone-800">
        {toParagraphs(previous.body).map((p, i) => (
          <p key={i} className="indent-[2em]">
            {p}
          </p>
        ))}
      </div>
    </details>
  );
}
