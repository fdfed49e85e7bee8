import Link from "next/link";
import { Search } from "lucide-react";
import { ReadingPreferences } from "./reading-preferences";

export function SiteHeader({ siteTitle }: { siteTitle: string }) {
  return (
    <header data-print="hide" className="border-t-4 border-brand-700 border-b border-b-stone-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-3 px-4 py-3 sm:py-4">
        <Link href="/" className="rounded-sm font-serif text-lg leading-snug font-semibold text-stone-900 sm:text-xl">
          {siteTitle}
        </Link>
        <Link href="/login" className="rounded-sm text-sm text-stone-600 underline-offset-4 hover:text-stone-900 hover:underline">
          工作人员登录
        </Link>
        <form role="search" action="/search" method="get" className="flex min-w-0 flex-1 basis-64 items-center gap-2">
          <label htmlFor="site-search" className="sr-only">
            搜索已发布的报告
          </label>
          <input
            id="site-search"
            name="q"
            type="search"
            maxLength={50}
            placeholder="搜索报告全文，如“执法证”"
            className="min-w-0 flex-1 rounded-md border border-stone-300 bg-white px-3 py-1.5 text-base text-stone-900 placeholder:text-stone-500"
          />
          <button type="submit" className="inline-flex items-center gap-1 rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800">
            <Search aria-hidden="true" className="size-4" />
            搜索
          </button>
        </form>
        <ReadingPreferences />
      </div>
    </header>
  );
}
