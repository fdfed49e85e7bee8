"use client";

import { ConfirmedActionForm } from "@/components/admin/confirmed-action-form";
import { Field, inputClass } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action-result";

export type YearAction = (prev: unknown, formData: FormData) => Promise<ActionResult<undefined>>;

type Props = { year: number; isOpen: boolean; internalDeadline: string; publicationDeadline: string; reportsInProgress: number };

type ActionProps = { action: YearAction };

export function YearDeadlinesForm({ action, year, internalDeadline, publicationDeadline }: Props & ActionProps) {
  return (
    <ConfirmedActionForm
      action={action}
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

export function YearOpenForm({ action, year, isOpen, reportsInProgress }: Props & ActionProps) {
  return isOpen ? (
    <ConfirmedActionForm
      action={action}
      hidden={{ year: String(year), isOpen: "false" }}
      label="关闭填报"
      variant="danger"
      confirmTitle={`关闭 ${year} 年度`}
      confirmDescription={`关闭后各单位不能再新建、修改或提交该年度的报告（目前有 ${reportsInProgress} 份正在填写或审核中），审核人仍可审核、发布；已发布报告的更正不受影响。以后可以重新开启。`}
    />
  ) : (
    <ConfirmedActionForm
      action={action}
      hidden={{ year: String(year), isOpen: "true" }}
      label="重新开启填报"
      confirmTitle={`重新开启 ${year} 年度`}
      confirmDescription="重新开启后各单位可以继续填写和提交该年度的报告。"
    />
  );
}

export const signOffLabel = "启用单位负责人审签（报告先经本单位负责人审签，再报送区依法治区办）";

type SignOffProps = { action: YearAction; year: number; unitSignOff: boolean; awaitingSignOff: number };

/** The year's 单位审签 setting; the server refuses to turn it off while reports wait for a head. */
export function YearSignOffForm({ action, year, unitSignOff, awaitingSignOff }: SignOffProps) {
  return (
    <ConfirmedActionForm
      action={action}
      hidden={{ year: String(year) }}
      label="保存审签设置"
      confirmTitle={`${year} 年度单位负责人审签`}
      confirmDescription={
        <>
          <span className="block">
            勾选时，该年度各单位的报告由填报人送本单位负责人审签，负责人审签通过即报送区依法治区办，退回则回到填报人修改；不勾选时，填报人直接提交区依法治区办。
          </span>
          {awaitingSignOff > 0 ? (
            <span className="mt-2 block">目前有 {awaitingSignOff} 份报告正在等待审签：它们审签通过或退回之前，不能关闭此项。</span>
          ) : null}
        </>
      }
      fields={(errors) => (
        <div className="space-y-1">
          <label className="flex items-start gap-2 text-sm">
            <input type="checkbox" name="unitSignOff" value="on" defaultChecked={unitSignOff} className="mt-1" aria-describedby="year-signoff-hint" />
            <span>{signOffLabel}</span>
          </label>
          <p id="year-signoff-hint" className="text-xs text-stone-600">
            单位负责人的账号在“用户管理”中添加（角色为单位负责人）。
          </p>
          {errors.unitSignOff ? <p className="text-sm text-red-700">{errors.unitSignOff.join(" ")}</p> : null}
        </div>
      )}
    />
  );
}
