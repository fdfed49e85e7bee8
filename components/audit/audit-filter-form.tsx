import Link from "next/link";
import { auditKinds, auditKindLabels } from "@/lib/audit/events";
import type { AuditFilters } from "@/lib/audit/audit-query";
import type { AuditFilterOptions } from "@/lib/audit/list-audit-filter-options";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { cn } from "@/lib/utils";

const unitKindLabels = { TOWN: "街镇", DEPARTMENT: "部门" } as const;

/** A plain GET form: filtering works without JavaScript, and the URL can be bookmarked or shared. */
export function AuditFilterForm({ filters, options }: { filters: AuditFilters; options: AuditFilterOptions }) {
  const selectClass = cn(inputClass, "w-full");
  return (
    <form method="get" action="/review/audit" className="grid gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-[repeat(5,minmax(0,1fr))_auto]">
      <label className="grid gap-1 text-sm">
        <span className="font-medium">用户</span>
        <select name="user" defaultValue={filters.userId ?? ""} className={selectClass}>
          <option value="">全部用户</option>
          {options.users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.label}
            </option>
          ))}
        </select>
      </label>
      <label className="grid gap-1 text-sm">
        <span className="font-medium">单位</span>
        <select name="unit" defaultValue={filters.unitId ?? ""} className={selectClass}>
          <option value="">全部单位</option>
          {(["TOWN", "DEPARTMENT"] as const).map((kind) => (
            <optgroup key={kind} label={unitKindLabels[kind]}>
              {options.units
                .filter((u) => u.kind === kind)
                .map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.shortName}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </label>
      <label className="grid gap-1 text-sm">
        <span className="font-medium">操作类型</span>
        <select name="kind" defaultValue={filters.kind ?? ""} className={selectClass}>
          <option value="">全部操作</option>
          {auditKinds.options.map((kind) => (
            <option key={kind} value={kind}>
              {auditKindLabels[kind]}
            </option>
          ))}
        </select>
      </label>
      <label className="grid gap-1 text-sm">
        <span className="font-medium">开始日期</span>
        <input type="date" name="from" defaultValue={filters.from ?? ""} className={selectClass} />
      </label>
      <label className="grid gap-1 text-sm">
        <span className="font-medium">结束日期</span>
        <input type="date" name="to" defaultValue={filters.to ?? ""} className={selectClass} />
      </label>
      <div className="flex items-end gap-2">
        <button type="submit" className={buttonClass("primary")}>
          筛选
        </button>
        <Link href="/review/audit" className={buttonClass("ghost")}>
          清除
        </Link>
      </div>
      <p className="text-xs text-stone-600 sm:col-span-2 lg:col-span-6">日期按北京时间计算，含开始和结束当天。“单位”包括该单位报告上的操作和该单位人员的操作（如登录）。</p>
    </form>
  );
}
