import Link from "next/link";

export function SiteHeader() {
  return (
    <header data-print="hide" className="border-t-4 border-brand-700 border-b border-b-stone-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3 sm:py-4">
        <Link href="/" className="rounded-sm font-serif text-lg leading-snug font-semibold text-stone-900 sm:text-xl">
          重庆市涪陵区 · 法治政府建设年度报告
        </Link>
        <Link href="/login" className="rounded-sm text-sm text-stone-600 underline-offset-4 hover:text-stone-900 hover:underline">
          工作人员登录
        </Link>
      </div>
    </header>
  );
}
