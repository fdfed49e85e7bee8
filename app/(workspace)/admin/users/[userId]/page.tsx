import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { roleLabels } from "@/lib/auth/role-labels";
import { formatChineseDateTime } from "@/lib/dates";
import { getUser } from "@/lib/users/get-user";
import { getUserEmail } from "@/lib/users/get-user-email";
import { listUnitOptions } from "@/lib/users/list-unit-options";
import { endSessionAction, resetPasswordAction, setUserActiveAction, unlockUserAction, updateUserAction } from "@/app/(workspace)/admin/users/actions";
import { UserStateLabel } from "@/components/admin/user-state-label";
import { UserAdminPanel } from "@/components/admin/user-admin-panel";
import { EndSessionButton } from "@/components/admin/end-session-button";

export const metadata: Metadata = { title: "用户详情" };

export default async function AdminUserPage(props: PageProps<"/admin/users/[userId]">) {
  const user = await requireUser();
  if (!can(user, "admin:manage")) notFound();
  const { userId } = await props.params;
  const [target, email, units] = await Promise.all([getUser({ actor: user, userId }), getUserEmail({ actor: user, userId }), listUnitOptions({ actor: user })]);
  if (!target) notFound();
  // Held in a variable so the e-mail reaches the edit fields through the panel's narrower type.
  const panelUser = { id: target.id, name: target.name, login: target.login, role: target.role, unitId: target.unitId, email, isActive: target.isActive, isLocked: target.isLocked, sessions: target.activeSessions };

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
      <div className="space-y-5">
        <nav aria-label="位置" className="text-sm text-stone-600">
          <Link href="/admin/users" className="hover:underline">用户管理</Link> › {target.name}
        </nav>
        <div>
          <h1 className="text-2xl font-semibold">{target.name}</h1>
          <p className="mt-2 flex flex-wrap items-center gap-3 text-sm text-stone-700">
            <span className="font-mono">{target.login}</span>
            <span>{roleLabels[target.role]}{target.unitName ? ` · ${target.unitName}` : ""}</span>
            <UserStateLabel user={target} />
          </p>
          <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="text-stone-600">邮箱</dt>
            <dd data-testid="user-email">{email ?? <span className="text-stone-500">未设置（只在站内收到通知）</span>}</dd>
            <dt className="text-stone-600">最近登录</dt>
            <dd>{target.lastLoginAt ? `${formatChineseDateTime(target.lastLoginAt)}${target.lastLoginIp ? `，来自 ${target.lastLoginIp}` : ""}` : "从未登录"}</dd>
            <dt className="text-stone-600">密码设置于</dt>
            <dd>{target.passwordChangedAt ? formatChineseDateTime(target.passwordChangedAt) : "—"}</dd>
            <dt className="text-stone-600">账号创建于</dt>
            <dd>{formatChineseDateTime(target.createdAt)}</dd>
          </dl>
        </div>

        <section aria-labelledby="sessions-heading">
          <h2 id="sessions-heading" className="mb-2 text-lg font-semibold">当前会话（{target.sessions.length} 个）</h2>
          {target.sessions.length === 0 ? (
            <p className="rounded-lg border border-dashed border-stone-300 bg-white p-4 text-sm text-stone-600">该用户目前没有登录中的会话。</p>
          ) : (
            <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
              {target.sessions.map((s) => (
                <li key={s.id} className="flex flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 text-sm" data-testid="session-row">
                  <div className="min-w-0 flex-1">
                    <p>登录于 {formatChineseDateTime(s.createdAt)} · 最近活动 {formatChineseDateTime(s.lastSeenAt)}</p>
                    <p className="truncate text-stone-600">{s.ip ?? "地址未知"} · {s.userAgent ?? "浏览器未知"}</p>
                  </div>
                  <EndSessionButton action={endSessionAction} sessionId={s.id} userId={target.id} />
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <aside className="space-y-5">
        <UserAdminPanel
          user={panelUser}
          units={units}
          isSelf={target.id === user.id}
          actions={{ update: updateUserAction, resetPassword: resetPasswordAction, unlock: unlockUserAction, setActive: setUserActiveAction }}
        />
      </aside>
    </div>
  );
}
