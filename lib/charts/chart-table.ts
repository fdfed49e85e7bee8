// The numbers behind a chart, as a table for screen readers and for anyone who wants the exact
// values: every chart renderer returns one next to its SVG.

/** A number, a label, or null where there is no value (shown as "无数据", never as 0). */
export type ChartTableCell = string | number | null;

export type ChartTable = {
  caption: string;
  headers: string[];
  rows: ChartTableCell[][];
};

export type ChartResult = { svg: string; table: ChartTable };

/** How a cell reads on the page: numbers grouped the Chinese way, gaps spelled out. */
export function formatChartCell(cell: ChartTableCell): string {
  if (cell === null) return "无数据";
  if (typeof cell === "number") return cell.toLocaleString("zh-CN");
  return cell;
}
