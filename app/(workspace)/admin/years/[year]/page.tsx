import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { toCalendarDateString } from "@/lib/dates";
import { getYear } from "@/lib/years/list-years";
import { listUnitsWithoutHead } from "@/lib/years/list-units-without-head";
import { setYearOpenAction, setYearSignOffAction, updateYearAction } from "@/app/(workspace)/admin/years/actions";
import { YearDeadlinesForm, YearOpenForm, YearSignOffForm } from "@/components/admin/year-settings-form";
import { Alert } from "@/components/ui/alert";

export const metadata: Metadata = { title: "年度设置" };

export default async function AdminYearPage(props: PageProps<"/admin/years/[year]">) {
  const user = await requireUser();
  if (!can(user, "admin:manage")) notFound();
  const year = Number((await props.params).year);
  const [row, withoutHead] = await Promise.all([Number.isInteger(year) ? getYear({ actor: user, year }) : null, listUnitsWithoutHead({ actor: user })]);
  if (!row) notFound();
  const awaitingSignOff = row.counts.AWAITING_SIGNOFF ?? 0;
  const inProgress = (row.counts.DRAFT ?? 0) + awaitingSignOff + (row.counts.RETURNED ?? 0) + (row.counts.SUBMITTED ?? 0) + (row.counts.APPROVED ?? 0);
  const props2 = {
    year,
    isOpen: row.isOpen,
    internalDeadline: row.internalDeadline ? toCalendarDateString(row.internalDeadline) : "",
    publicationDeadline: toCalendarDateString(row.publicationDeadline),
    reportsInProgress: inProgress,
  };

  return (
    <div className="max-w-3xl space-y-5">
      <nav aria-label="位置" className="text-sm text-stone-600">
        <Link href="/admin/years" className="hover:underline">报告年度与模板</Link> › {year}年度
      </nav>
      <h1 className="text-2xl font-semibold">{year}年度</h1>
      {row.isOpen ? null : <Alert tone="warning" title="该年度已关闭填报">各单位不能再新建、修改或提交报告；审核和已发布报告的更正不受影响。</Alert>}

      <section aria-labelledby="deadlines-heading" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="deadlines-heading" className="font-semibold">截止日期</h2>
        <YearDeadlinesForm action={updateYearAction} {...props2} />
      </section>

      <section aria-labelledby="templates-heading" className="space-y-2 rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="templates-heading" className="font-semibold">报告模板</h2>
        <p className="text-sm text-stone-600">修改模板不会删除任何已填写的内容：已有正文的部分若被移出模板，会保留在报告的“已从模板中移除的部分”中，由填报人处理。</p>
        <p className="space-x-4">
          <Link href={`/admin/years/${year}/templates/town`} className="text-status-submitted hover:underline">编辑街镇模板</Link>
          <Link href={`/admin/years/${year}/templates/department`} className="text-status-submitted hover:underline">编辑部门模板</Link>
        </p>
      </section>

      <section aria-labelledby="signoff-heading" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="signoff-heading" className="font-semibold">单位审签：{row.unitSignOff ? "启用" : "不启用"}</h2>
        <p className="text-sm text-stone-600">
          {row.unitSignOff
            ? `报告由填报人送本单位负责人审签，审签通过后报送区依法治区办。${awaitingSignOff > 0 ? `目前有 ${awaitingSignOff} 份报告正在等待审签。` : ""}`
            : "填报人直接提交区依法治区办审核。"}
        </p>
        {withoutHead.length > 0 ? (
          <Alert tone="warning" title={`${withoutHead.length} 个单位还没有单位负责人账号`}>
            启用审签后，这些单位的报告送审签后无人能审签：{withoutHead.slice(0, 10).map((u) => u.shortName).join("、")}
            {withoutHead.length > 10 ? ` 等` : ""}。请先在用户管理中为其添加单位负责人。
          </Alert>
        ) : null}
        <YearSignOffForm action={setYearSignOffAction} year={year} unitSignOff={row.unitSignOff} awaitingSignOff={awaitingSignOff} />
      </section>

      <section aria-labelledby="open-heading" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="open-heading" className="font-semibold">填报状态：{row.isOpen ? "开放" : "已关闭"}</h2>
        <YearOpenForm action={setYearOpenAction} {...props2} />
      </section>
    </div>
  );
}
