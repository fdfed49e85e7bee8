import Link from "next/link";
import { searchHref } from "@/lib/public/search/search-params";

const examples = ["执法证", "行政复议", "矛盾纠纷", "普法"];

/** What the page shows before anything is searched: what can be found, and examples to try. */
export function SearchStart() {
  return (
    <section aria-labelledby="search-start" className="rounded-md border border-dashed border-stone-300 bg-white px-5 py-6 text-stone-800">
      <h2 id="search-start" className="text-base font-semibold text-stone-900">
        在全部已公开的年度报告中查找
      </h2>
      <p className="mt-2 text-sm leading-relaxed">输入任意文字，例如一项工作、一个数字或一个单位名称，即可找到提到它的报告，并看到相关段落。</p>
      <p className="mt-3 text-sm">
        试试：
        {examples.map((example, index) => (
          <span key={example}>
            {index > 0 ? "、" : null}
            <Link href={searchHref({ q: example })} className="rounded-sm text-brand-800 underline underline-offset-4">
              {example}
            </Link>
          </span>
        ))}
      </p>
      <p className="mt-3 text-sm">
        也可以
        <Link href="/" className="rounded-sm text-brand-800 underline underline-offset-4">
          按单位类别和年度浏览全部报告
        </Link>
        。
      </p>
    </section>
  );
}
