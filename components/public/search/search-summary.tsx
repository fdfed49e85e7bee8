import { searchResultLimit } from "@/lib/public/search/match-options";

type SearchSummaryProps = {
  text: string;
  /** e.g. "2022年度、街镇"; empty when the search is not narrowed. */
  scope: string;
  total: number;
  isTotalCapped: boolean;
  page: number;
  pageCount: number;
  isNarrowedFully: boolean;
};

/** How many reports were found, and when there are too many to list, how to narrow them down. */
export function SearchSummary({ text, scope, total, isTotalCapped, page, pageCount, isNarrowedFully }: SearchSummaryProps) {
  return (
    <>
      <p role="status" className="text-base text-stone-800">
        {scope ? `在${scope}报告中` : null}找到 <strong className="font-semibold">{total.toLocaleString("zh-CN")}</strong> {isTotalCapped ? "多" : null}份报告包含“{text}”
        {pageCount > 1 && page <= pageCount ? `，第 ${page}/${pageCount} 页` : null}
      </p>
      {isTotalCapped ? (
        <p className="rounded-md border border-stone-300 bg-stone-50 px-4 py-3 text-sm text-stone-800">
          结果较多，只列出最新的 {searchResultLimit.toLocaleString("zh-CN")} 份。
          {isNarrowedFully ? "可以增加关键词（用空格分开）缩小范围。" : "可以在上方选择年度或单位类别，或增加关键词（用空格分开），缩小范围。"}
        </p>
      ) : null}
    </>
  );
}
