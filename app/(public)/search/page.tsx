import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumb } from "@/components/public/breadcrumb";
import { SearchEmpty } from "@/components/public/search/search-empty";
import { SearchForm } from "@/components/public/search/search-form";
import { SearchPagination } from "@/components/public/search/search-pagination";
import { SearchResultList } from "@/components/public/search/search-result-list";
import { SearchStart } from "@/components/public/search/search-start";
import { SearchSummary } from "@/components/public/search/search-summary";
import { listSearchYears } from "@/lib/public/search/list-search-years";
import { parseSearchParams, searchHref } from "@/lib/public/search/search-params";
import { maxQueryLength } from "@/lib/public/search/search-query";
import { searchPageSize, searchReports } from "@/lib/public/search/search-reports";

// Per query, never prerendered: the build has no database, and the public layout reads the
// district's site title from it.
export const dynamic = "force-dynamic";

export async function generateMetadata(props: PageProps<"/search">): Promise<Metadata> {
  const { query } = parseSearchParams(await props.searchParams);
  // Result pages change with every publication; search engines should index the reports instead.
  return { title: query.text ? `搜索：${query.text}` : "搜索报告", robots: { index: false, follow: true } };
}

const kindLabels = { TOWN: "街镇", DEPARTMENT: "部门" } as const;

export default async function SearchPage(props: PageProps<"/search">) {
  // The page is for people: a value its own form cannot produce is simply not applied.
  const { query, year, kind, page } = parseSearchParams(await props.searchParams);
  const [found, years] = await Promise.all([searchReports({ query, year, kind, page }), listSearchYears()]);
  const hasQuery = query.terms.length > 0;
  const scope = [year ? `${year}年度` : null, kind ? kindLabels[kind] : null].filter(Boolean).join("、");
  const pageHref = (p: number) => searchHref({ q: query.text, year, kind, page: p });

  return (
    <div className="mx-auto max-w-3xl px-4 py-6 sm:py-8">
      <Breadcrumb items={[{ label: "首页", href: "/" }, { label: "搜索报告" }]} />
      <h1 className="mt-4 font-serif text-2xl font-bold text-stone-900 sm:text-3xl">搜索报告</h1>

      <div className="mt-6">
        <SearchForm q={query.text} year={year} kind={kind} years={years} />
      </div>

      <div className="mt-6 space-y-4">
        {query.isTruncated ? (
          <p className="rounded-md border border-amber-400 bg-amber-50 px-4 py-3 text-sm text-stone-900">
            关键词超过 {maxQueryLength} 字，只按前 {maxQueryLength} 字“{query.text}”搜索。
          </p>
        ) : null}

        {!hasQuery ? (
          <SearchStart />
        ) : (
          <>
            <SearchSummary
              text={query.text}
              scope={scope}
              total={found.total}
              isTotalCapped={found.isTotalCapped}
              page={page}
              pageCount={found.pageCount}
              isNarrowedFully={Boolean(year && kind)}
            />
            {found.results.length > 0 ? (
              <SearchResultList results={found.results} start={(page - 1) * searchPageSize + 1} />
            ) : found.total > 0 ? (
              <p className="text-sm text-stone-700">
                没有这一页。
                <Link href={pageHref(1)} className="rounded-sm text-brand-800 underline underline-offset-4">
                  回到第 1 页
                </Link>
              </p>
            ) : (
              <SearchEmpty text={query.text} withoutFiltersHref={scope ? searchHref({ q: query.text }) : null} />
            )}
            <SearchPagination page={page} pageCount={found.pageCount} href={pageHref} />
          </>
        )}
      </div>
    </div>
  );
}
