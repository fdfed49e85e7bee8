"use client";

import { startTransition, useActionState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import type { ActionResult } from "@/lib/action-result";
import type { KindLabels } from "@/lib/units/unit-kinds";

export type UnitFormValues = { name: string; shortName: string; kind: "TOWN" | "DEPARTMENT"; orgCode: string; slug: string; sortOrder: number | "" };

type UnitFormProps = {
  action: (prev: unknown, formData: FormData) => Promise<ActionResult<unknown>>;
  values: UnitFormValues;
  kindLabels: KindLabels;
  /** Set when the unit has reports: slug and kind can no longer change. */
  lockedReason?: string;
  submitLabel: string;
  /** After success, go to this path plus the new unit's id; stays on the form when absent. */
  redirectBase?: string;
};

export function UnitForm({ action, values, kindLabels, lockedReason, submitLabel, redirectBase }: UnitFormProps) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(async (prev: unknown, formData: FormData) => {
    const result = await action(prev, formData);
    if (result.ok && redirectBase) router.push(`${redirectBase}/${(result.data as { id: string }).id}?created=1`);
    return result;
  }, null);
  const errors = (field: string) => (state && !state.ok ? state.fieldErrors?.[field] : undefined);
  const isLocked = Boolean(lockedReason);

  return (
    // Submitted by hand rather than through <form action>: React resets a form after its action,
    // and a refused save must keep what the admin typed.
    <form
      onSubmit={(event) => {
        event.preventDefault();
        const formData = new FormData(event.currentTarget);
        startTransition(() => formAction(formData));
      }}
      className="max-w-2xl space-y-4 rounded-lg border border-stone-200 bg-white p-5"
      noValidate
    >
      {state ? <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert> : null}
      <Field id="unit-name" label="全称" hint="用作发布机构，如“重庆市涪陵区珍溪镇人民政府”。" errors={errors("name")}>
        {(aria) => <input {...aria} name="name" defaultValue={values.name} required maxLength={100} className={inputClass} />}
      </Field>
      <Field id="unit-short-name" label="简称" hint="用于列表和报告标题，如“珍溪镇”。" errors={errors("shortName")}>
        {(aria) => <input {...aria} name="shortName" defaultValue={values.shortName} required maxLength={30} className={inputClass} />}
      </Field>
      <Field id="unit-kind" label="类别" hint={isLocked ? lockedReason : "决定报告使用哪一套模板，以及单位出现在公开网站的哪个标签下。"} errors={errors("kind")}>
        {(aria) =>
          isLocked ? (
            <>
              <input type="hidden" name="kind" value={values.kind} />
              <input {...aria} value={kindLabels[values.kind]} readOnly className={`${inputClass} bg-stone-100`} />
            </>
          ) : (
            <select {...aria} name="kind" defaultValue={values.kind} className={inputClass}>
              <option value="TOWN">{kindLabels.TOWN}</option>
              <option value="DEPARTMENT">{kindLabels.DEPARTMENT}</option>
            </select>
          )
        }
      </Field>
      <Field id="unit-org-code" label="统一社会信用代码" hint="18 位，系统会核对校验位；用作索引号的前缀。" errors={errors("orgCode")}>
        {(aria) => <input {...aria} name="orgCode" defaultValue={values.orgCode} required maxLength={24} autoComplete="off" className={`${inputClass} font-mono`} />}
      </Field>
      <Field
        id="unit-slug"
        label="网址标识"
        hint={isLocked ? lockedReason : "公开报告网址中的单位部分，如 /reports/2024/zhenxi；只用小写字母、数字和“-”。单位有报告后不能再改。"}
        errors={errors("slug")}
      >
        {(aria) => <input {...aria} name="slug" defaultValue={values.slug} required maxLength={40} readOnly={isLocked} className={`${inputClass} font-mono ${isLocked ? "bg-stone-100" : ""}`} />}
      </Field>
      <Field id="unit-sort-order" label="顺序" hint="同一类别内从小到大排列；留空则排在最后。" errors={errors("sortOrder")}>
        {(aria) => <input {...aria} name="sortOrder" type="number" min={0} max={99999} defaultValue={values.sortOrder} className={`${inputClass} max-w-32`} />}
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "正在保存…" : submitLabel}
      </Button>
    </form>
  );
}
