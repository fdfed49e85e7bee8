import Link from "next/link";

export default function ReportNotFound() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-16 text-center">
      <h1 className="font-serif text-2xl font-bold text-stone-900">未找到该报告</h1>
      <p className="mt-3 text-base leading-relaxed text-stone-700">该单位在这一年度没有已公开的报告，或链接地址有误。</p>
      <p className="mt-6">
        <Link href="/" className="rounded-sm text-brand-800 underline underline-offset-4">
          返回报告列表
        </Link>
      </p>
    </div>
  );
}
