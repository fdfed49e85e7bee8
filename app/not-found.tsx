import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "页面不存在" };

export default function NotFound() {
  return (
    <main id="main" className="flex min-h-dvh items-center justify-center px-4 py-16">
      <div className="max-w-md text-center">
        <p className="text-sm text-stone-600">
          <Link href="/" className="rounded-sm underline-offset-4 hover:underline">
            重庆市涪陵区 · 法治政府建设年度报告
          </Link>
        </p>
        <h1 className="mt-3 font-serif text-2xl font-bold text-stone-900">页面不存在</h1>
        <p className="mt-3 text-base leading-relaxed text-stone-700">您访问的页面可能已被移动或删除，请检查网址是否正确。</p>
        <p className="mt-6">
          <Link href="/" className="rounded-sm text-brand-800 underline underline-offset-4">
            返回首页
          </Link>
        </p>
      </div>
    </main>
  );
}
