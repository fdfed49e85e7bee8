import type { CharCounts } from "@/lib/import/import-plan";

/**
 * The check that nothing was lost: characters imported against characters in the source minus
 * what was removed. They differ only while parts wait for a place.
 */
export function ImportCounts({ counts, removed }: { counts: CharCounts; removed: string[] }) {
  const expected = counts.source - counts.furniture - counts.removedByUser;
  const isEqual = expected === counts.imported;
  return (
    <div className="text-sm" data-testid="import-counts">
      <p className={isEqual ? "text-status-approved" : "text-amber-800"}>
        导入 {counts.imported} 字 {isEqual ? "=" : "≠"} 原文 {counts.source} 字 − 页面元素 {counts.furniture} 字
        {counts.removedByUser > 0 ? ` − 您去掉的 ${counts.removedByUser} 字` : ""}
        {counts.unplaced > 0 ? `（还有 ${counts.unplaced} 字待安排）` : ""}
      </p>
      {removed.length > 0 ? (
        <details className="text-xs text-stone-600">
          <summary className="cursor-pointer">不导入的页面元素（{removed.length} 行）</summary>
          <ul className="mt-1 list-disc pl-5">
            {removed.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
