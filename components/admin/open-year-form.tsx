"use client";

import { ConfirmedActionForm } from "@/components/admin/confirmed-action-form";
import { signOffLabel, type YearAction } from "@/components/admin/year-settings-form";
import { Field, inputClass } from "@/components/ui/field";

export function OpenYearForm({ action, suggestedYear, latestYear }: { action: YearAction; suggestedYear: number; latestYear: number | null }) {
  return (
    <ConfirmedActionForm
      action={action}
      label="开启年度"
      pendingLabel="正在开启…"
      confirmTitle="开启新的报告年度"
      confirmDescription="开启后全区各单位即可开始填写该年度的报告，审核台和各单位的“我的报告”都会出现这个年度。模板和截止日期以后仍可修改。"
      fields={(errors) => (
        <div className="grid gap-4 sm:grid-cols-3">
          <Field id="open-year" label="报告年度" errors={errors.year}>
            {(aria) => <input {...aria} name="year" type="number" min={2000} max={2100} required defaultValue={suggestedYear} className={inputClass} />}
          </Field>
          <Field id="open-internal" label="内部报送截止日期（可不填）" errors={errors.internalDeadline}>
            {(aria) => <input {...aria} name="internalDeadline" type="date" className={inputClass} />}
          </Field>
          <Field id="open-publication" label="公开截止日期" hint="不填则为次年 3 月 31 日。" errors={errors.publicationDeadline}>
            {(aria) => <input {...aria} name="publicationDeadline" type="date" className={inputClass} />}
          </Field>
          <fieldset className="space-y-1 text-sm sm:col-span-3">
            <legend className="font-medium text-stone-800">报告模板</legend>
            <label className="flex items-center gap-2">
              <input type="radio" name="templateSource" value="previous" defaultChecked={latestYear !== null} disabled={latestYear === null} />
              {latestYear !== null ? "复制上一年度的模板（街镇和部门各一份）" : "复制上一年度的模板（还没有上一年度）"}
            </label>
            <label className="flex items-center gap-2">
              <input type="radio" name="templateSource" value="default" defaultChecked={latestYear === null} />
              采用法定默认提纲
            </label>
            {errors.templateSource ? <p className="text-red-700">{errors.templateSource.join(" ")}</p> : null}
          </fieldset>
          <div className="space-y-1 text-sm sm:col-span-3">
            <label className="flex items-start gap-2">
              <input type="checkbox" name="unitSignOff" value="on" className="mt-1" />
              <span>{signOffLabel}</span>
            </label>
            <p className="text-xs text-stone-600">不勾选时填报人直接提交区依法治区办。开启年度后仍可在年度设置中修改。</p>
            {errors.unitSignOff ? <p className="text-red-700">{errors.unitSignOff.join(" ")}</p> : null}
          </div>
        </div>
      )}
    />
  );
}
