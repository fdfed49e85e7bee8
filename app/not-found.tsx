import type { Metadata } from "next";
import Link from "next/link";
import { PublicPageFrame } from "@/components/public/public-page-frame";

export const metadata: Metadata = { title: "页面不存在" };

// Every unknown address, including a report that is not public: with the public site's header,
// so a reader can search or go back to the lists from here.
export default function NotFound() {
  return (
    <PublicPageFrame>
      <div className="mx-auto max-w-md px-4 py-16 text-center">
        <h1 className="font-serif text-2xl font-bold text-stone-900">页面不存在</h1>
        <p className="mt-3 text-base leading-relaxed text-stone-700">您访问的页面或报告可能已被移动、撤回或删除，请检查网址是否正确，或搜索报告全文。</p>
        <p className="mt-6">
          <Link href="/" className="rounded-sm text-brand-800 underline underline-offset-4">
            返回首页
          </Link>
        </p>
      </div>
    </PublicPageFrame>
  );
}
