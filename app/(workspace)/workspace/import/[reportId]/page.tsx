import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { denyReportPage } from "@/lib/audit/record-page-denial";
import { getImportPageReport } from "@/lib/import/get-import-page-report";
import { analyseImportAction, confirmImportAction } from "@/app/(workspace)/workspace/import/actions";
import { ImportWizard } from "@/components/import/import-wizard";
import { Alert } from "@/components/ui/alert";

export const metadata: Metadata = { title: "导入已有报告" };

export default async function ImportIntoReportPage(props: PageProps<"/workspace/import/[reportId]">) {
  const { reportId } = await props.params;
  const user = await requireUser();
  const report = await getImportPageReport({ actor: user, reportId });
  if (!report) return denyReportPage({ actor: user, path: `/workspace/import/${reportId}`, reportId });

  const backHref = user.role === "CLERK" ? `/workspace/reports/${report.id}` : "/admin/import";
  return (
    <div className="space-y-5">
      <nav aria-label="位置" className="text-sm text-stone-600">
        <Link href={backHref} className="hover:underline">
          {user.role === "CLERK" ? report.title : "导入报告"}
        </Link>{" "}
        › 导入
      </nav>
      <div>
        <h1 className="text-2xl font-semibold">导入已有报告</h1>
        <p className="mt-1 text-sm text-stone-600">
          导入到：{report.unitName} {report.year}年度报告。上传 Word 文件或粘贴文字，系统按标题拆分到报告的各个部分；确认前可以调整，确认后每个部分保存为一个新版本，可在修改历史中恢复。
        </p>
      </div>
      {report.canImport ? (
        <ImportWizard
          target={{ kind: "report", reportId: report.id }}
          reportHref={user.role === "CLERK" ? `/workspace/reports/${report.id}` : undefined}
          actions={{ analyse: analyseImportAction, confirm: confirmImportAction }}
        />
      ) : (
        <Alert tone="warning">报告当前状态（{report.statusLabel}）不能导入。只有草稿和被退回的报告可以导入，且该年度须开放填报。</Alert>
      )}
    </div>
  );
}
