import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getTemplate } from "@/lib/templates/get-template";
import { saveTemplateAction } from "@/app/(workspace)/admin/years/actions";
import { TemplateEditor } from "@/components/admin/template-editor";
import { cn } from "@/lib/utils";

export const metadata: Metadata = { title: "报告模板" };

const kinds = { town: { unitKind: "TOWN", label: "街镇" }, department: { unitKind: "DEPARTMENT", label: "部门" } } as const;

export default async function AdminTemplatePage(props: PageProps<"/admin/years/[year]/templates/[kind]">) {
  const user = await requireUser();
  if (!can(user, "admin:manage")) notFound();
  const params = await props.params;
  const kind = kinds[params.kind as keyof typeof kinds];
  const year = Number(params.year);
  if (!kind || !Number.isInteger(year)) notFound();
  const template = await getTemplate({ actor: user, year, unitKind: kind.unitKind });
  if (!template) notFound();

  return (
    <div className="max-w-4xl space-y-5">
      <nav aria-label="位置" className="text-sm text-stone-600">
        <Link href="/admin/years" className="hover:underline">报告年度与模板</Link> ›{" "}
        <Link href={`/admin/years/${year}`} className="hover:underline">{year}年度</Link> › {kind.label}模板
      </nav>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <h1 className="text-2xl font-semibold">{year}年度{kind.label}报告模板</h1>
        <nav aria-label="单位类别" className="flex gap-2 text-sm">
          {Object.entries(kinds).map(([slug, k]) => (
            <Link key={slug} href={`/admin/years/${year}/templates/${slug}`} aria-current={k === kind ? "page" : undefined}
              className={cn("rounded-md border px-3 py-1.5", k === kind ? "border-brand-700 bg-brand-50 text-brand-800" : "border-stone-300 bg-white")}>
              {k.label}
            </Link>
          ))}
        </nav>
      </div>
      <p className="text-sm text-stone-600">
        二级标题属于它上方最近的一级标题。各部分的键在创建时生成、永不改变，报告和统计指标都按键对应；指标改名不改键，历年数字仍可比较。保存时整份提纲作为一次修改写入，并同步到本年度正在填写或审核中的报告，任何已填写的文字都不会丢失。
      </p>
      <TemplateEditor
        action={saveTemplateAction}
        year={year}
        unitKind={kind.unitKind}
        baseHash={template.baseHash}
        initial={template.sections.map((s) => ({ ...s, level: s.level }))}
        reportsInProgress={template.reportsInProgress}
        reportsPublished={template.reportsPublished}
      />
    </div>
  );
}
