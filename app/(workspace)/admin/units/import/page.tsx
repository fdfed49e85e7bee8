import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { importUnitsAction } from "@/app/(workspace)/admin/units/actions";
import { UnitImport } from "@/components/admin/unit-import";

export const metadata: Metadata = { title: "批量导入单位" };

const linkClass = "text-status-submitted underline-offset-4 hover:underline";

export default async function ImportUnitsPage() {
  const user = await requireUser();
  if (!can(user, "admin:manage")) notFound();
  return (
    <div className="space-y-5">
      <p className="text-sm">
        <Link href="/admin/units" className={linkClass}>
          ← 单位
        </Link>
      </p>
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">批量导入单位</h1>
        <p className="max-w-3xl text-sm text-stone-700">
          表格第一行为列名：全称、简称、类别（街镇或部门）、统一社会信用代码、网址标识(slug)、顺序（可省略）。每一行按网址标识（其次按统一社会信用代码）对应到已有单位：对应上的更新，对应不上的新增，与现有单位相同的不变。上传后先预览每一行的结果，确认后才写入；同一文件导入两次，第二次不会有任何更改。
        </p>
        <p className="text-sm">
          下载模板：
          <a href="/admin/units/template?format=xlsx" className={linkClass} download>
            Excel
          </a>
          {" · "}
          <a href="/admin/units/template?format=csv" className={linkClass} download>
            CSV
          </a>
          <span className="mx-2 text-stone-400">|</span>
          导出本区现有单位（改好后再导入）：
          <a href="/admin/units/template?format=xlsx&content=current" className={linkClass} download>
            Excel
          </a>
          {" · "}
          <a href="/admin/units/template?format=csv&content=current" className={linkClass} download>
            CSV
          </a>
        </p>
      </div>
      <UnitImport action={importUnitsAction} />
    </div>
  );
}
