import type { ChartResult } from "@/lib/charts/chart-table";
import { formatChartCell } from "@/lib/charts/chart-table";

/**
 * A server-rendered chart (an SVG string from lib/charts, no script) with its numbers as a
 * table: open under the chart for anyone who would rather read, and for screen readers.
 */
export function ChartFigure({ chart, id, download }: { chart: ChartResult; id: string; download?: string }) {
  return (
    <figure className="rounded-lg border border-stone-200 bg-white p-3" aria-labelledby={`${id}-caption`}>
      {/* The SVG is built on the server from numbers and escaped labels (lib/charts/accessible-svg.ts). */}
      <div dangerouslySetInnerHTML={{ __html: chart.svg }} />
      {download ? (
        <p className="mt-2 flex gap-3 text-sm">
          <a href={`${download}&format=svg`} download className="text-status-submitted hover:underline">
            下载 SVG<span className="sr-only">：{chart.table.caption}</span>
          </a>
          <a href={`${download}&format=png`} download className="text-status-submitted hover:underline">
            下载 PNG<span className="sr-only">：{chart.table.caption}</span>
          </a>
        </p>
      ) : null}
      <details className="mt-2 text-sm">
        <summary id={`${id}-caption`} className="cursor-pointer text-stone-700">
          {chart.table.caption}（数据表）
        </summary>
        <div className="mt-2 overflow-x-auto">
          <table className="min-w-full text-left">
            <caption className="sr-only">{chart.table.caption}</caption>
            <thead>
              <tr>
                {chart.table.headers.map((h) => (
                  <th key={h} scope="col" className="border-b border-stone-200 px-2 py-1 font-medium">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {chart.table.rows.map((row, i) => (
                <tr key={i}>
                  {row.map((cell, j) =>
                    j === 0 ? (
                      <th key={j} scope="row" className="px-2 py-1 font-normal">
                        {formatChartCell(cell)}
                      </th>
                    ) : (
                      <td key={j} className="px-2 py-1 tabular-nums">
                        {formatChartCell(cell)}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
