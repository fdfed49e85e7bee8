"use client";

import { setYearOpenAction, updateYearAction } from "@/app/(workspace)/admin/years/actions";
import { ConfirmedActionForm } from "@/components/admin/confirmed-action-form";
import { Field, inputClass } from "@/components/ui/field";

type Props = { year: number; isOpen: boolean; internalDeadline: string; publicationDeadline: string; reportsInProgress: number };

export function YearDeadlinesForm({ year, internalDeadline, publicationDeadline }: Props) {
  return (
    <ConfirmedActionForm
      action={updateYearAction}
      hidden={{ year: String(year) }}
      label="保存截止日期"
      confirmTitle="修改截止日期"
      confirmDescription={`${year} 年度所有单位的截止日期随之改变：审核台的“逾期”和各单位工作台的倒计时按新日期计算。`}
      fields={(errors) => (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="year-internal" label="内部报送截止日期" hint="可不填，不填时以公开截止为准。" errors={errors.internalDeadline}>
            {(aria) => <input {...aria} name="internalDeadline" type="date" defaultValue={internalDeadline} className={inputClass} />}
          </Field>
          <Field id="year-publication" label="公开截止日期" errors={errors.publicationDeadline}>
            {(aria) => <input {...aria} name="publicationDeadline" type="date" required defaultValue={publicationDeadline} className={inputClass} />}
          </Field>
        </div>
      )}
    />
  );
}

export function YearOpenForm({ year, isOpen, reportsInProgress }: Props) {
  return isOpen ? (
    <ConfirmedActionForm
      action={setYearOpenAction}
      hidden={{ year: String(year), isOpen: "false" }}
      label="关闭填报"
      variant="danger"
      confirmTitle={`关闭 ${year} 年度`}
      confirmDescription={`关闭后各单位不能再新建、修改或提交该年度的报告（目前有 ${reportsInProgress} 份正在填写或审核中），审核人仍可审核、发布；已发布报告的更正不受影响。以后可以重新开启。`}
    />
  ) : (
    <ConfirmedActionForm
      action={setYearOpenAction}
      hidden={{ year: String(year), isOpen: "true" }}
      label="重新开启填报"
      confirmTitle={`重新开启 ${year} 年度`}
      confirmDescription="重新开启后各单位可以继续填写和提交该年度的报告。"
    />
  );
}
