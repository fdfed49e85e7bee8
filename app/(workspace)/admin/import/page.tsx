import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listImportChoices } from "@/lib/import/list-import-choices";
import { statusLabels, isEditable } from "@/lib/reports/workflow";
import { analyseImportAction, confirmImportAction } from "@/app/(workspace)/workspace/import/actions";
import { ImportWizard } from "@/components/import/import-wizard";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";

export const metadata: Metadata = { title: "导入报告" };

export default async function AdminImportPage(props: PageProps<"/admin/import">) {
  const user = await requireUser();
  if (!can(user, "report:import-published")) notFound();
  const params = await props.searchParams;
  const unitId = typeof params.unit === "string" ? params.unit : undefined;
  const year = typeof params.year === "string" && /^\d{4}$/.test(params.year) ? Number(params.year) : undefined;
  const choices = await listImportChoices({ actor: user, unitId, year });
  const unit = choices.units.find((u) => u.id === unitId);
  const yearRow = choices.years.find((y) => y.year === year);
  const existing = choices.existing;

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">导入报告</h1>
        <p className="mt-1 text-sm text-stone-600">
          把单位已有的报告（Word 或网页上复制的文字）导入系统：往年已经公开的报告可以按原发布日期和字号直接发布到公开网站；当年的报告导入到该单位的草稿，由单位继续填写和提交。
        </p>
      </div>
      <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-4">
        <label className="space-y-1 text-sm">
          <span className="block font-medium">单位</span>
          <select name="unit" defaultValue={unitId ?? ""} className={inputClass}>
            <option value="">请选择</option>
            {choices.units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </label>
        <label className="space-y-1 text-sm">
          <span className="block font-medium">年度</span>
          <select name="year" defaultValue={year ?? ""} className={inputClass}>
            <option value="">请选择</option>
            {choices.years.map((y) => (
              <option key={y.year} value={y.year}>
                {y.year}年度{y.isOpen ? "" : "（已关闭）"}
              </option>
            ))}
          </select>
        </label>
        <Button type="submit" variant="secondary">
          选择
        </Button>
        <p className="w-full text-xs text-stone-500">
          要导入的年度不在列表中？请先在 <Link href="/admin/years" className="underline">报告年度</Link> 中开启该年度。
        </p>
      </form>

      {unit && yearRow ? (
        existing && !(existing.status === "DRAFT" && existing.characters === 0) ? (
          isEditable(existing.status) && yearRow.isOpen ? (
            <Alert tone="info" title={`${unit.name}${yearRow.year}年度已有报告（${statusLabels[existing.status]}）`}>
              可以把文件导入到该单位的报告中，由单位继续填写和提交：
              <Link href={`/workspace/import/${existing.id}`} className="ml-2 font-medium underline">
                导入到该单位的报告
              </Link>
            </Alert>
          ) : existing.status === "PUBLISHED" && params.imported === "1" ? (
            <Alert tone="success" title="导入完成">
              已作为{unit.name}{yearRow.year}年度报告发布。
              <a href={`/reports/${yearRow.year}/${unit.slug}`} className="ml-2 font-medium underline">
                在公开网站上查看
              </a>
            </Alert>
          ) : (
            <Alert tone="warning" title={`${unit.name}${yearRow.year}年度已有报告（${statusLabels[existing.status]}）`}>
              不能再导入。已发布的报告如需修改，请由审核人发起更正。
              {existing.status === "PUBLISHED" ? (
                <a href={`/reports/${yearRow.year}/${unit.slug}`} className="ml-2 underline">
                  在公开网站上查看
                </a>
              ) : null}
            </Alert>
          )
        ) : (
          <section aria-labelledby="historical-heading" className="space-y-3">
            <h2 id="historical-heading" className="text-lg font-semibold">
              作为 {unit.name} {yearRow.year} 年度报告导入并直接发布
            </h2>
            <p className="text-sm text-stone-600">适用于在使用本系统之前已经公开的报告：按原发布日期和字号发布，记入审计日志（含文件名和校验值）。</p>
            <ImportWizard
              key={`${unit.id}-${yearRow.year}`}
              target={{ kind: "historical", unitId: unit.id, year: yearRow.year }}
              actions={{ analyse: analyseImportAction, confirm: confirmImportAction }}
            />
          </section>
        )
      ) : (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-8 text-center text-stone-600">请先选择单位和年度。</p>
      )}
    </div>
  );
}
