import type { KindCompleteness } from "@/lib/statistics/load-section-completeness";

const fmt = (n: number | null) => (n === null ? "—" : n.toLocaleString("zh-CN"));

/** Per required section: who has written it, how long on average against last year, and who repeats last year. */
export function CompletenessTable({ kindLabel, completeness }: { kindLabel: string; completeness: KindCompleteness }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[44rem] border-collapse text-sm">
        <caption className="py-2 text-left font-medium text-stone-900">
          {kindLabel}（{completeness.units} 个单位）
        </caption>
        <thead className="bg-stone-50 text-stone-700">
          <tr>
            <th scope="col" className="border-b px-3 py-2 text-left">章节</th>
            <th scope="col" className="border-b px-3 py-2 text-right">已写</th>
            <th scope="col" className="border-b px-3 py-2 text-right">平均字数</th>
            <th scope="col" className="border-b px-3 py-2 text-right">上年平均</th>
            <th scope="col" className="border-b px-3 py-2 text-left">与上年高度相似</th>
            <th scope="col" className="border-b px-3 py-2 text-left">未写</th>
          </tr>
        </thead>
        <tbody>
          {completeness.sections.map((s) => (
            <tr key={s.key}>
              <th scope="row" className="border-b px-3 py-2 text-left font-normal">{s.title}</th>
              <td className="border-b px-3 py-2 text-right tabular-nums">
                {s.written}/{completeness.units}
              </td>
              <td className="border-b px-3 py-2 text-right tabular-nums">{fmt(s.averageLength)}</td>
              <td className="border-b px-3 py-2 text-right tabular-nums">{fmt(s.lastYearAverageLength)}</td>
              <td className="border-b px-3 py-2">{s.copied.map((u) => u.name).join("、") || "—"}</td>
              <td className="border-b px-3 py-2 text-stone-600">{s.missing.length > 8 ? `${s.missing.slice(0, 8).map((u) => u.name).join("、")} 等 ${s.missing.length} 个` : s.missing.map((u) => u.name).join("、") || "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
