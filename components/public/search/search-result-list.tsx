import { ReportLink } from "@/components/public/report-link";
import { ReportFlag } from "@/components/public/report-flag";
import { formatChineseDate, toCalendarDateString } from "@/lib/dates";
import type { SearchResult } from "@/lib/public/search/search-reports";
import { MarkedText } from "./marked-text";

/** One page of results: title, unit and dates, the passage that matched. */
export function SearchResultList({ results, start }: { results: SearchResult[]; start: number }) {
  return (
    <ol start={start} className="divide-y divide-stone-200 border-y border-stone-200 bg-white">
      {results.map((result) => (
        <li key={result.id} className="px-3 py-4 sm:px-4">
          <article aria-labelledby={`result-${result.id}`}>
            <h2 id={`result-${result.id}`} className="font-serif text-lg leading-relaxed text-stone-900">
              <ReportLink href={result.url} className="rounded-sm underline decoration-stone-300 underline-offset-4 hover:text-brand-800 hover:decoration-brand-700">
                <MarkedText parts={result.title} />
              </ReportLink>
            </h2>
            <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-stone-600">
              <span>{result.unit.shortName}</span>
              <span>{result.year}年度</span>
              <span>
                发布日期 <time dateTime={toCalendarDateString(result.publishedAt)}>{formatChineseDate(result.publishedAt)}</time>
              </span>
              {result.correctedAt ? <ReportFlag kind="corrected" /> : null}
            </p>
            {result.snippet ? (
              <p className="mt-2 font-serif text-base leading-relaxed text-stone-800">
                {result.snippet.isCutBefore ? "…" : null}
                <MarkedText parts={result.snippet.parts} />
                {result.snippet.isCutAfter ? "…" : null}
              </p>
            ) : null}
            <p className="mt-1 text-sm text-stone-600">共 {result.matchCount} 处匹配</p>
          </article>
        </li>
      ))}
    </ol>
  );
}
