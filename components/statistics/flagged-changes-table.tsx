import type { UnitYearChange } from "@/lib/statistics/types";

const fmt = (n: number | null) => (n === null ? "—" : n.toLocaleString("zh-CN"));

/** Figures ten times (or a tenth of) last year's: most often a typing error, worth a look. */
export function FlaggedChangesTable({ year, changes }: { year: number; changes: UnitYearChange[] }) {
  if (changes.length === 0) return <p className="text-sm text-stone-600">没有与上年相差 10 倍以上的数字。</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[36rem] border-collapse text-sm">
        <caption className="sr-only">与上年相差 10 倍以上的数字</caption>
        <thead className="bg-stone-50 text-stone-700">
          <tr>
            <th scope="col" className="border-b px-3 py-2 text-left">单位</th>
            <th scope="col" className="border-b px-3 py-2 text-left">指标</th>
            <th scope="col" className="border-b px-3 py-2 text-right">{year}年</th>
            <th scope="col" className="border-b px-3 py-2 text-right">{year - 1}年</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={`${c.unitId}-${c.metric.key}`}>
              <th scope="row" className="border-b px-3 py-2 text-left font-normal">{c.unitName}</th>
              <td className="border-b px-3 py-2">{c.metric.label}</td>
              <td className="border-b px-3 py-2 text-right tabular-nums">{fmt(c.value)}</td>
              <td className="border-b px-3 py-2 text-right tabular-nums">{fmt(c.previousValue)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
