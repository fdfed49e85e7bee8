import { ReportLink } from "./report-link";
import type { PublishedListItem } from "@/lib/public/list-published-reports";
import { formatChineseDate } from "@/lib/dates";
import { ReportFlag } from "./report-flag";

/** Published reports grouped by year, newest year first, in the order they were given within a year. */
export function ReportList({ items }: { items: PublishedListItem[] }) {
  const byYear = new Map<number, PublishedListItem[]>();
  for (const item of items) byYear.set(item.year, [...(byYear.get(item.year) ?? []), item]);
  const years = [...byYear.keys()].sort((a, b) => b - a);

  return (
    <div className="space-y-10">
      {years.map((year) => (
        <section key={year} aria-labelledby={`year-${year}`}>
          <h2 id={`year-${year}`} className="border-l-4 border-brand-700 pl-3 font-serif text-xl font-semibold text-stone-900">
            {year}年度
          </h2>
          <ul className="mt-3 divide-y divide-stone-200 border-y border-stone-200 bg-white">
            {byYear.get(year)!.map((item) => (
              <li key={item.unit.slug} className="flex flex-col gap-1 px-3 py-3.5 sm:flex-row sm:items-baseline sm:gap-4 sm:px-4">
                <span className="shrink-0 text-sm text-stone-600 sm:w-28">{item.unit.shortName}</span>
                <span className="min-w-0 flex-1">
                  <ReportLink
                    href={`/reports/${item.year}/${item.unit.slug}`}
                    className="rounded-sm font-serif text-base leading-relaxed text-stone-900 underline decoration-stone-300 underline-offset-4 hover:text-brand-800 hover:decoration-brand-700"
                  >
                    {item.title}
                  </ReportLink>
                  {item.isWithdrawn || item.isCorrected ? (
                    <span className="ml-2 inline-flex gap-1.5 align-middle">
                      {item.isWithdrawn ? <ReportFlag kind="withdrawn" /> : null}
                      {item.isCorrected ? <ReportFlag kind="corrected" /> : null}
                    </span>
                  ) : null}
                </span>
                <span className="shrink-0 text-sm text-stone-600">
                  发布日期 <time dateTime={item.publishedAt.toISOString().slice(0, 10)}>{formatChineseDate(item.publishedAt)}</time>
                  {item.correctedAt ? (
                    <>
                      {" · "}更正日期 <time dateTime={item.correctedAt.toISOString().slice(0, 10)}>{formatChineseDate(item.correctedAt)}</time>
                    </>
                  ) : null}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
