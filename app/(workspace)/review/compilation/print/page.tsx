import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { CompilationPrint } from "@/components/compilation/compilation-print";
import { PrintButton } from "@/components/public/print-button";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listCompilationReports } from "@/lib/compilation/list-compilation-reports";

export const metadata: Metadata = { title: "年度报告汇编（打印版）" };

const querySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  include: z.enum(["published", "approved"]).catch("published"),
  order: z.enum(["town-first", "department-first"]).catch("town-first"),
});

/** The reviewer's compilation, with the same choices as the Word file, as one printable page. */
export default async function ReviewCompilationPrintPage(props: PageProps<"/review/compilation/print">) {
  const user = await requireUser();
  if (!can(user, "review:list")) notFound();
  const search = await props.searchParams;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const query = querySchema.safeParse({ year: first(search.year), include: first(search.include), order: first(search.order) });
  if (!query.success) {
    return <p className="rounded-lg border border-dashed border-stone-300 bg-white p-8 text-center text-stone-600">请在汇编页选择有效的年度。</p>;
  }
  const { year, include, order } = query.data;
  const list = await listCompilationReports({ actor: user, year, includeApproved: include === "approved", order });
  if (!list || list.entries.length === 0) {
    return <p className="rounded-lg border border-dashed border-stone-300 bg-white p-8 text-center text-stone-600">{year}年度没有可汇编的报告。</p>;
  }
  return (
    <div className="mx-auto max-w-4xl">
      <div data-print="hide" className="mb-6 flex flex-wrap items-center gap-3 text-sm">
        <PrintButton />
        <span className="text-stone-600">共 {list.entries.length} 份报告；每份报告从新的一页开始。</span>
      </div>
      <CompilationPrint compilation={list} date={new Date()} />
    </div>
  );
}
