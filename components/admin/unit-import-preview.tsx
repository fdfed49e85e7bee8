import { cn } from "@/lib/utils";
import type { ImportPlan, PlannedRow } from "@/lib/units/import/plan-import";

const statusLabels: Record<PlannedRow["status"], string> = { create: "新增", update: "更新", unchanged: "不变", error: "错误" };
const statusClasses: Record<PlannedRow["status"], string> = {
  create: "text-status-approved",
  update: "text-status-submitted",
  unchanged: "text-stone-500",
  error: "text-status-overdue",
};

function RowDetail({ row }: { row: PlannedRow }) {
  if (row.status === "error") {
    return (
      <ul className="list-disc space-y-0.5 pl-4 text-status-overdue">
        {row.errors.map((e) => (
          <li key={e}>{e}</li>
        ))}
      </ul>
    );
  }
  if (row.status === "update") {
    return (
      <ul className="space-y-0.5">
        {row.changes.map((c) => (
          <li key={c.field}>
            {c.label}：<del className="text-stone-500">{c.from}</del> → <ins className="no-underline">{c.to}</ins>
          </li>
        ))}
      </ul>
    );
  }
  return row.status === "create" ? <span>新单位，顺序 {row.after?.sortOrder}</span> : <span className="text-stone-500">与现有单位相同</span>;
}

/** Every row of the file with what importing it would do. */
export function UnitImportPreview({ plan }: { plan: ImportPlan }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table className="w-full text-left text-sm [&_td]:px-3 [&_td]:py-2 [&_td]:align-top [&_th]:px-3 [&_th]:py-2">
        <caption className="sr-only">导入预览：每行的处理结果</caption>
        <thead className="bg-stone-100 text-stone-700">
          <tr>
            <th scope="col">行</th>
            <th scope="col">简称</th>
            <th scope="col">网址标识</th>
            <th scope="col">结果</th>
            <th scope="col">说明</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200">
          {plan.rows.map((row) => (
            <tr key={row.line} data-status={row.status}>
              <td className="tabular-nums">{row.line}</td>
              <th scope="row" className="font-medium">
                {row.source.shortName || "（空）"}
              </th>
              <td className="font-mono text-xs">{row.source.slug}</td>
              <td className={cn("whitespace-nowrap font-medium", statusClasses[row.status])}>{statusLabels[row.status]}</td>
              <td>
                <RowDetail row={row} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
