import { Alert } from "@/components/ui/alert";
import { ReportLink } from "@/components/public/report-link";
import { formatChineseDate } from "@/lib/dates";
import type { ReportView } from "@/lib/reports/get-report";

/**
 * What a clerk needs when their report was withdrawn: when and why, what the public sees now,
 * and what can happen next — the clerk cannot restart it alone, the district starts a correction.
 */
export function WithdrawnNotice({ report }: { report: Pick<ReportView, "publication" | "year" | "unit"> }) {
  const withdrawnAt = report.publication?.withdrawnAt;
  return (
    <Alert tone="warning" title={withdrawnAt ? `报告已于${formatChineseDate(withdrawnAt)}撤回` : "报告已撤回"}>
      <div className="space-y-1.5" data-testid="withdrawn-notice">
        {report.publication?.withdrawReason ? <p>撤回原因：{report.publication.withdrawReason}</p> : null}
        <p>
          公开页面现在只显示撤回日期和原因，报告正文及此前的各个版本都不再公开。
          <ReportLink href={`/reports/${report.year}/${report.unit.slug}`} className="ml-1 underline underline-offset-2">
            查看公开的撤回说明
          </ReportLink>
        </p>
        <p>
          接下来：如需重新公开，由区依法治区办发起更正，报告会退回本单位，按意见修改、重新提交审核，通过后再次发布。本单位不能自行修改已撤回的报告；如有疑问，请联系区依法治区办。
        </p>
      </div>
    </Alert>
  );
}
