import Link from "next/link";
import { getSessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { roleLabels } from "@/lib/auth/role-labels";
import { countUnreadNotifications } from "@/lib/notifications/list-notifications";
import { SignOutButton } from "@/components/workspace/sign-out-button";
import { NotificationBell } from "@/components/notifications/notification-bell";

// Fetches the user for the header only; every page and action checks access itself.
export default async function WorkspaceLayout({ children }: { children: React.ReactNode }) {
  // The session user, so a user with a one-time password still sees who they are and 退出.
  const user = await getSessionUser();
  const canNavigate = user !== null && !user.mustChangePassword;
  const unread = canNavigate ? await countUnreadNotifications(user.id) : 0;
  return (
    <div className="min-h-screen">
      <header className="border-b border-stone-200 bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/workspace" className="text-lg font-semibold text-brand-700">
            法治年报
          </Link>
          {canNavigate ? (
            <nav aria-label="工作台" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
              {/* Clerks write their unit's reports there; unit heads read and sign them off. */}
              {can(user, "report:read") && user.unitId ? (
                <Link href="/workspace" className="text-stone-700 hover:text-stone-950 hover:underline">
                  我的报告
                </Link>
              ) : null}
              {can(user, "review:list") ? (
                <Link href="/review" className="text-stone-700 hover:text-stone-950 hover:underline">
                  审核台
                </Link>
              ) : null}
              {can(user, "review:list") ? (
                <Link href="/review/statistics" className="text-stone-700 hover:text-stone-950 hover:underline">
                  统计与汇编
                </Link>
              ) : null}
              {can(user, "audit:list") ? (
                <Link href="/review/audit" className="text-stone-700 hover:text-stone-950 hover:underline">
                  审计日志
                </Link>
              ) : null}
              {can(user, "admin:manage") ? (
                <Link href="/admin" className="text-stone-700 hover:text-stone-950 hover:underline">
                  系统管理
                </Link>
              ) : null}
              <Link href="/" className="text-stone-700 hover:text-stone-950 hover:underline">
                公开网站
              </Link>
            </nav>
          ) : null}
          {user ? (
            <div className="ml-auto flex flex-wrap items-center justify-end gap-x-3 gap-y-1 text-sm text-stone-700">
              {canNavigate ? <NotificationBell unread={unread} /> : null}
              {canNavigate ? (
                <Link href="/account/sessions" title="登录会话与修改密码" className="hover:underline">
                  {user.name}
                  <span className="text-stone-500">
                    {" "}· {roleLabels[user.role]}
                    {user.unitName ? ` · ${user.unitName}` : ""}
                  </span>
                </Link>
              ) : (
                <span>{user.name}</span>
              )}
              {canNavigate ? (
                <Link href="/account/password" className="text-stone-700 hover:text-stone-950 hover:underline">
                  修改密码
                </Link>
              ) : null}
              <SignOutButton />
            </div>
          ) : null}
        </div>
      </header>
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
