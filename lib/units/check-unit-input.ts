import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { checkCreditCode } from "@/lib/units/credit-code";
import type { UnitFormInput } from "@/lib/units/schemas";
import type { UnitSnapshot } from "@/lib/units/unit-snapshot";

/**
 * The rules a form's zod schema cannot know: the code's check character (only when the code is
 * new or changed — rows from before validation keep their code while other fields are edited),
 * slug and code unique in the district, and slug and kind fixed once the unit has a report
 * (public report URLs carry the slug; the kind picks the report's template).
 */
export async function checkUnitInput(tx: Tx, districtId: string, input: UnitFormInput, existing: UnitSnapshot | null): Promise<void> {
  const fieldErrors: Record<string, string[]> = {};
  const add = (field: string, message: string) => (fieldErrors[field] ??= []).push(message);

  if (!existing || existing.orgCode !== input.orgCode) {
    const check = checkCreditCode(input.orgCode);
    if (!check.isValid) add("orgCode", check.message);
  }
  const others = await tx.unit.findMany({
    where: { districtId, OR: [{ slug: input.slug }, { orgCode: input.orgCode }], ...(existing ? { id: { not: existing.id } } : {}) },
    select: { slug: true, orgCode: true, shortName: true },
  });
  for (const other of others) {
    if (other.slug === input.slug) add("slug", `网址标识“${input.slug}”已被“${other.shortName}”使用。`);
    if (other.orgCode === input.orgCode) add("orgCode", `该统一社会信用代码已被“${other.shortName}”使用。`);
  }
  if (existing && (existing.slug !== input.slug || existing.kind !== input.kind)) {
    const reports = await tx.report.count({ where: { unitId: existing.id } });
    if (reports > 0 && existing.slug !== input.slug) add("slug", `该单位已有 ${reports} 份报告，网址标识不能再修改（公开报告的网址依赖它）。`);
    if (reports > 0 && existing.kind !== input.kind) add("kind", `该单位已有 ${reports} 份报告，不能改变类别（类别决定报告使用的模板）。`);
  }
  if (Object.keys(fieldErrors).length > 0) throw new AppError("INVALID_INPUT", "填写内容有误，请按提示修改。", { fieldErrors });
}
