import { ReportLink } from "./report-link";

/** Links to the same unit's reports for other years. */
export function OtherYears({ unitSlug, unitName, years }: { unitSlug: string; unitName: string; years: number[] }) {
  if (years.length === 0) return null;
  return (
    <nav aria-labelledby="other-years" data-print="hide" className="mt-12 border-t border-stone-200 pt-6">
      <h2 id="other-years" className="text-base font-semibold text-stone-900">
        {unitName}其他年度报告
      </h2>
      <ul className="mt-3 flex flex-wrap gap-2">
        {years.map((year) => (
          <li key={year}>
            <ReportLink
              href={`/reports/${year}/${unitSlug}`}
              className="inline-block rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm text-stone-800 underline-offset-4 hover:border-stone-500 hover:underline"
            >
              {year}年度报告
            </ReportLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
