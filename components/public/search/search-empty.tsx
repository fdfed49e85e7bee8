import Link from "next/link";

/** No report matches: say so, and offer the ways out. */
export function SearchEmpty({ text, withoutFiltersHref }: { text: string; withoutFiltersHref: string | null }) {
  return (
    <div className="rounded-md border border-dashed border-stone-300 bg-white px-6 py-8 text-center">
      <p className="text-base text-stone-900">没有找到包含“{text}”的报告</p>
      <p className="mt-2 text-sm text-stone-600">请检查用字，或换用更短、更常见的词语；多个词时，报告须包含全部词语。</p>
      <p className="mt-4 flex flex-wrap justify-center gap-x-6 gap-y-2 text-sm">
        {withoutFiltersHref ? (
          <Link href={withoutFiltersHref} className="rounded-sm text-brand-800 underline underline-offset-4">
            在全部年度和单位中搜索
          </Link>
        ) : null}
        <Link href="/" className="rounded-sm text-brand-800 underline underline-offset-4">
          浏览全部报告
        </Link>
      </p>
    </div>
  );
}
