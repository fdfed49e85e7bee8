import { Search } from "lucide-react";
import { maxQueryLength } from "@/lib/public/search/search-query";
import { paramOfUnitKind, type UnitKindParam } from "@/lib/public/search/search-params";
import type { UnitKind } from "@/lib/public/search/search-params";

const kindOptions: { value: "" | UnitKindParam; label: string }[] = [
  { value: "", label: "全部单位" },
  { value: "town", label: "街镇" },
  { value: "department", label: "部门" },
];

const fieldClass = "h-11 rounded-md border border-stone-400 bg-white px-3 text-base text-stone-900";

/** A plain GET form: it works without JavaScript and its result is a shareable URL. */
export function SearchForm({ q, year, kind, years }: { q: string; year?: number; kind?: UnitKind; years: number[] }) {
  return (
    <form action="/search" method="get" role="search" aria-label="搜索报告" className="rounded-md border border-stone-200 bg-white p-4 sm:p-5">
      <div className="flex flex-col gap-1.5">
        <label htmlFor="search-q" className="text-sm font-medium text-stone-800">
          关键词
        </label>
        <div className="flex flex-col gap-2 sm:flex-row">
          <input
            id="search-q"
            name="q"
            type="search"
            defaultValue={q}
            aria-describedby="search-q-hint"
            enterKeyHint="search"
            className={`${fieldClass} w-full min-w-0 sm:flex-1`}
          />
          <button type="submit" className="inline-flex h-11 items-center justify-center gap-1.5 rounded-md bg-brand-700 px-5 text-base font-medium text-white hover:bg-brand-800">
            <Search aria-hidden="true" className="size-4" />
            搜索
          </button>
        </div>
        <p id="search-q-hint" className="text-sm text-stone-600">
          报告正文、标题和单位名称中的任意文字，最多 {maxQueryLength} 字；多个词用空格分开，报告须包含全部词语。
        </p>
      </div>
      <div className="mt-4 flex flex-wrap gap-x-6 gap-y-3">
        <div className="flex items-center gap-2">
          <label htmlFor="search-year" className="text-sm font-medium text-stone-800">
            年度
          </label>
          <select id="search-year" name="year" defaultValue={year ? String(year) : ""} className={fieldClass}>
            <option value="">全部年度</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}年度
              </option>
            ))}
          </select>
        </div>
        <div className="flex items-center gap-2">
          <label htmlFor="search-kind" className="text-sm font-medium text-stone-800">
            单位类别
          </label>
          <select id="search-kind" name="kind" defaultValue={kind ? paramOfUnitKind[kind] : ""} className={fieldClass}>
            {kindOptions.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      </div>
    </form>
  );
}
