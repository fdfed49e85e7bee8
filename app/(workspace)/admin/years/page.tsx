import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { chinaToday, formatChineseDate } from "@/lib/dates";
import { statusLabels, type ReportStatus } from "@/lib/reports/workflow";
import { listYears } from "@/lib/years/list-years";
import { suggestNextYear } from "@/lib/years/year-rules";
import { OpenYearForm } from "@/components/admin/open-year-form";
import { openYearAction } from "./actions";

export const metadata: Metadata = { title: "报告年度" };

const statuses: ReportStatus[] = ["DRAFT", "AWAITING_SIGNOFF", "SUBMITTED", "RETURNED", "APPROVED", "PUBLISHED", "WITHDRAWN"];

export default async function AdminYearsPage() {
  const user = await requireUser();
  if (!can(user, "admin:manage")) notFound();
  const years = await listYears({ actor: user });
  const latest = years[0]?.year ?? null;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">报告年度与模板</h1>
          <p className="mt-1 text-sm text-stone-600">每个年度有自己的截止日期、街镇和部门两份报告模板，以及是否须经单位负责人审签。关闭的年度不能再填写和提交，已发布报告的更正不受影响。</p>
        </div>
      </div>

      {years.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-8 text-center text-stone-600">还没有报告年度。请在下方开启第一个年度，各单位即可开始填报。</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">报告年度</caption>
            <thead className="bg-stone-100 text-stone-700">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">年度</th>
                <th scope="col" className="px-4 py-2 font-medium">填报</th>
                <th scope="col" className="px-4 py-2 font-medium">单位审签</th>
                <th scope="col" className="px-4 py-2 font-medium">内部报送截止</th>
                <th scope="col" className="px-4 py-2 font-medium">公开截止</th>
                <th scope="col" className="px-4 py-2 font-medium">报告（按状态）</th>
                <th scope="col" className="px-4 py-2 font-medium">模板</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-200">
              {years.map((y) => (
                <tr key={y.id} data-testid={`year-row-${y.year}`}>
                  <th scope="row" className="px-4 py-2 font-medium">
                    <Link href={`/admin/years/${y.year}`} className="text-status-submitted hover:underline">{y.year}年度</Link>
                  </th>
                  <td className="px-4 py-2">{y.isOpen ? "开放" : <span className="text-stone-500">已关闭</span>}</td>
                  <td className="px-4 py-2">{y.unitSignOff ? "启用" : <span className="text-stone-500">不启用</span>}</td>
                  <td className="px-4 py-2">{y.internalDeadline ? formatChineseDate(y.internalDeadline) : "未设置"}</td>
                  <td className="px-4 py-2">{formatChineseDate(y.publicationDeadline)}</td>
                  <td className="px-4 py-2 text-stone-700">
                    {y.reportCount === 0
                      ? "尚无报告"
                      : statuses.filter((s) => y.counts[s]).map((s) => `${statusLabels[s]} ${y.counts[s]}`).join(" · ")}
                  </td>
                  <td className="space-x-3 px-4 py-2">
                    <Link href={`/admin/years/${y.year}/templates/town`} className="text-status-submitted hover:underline">街镇</Link>
                    <Link href={`/admin/years/${y.year}/templates/department`} className="text-status-submitted hover:underline">部门</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <section aria-labelledby="open-year-heading" className="rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="open-year-heading" className="mb-3 text-lg font-semibold">开启新的报告年度</h2>
        <OpenYearForm action={openYearAction} suggestedYear={suggestNextYear(years.map((y) => y.year), chinaToday())} latestYear={latest} />
      </section>
    </div>
  );
}
