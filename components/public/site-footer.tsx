import Link from "next/link";

export function SiteFooter() {
  return (
    <footer data-print="hide" className="mt-16 border-t border-stone-200 bg-white">
      <p className="mx-auto max-w-5xl px-4 py-6 text-sm text-stone-600">
        重庆市涪陵区人民政府 · 本栏目公开区级部门和各街镇的法治政府建设年度报告 ·{" "}
        <Link href="/statistics" className="text-brand-700 underline underline-offset-4">
          统计数据
        </Link>
      </p>
    </footer>
  );
}
