"use client";

import { startTransition, useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { indexNumberPatternProblem, renderIndexNumber } from "@/lib/reports/index-number";
import { formatPublisher, publisherPatternProblem } from "@/lib/reports/publisher-pattern";
import type { ActionResult } from "@/lib/action-result";

export type SettingsValues = { siteTitle: string; publisherPattern: string; indexNumberPattern: string; townLabel: string; departmentLabel: string };

type SettingsFormProps = {
  action: (prev: unknown, formData: FormData) => Promise<ActionResult<null>>;
  values: SettingsValues;
  sampleUnit: { name: string; orgCode: string } | null;
  year: number;
};

/** District settings with a live preview of both patterns on a real unit. */
export function SettingsForm({ action, values, sampleUnit, year }: SettingsFormProps) {
  const [draft, setDraft] = useState(values);
  const [state, formAction, pending] = useActionState(action, null);
  const errors = (field: keyof SettingsValues) => (state && !state.ok ? state.fieldErrors?.[field] : undefined);
  const set = (field: keyof SettingsValues) => (event: React.ChangeEvent<HTMLInputElement>) => setDraft({ ...draft, [field]: event.target.value });
  const unit = sampleUnit ?? { name: "重庆市涪陵区某某镇人民政府", orgCode: "11500102MB15300012" };
  const publisherProblem = publisherPatternProblem(draft.publisherPattern);
  const indexProblem = indexNumberPatternProblem(draft.indexNumberPattern);
  const values2 = { orgCode: unit.orgCode, year };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        const formData = new FormData(event.currentTarget);
        startTransition(() => formAction(formData));
      }}
      className="max-w-2xl space-y-5 rounded-lg border border-stone-200 bg-white p-5"
      noValidate
    >
      {state ? <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert> : null}
      <Field id="site-title" label="网站标题" hint="公开网站每页顶部显示的标题。" errors={errors("siteTitle")}>
        {(aria) => <input {...aria} name="siteTitle" value={draft.siteTitle} onChange={set("siteTitle")} maxLength={60} required className={inputClass} />}
      </Field>
      <Field
        id="publisher-pattern"
        label="发布机构"
        hint={<>{"{unitName}"} 代表单位全称。预览：<output data-testid="publisher-preview">{publisherProblem ?? formatPublisher(draft.publisherPattern, unit.name)}</output></>}
        errors={errors("publisherPattern")}
      >
        {(aria) => <input {...aria} name="publisherPattern" value={draft.publisherPattern} onChange={set("publisherPattern")} maxLength={60} className={`${inputClass} font-mono`} />}
      </Field>
      <Field
        id="index-number-pattern"
        label="索引号格式"
        hint={
          <>
            {"{orgCode}"} 统一社会信用代码，{"{year}"} 发布年份，{"{seq:5}"} 五位顺序号（{"{seq}"} 不补零），顺序号须放在最后、前面有分隔符。预览：
            <output data-testid="index-number-preview">
              {indexProblem ?? `${renderIndexNumber(draft.indexNumberPattern, values2, 1)}、${renderIndexNumber(draft.indexNumberPattern, values2, 2)}`}
            </output>
          </>
        }
        errors={errors("indexNumberPattern")}
      >
        {(aria) => <input {...aria} name="indexNumberPattern" value={draft.indexNumberPattern} onChange={set("indexNumberPattern")} maxLength={60} className={`${inputClass} font-mono`} />}
      </Field>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-medium text-stone-800">两类单位的名称（公开网站的标签、审核台的分组）</legend>
        <Field id="town-label" label="街镇类" errors={errors("townLabel")}>
          {(aria) => <input {...aria} name="townLabel" value={draft.townLabel} onChange={set("townLabel")} maxLength={10} className={inputClass} />}
        </Field>
        <Field id="department-label" label="部门类" errors={errors("departmentLabel")}>
          {(aria) => <input {...aria} name="departmentLabel" value={draft.departmentLabel} onChange={set("departmentLabel")} maxLength={10} className={inputClass} />}
        </Field>
      </fieldset>
      <p className="text-sm text-stone-600">已发布报告的索引号和发布机构保存在各自的发布记录中，不随设置改变；以后的发布使用新设置。</p>
      <Button type="submit" disabled={pending}>
        {pending ? "正在保存…" : "保存设置"}
      </Button>
    </form>
  );
}
