import Link from "next/link";
import { reportHref, yearListHref, type UnitKind } from "@/lib/public/browse-params";
import type { OverviewCellState, PublicationOverview } from "@/lib/public/publication-overview";
import { ReportFlag } from "./report-flag";
import { ReportLink } from "./report-link";

const cellLabels: Record<OverviewCellState, string> = { published: "已公开", corrected: "已公开", withdrawn: "已撤回" };

/** Units as rows, years as columns: a link where the unit's report is public, "—" where not. */
export function PublicationOverviewTable({ kind, label, overview }: { kind: UnitKind; label: string; overview: PublicationOverview }) {
  return (
    // Wide tables scroll sideways on phones; the region is focusable so the keyboard can scroll it.
    <div role="region" aria-labelledby="overview-caption" tabIndex={0} data-scroll-x className="scroll-x rounded-md border border-stone-300">
      <table className="w-full border-collapse text-sm">
        <caption id="overview-caption" className="sr-only">
          {label}法治政府建设年度报告公开情况，按单位和年度
        </caption>
        <thead className="bg-stone-100 text-stone-700">
          <tr>
            <th scope="col" className="sticky left-0 bg-stone-100 px-3 py-2 text-left font-medium whitespace-nowrap">
              单位
            </th>
            {overview.years.map((year) => (
              <th key={year} scope="col" className="px-3 py-2 text-center font-medium whitespace-nowrap">
                <Link href={yearListHref(kind, year)} className="rounded-sm underline decoration-stone-400 underline-offset-4 hover:text-stone-900">
                  {year}年度
                </Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200">
          {overview.rows.map((row) => (
            <tr key={row.slug}>
              <th scope="row" className="sticky left-0 bg-white px-3 py-2 text-left font-normal whitespace-nowrap text-stone-900">
                {row.shortName}
              </th>
              {row.cells.map((cell) => (
                <td key={cell.year} className="overview-cell">
                  {cell.state ? (
                    <>
                      <ReportLink
                        href={reportHref(cell.year, row.slug)}
                        // The visible word starts the name, so speech input can follow it; the rest says which report.
                        aria-label={`${cellLabels[cell.state]}：${row.shortName}${cell.year}年度报告`}
                        className={cell.state === "withdrawn" ? "overview-link-withdrawn" : "overview-link"}
                      >
                        {cellLabels[cell.state]}
                      </ReportLink>
                      {cell.state === "corrected" ? (
                        <span className="ml-1.5">
                          <ReportFlag kind="corrected" />
                        </span>
                      ) : null}
                    </>
                  ) : (
                    <>
                      <span aria-hidden="true" className="text-stone-400">
                        —
                      </span>
                      <span className="sr-only">未公开</span>
                    </>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot className="border-t border-stone-300 bg-stone-50 text-stone-700">
          <tr>
            <th scope="row" className="sticky left-0 bg-stone-50 px-3 py-2 text-left font-medium whitespace-nowrap">
              已公开单位
            </th>
            {overview.publishedCounts.map((count, i) => (
              <td key={overview.years[i]} className="px-3 py-2 text-center whitespace-nowrap">
                {count} 个
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
