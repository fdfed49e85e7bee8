import { FilterLinks } from "@/components/public/filter-links";
import { overviewHref, unitKindLabels, unitKindsInTabOrder, yearListHref, type UnitKind } from "@/lib/public/browse-params";
import type { KindLabels } from "@/lib/units/unit-kinds";

/**
 * 街镇 / 部门 tabs and the year selector (newest first) above every public list. Plain links
 * with aria-current: each choice is its own cacheable page and works without JavaScript.
 */
export function BrowseFilters({ kind, year, years, labels = unitKindLabels }: { kind: UnitKind; year?: number; years: number[]; labels?: KindLabels }) {
  return (
    <div className="space-y-4">
      <FilterLinks
        label="单位类别"
        variant="tabs"
        links={unitKindsInTabOrder.map((k) => ({
          label: labels[k],
          href: year === undefined ? overviewHref(k) : yearListHref(k, year),
          isCurrent: k === kind,
        }))}
      />
      {years.length > 0 ? (
        <FilterLinks
          label="年度"
          variant="pills"
          links={[
            { label: "全部年度", href: overviewHref(kind), isCurrent: year === undefined },
            ...years.map((y) => ({ label: `${y}年度`, href: yearListHref(kind, y), isCurrent: y === year })),
          ]}
        />
      ) : null}
    </div>
  );
}
