import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { roleLabels } from "@/lib/auth/role-labels";
import { roles } from "@/lib/auth/permissions";
import { formatChineseDateTime } from "@/lib/dates";
import { listUsers } from "@/lib/users/list-users";
import { listUnitOptions } from "@/lib/users/list-unit-options";
import { parseUserQuery, userQueryHref, userSortHref, type UserQuery, type UserSortKey } from "@/lib/users/user-query";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { UserStateLabel } from "@/components/admin/user-state-label";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { cn } from "@/lib/utils";
import { createUserAction } from "./actions";

export const metadata: Metadata = { title: "用户管理" };

const columns: { key: UserSortKey; label: string }[] = [
  { key: "name", label: "姓名" },
  { key: "login", label: "账号" },
  { key: "role", label: "角色" },
  { key: "unit", label: "单位" },
  { key: "lastLogin", label: "最近登录" },
  { key: "status", label: "状态" },
];

function SortHeader({ column, query }: { column: (typeof columns)[number]; query: UserQuery }) {
  const isSorted = query.sort === column.key;
  return (
    <th scope="col" aria-sort={isSorted ? (query.dir === "asc" ? "ascending" : "descending") : undefined} className="px-4 py-2 font-medium">
      <Link href={userSortHref(query, column.key)} className="inline-flex items-center gap-1 hover:underline">
        {column.label}
        <span aria-hidden="true" className={cn("text-xs", isSorted ? "text-stone-800" : "text-stone-400")}>
          {isSorted ? (query.dir === "asc" ? "▲" : "▼") : "↕"}
        </span>
        <span className="sr-only">（点击排序）</span>
      </Link>
    </th>
  );
}

export default async function AdminUsersPage(props: PageProps<"/admin/users">) {
  const user = await requireUser();
  if (!can(user, "admin:manage")) notFound();
  const query = parseUserQuery(await props.searchParams);
  const [rows, units] = await Promise.all([listUsers({ actor: user, query }), listUnitOptions({ actor: user })]);
  const isFiltered = Boolean(query.role || query.unit || query.q || query.active !== "active");

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">用户管理</h1>
          <p className="mt-1 text-sm text-stone-600">
            {isFiltered ? `符合条件的用户 ${rows.length} 个。` : `启用的用户 ${rows.length} 个。`}停用的账号保留其全部记录，不能登录。
          </p>
        </div>
      </div>

      <form method="get" action="/admin/users" className="flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-4 text-sm">
        <label className="space-y-1">
          <span className="block font-medium">姓名或账号</span>
          <input name="q" defaultValue={query.q} maxLength={50} className={inputClass} />
        </label>
        <label className="space-y-1">
          <span className="block font-medium">角色</span>
          <select name="role" defaultValue={query.role ?? ""} className={inputClass}>
            <option value="">全部</option>
            {roles.map((r) => (
              <option key={r} value={r}>{roleLabels[r]}</option>
            ))}
          </select>
        </label>
        <label className="space-y-1">
          <span className="block font-medium">单位</span>
          <select name="unit" defaultValue={query.unit ?? ""} className={inputClass}>
            <option value="">全部</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>{u.shortName}</option>
            ))}
          </select>
        </label>
        <label className="space-y-1">
          <span className="block font-medium">账号状态</span>
          <select name="active" defaultValue={query.active} className={inputClass}>
            <option value="active">启用</option>
            <option value="inactive">已停用</option>
            <option value="all">全部</option>
          </select>
        </label>
        <input type="hidden" name="sort" value={query.sort} />
        <input type="hidden" name="dir" value={query.dir} />
        <button type="submit" className={buttonClass("secondary")}>筛选</button>
        {isFiltered ? <Link href={userQueryHref({ ...query, role: undefined, unit: undefined, q: "", active: "active" })} className="py-2 text-status-submitted hover:underline">清除筛选</Link> : null}
      </form>

      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-8 text-center text-stone-600">
          {isFiltered ? "没有符合筛选条件的用户。" : "还没有用户。请在下方创建第一个账号。"}
        </p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">用户列表</caption>
            <thead className="bg-stone-100 text-stone-700">
              <tr>
                {columns.map((c) => <SortHeader key={c.key} column={c} query={query} />)}
                <th scope="col" className="px-4 py-2 font-medium">会话</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-200">
              {rows.map((row) => (
                <tr key={row.id} data-testid={`user-row-${row.login}`}>
                  <th scope="row" className="px-4 py-2 font-medium">
                    <Link href={`/admin/users/${row.id}`} className="text-status-submitted hover:underline">{row.name}</Link>
                  </th>
                  <td className="px-4 py-2 font-mono">{row.login}</td>
                  <td className="px-4 py-2">{roleLabels[row.role]}</td>
                  <td className="px-4 py-2">{row.unitName ?? "—"}</td>
                  <td className="px-4 py-2 text-stone-600">
                    {row.lastLoginAt ? `${formatChineseDateTime(row.lastLoginAt)}${row.lastLoginIp ? ` · ${row.lastLoginIp}` : ""}` : "从未登录"}
                  </td>
                  <td className="px-4 py-2"><UserStateLabel user={row} /></td>
                  <td className="px-4 py-2 text-stone-600">{row.activeSessions ? `${row.activeSessions} 个` : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <section aria-labelledby="new-user-heading" className="rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="new-user-heading" className="mb-3 text-lg font-semibold">创建账号</h2>
        <CreateUserForm action={createUserAction} units={units.filter((u) => u.isActive)} />
      </section>
    </div>
  );
}
