import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { listUserSessions } from "@/lib/auth/sessions/list-user-sessions";
import { formatChineseDateTime } from "@/lib/dates";
import { EndSessionButton } from "./end-session-button";
import { endOtherSessionsAction, endSessionAction } from "./actions";

export const metadata: Metadata = { title: "登录会话" };

export default async function SessionsPage() {
  const user = await requireUser();
  const sessions = await listUserSessions(user.id);
  const others = sessions.filter((s) => s.id !== user.sessionId);
  return (
    <div className="mx-auto max-w-3xl space-y-5">
      <div>
        <h1 className="text-2xl font-semibold">登录会话</h1>
        <p className="mt-1 text-sm text-stone-600">
          您的账号目前在这些地方登录。不认识的登录请立即结束，并
          <Link href="/account/password" className="text-status-submitted hover:underline">
            修改密码
          </Link>
          。无操作 30 分钟或登录满 12 小时的会话会自动结束。
        </p>
      </div>
      <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
        {sessions.map((session) => {
          const isCurrent = session.id === user.sessionId;
          return (
            <li key={session.id} className="flex flex-wrap items-center gap-4 px-5 py-4" aria-label={isCurrent ? "当前会话" : "其他会话"}>
              <div className="min-w-0 flex-1 space-y-1 text-sm">
                <p className="font-medium text-stone-900">
                  {session.browser}
                  {isCurrent ? <span className="ml-2 rounded bg-green-100 px-2 py-0.5 text-xs text-green-900">当前会话</span> : null}
                </p>
                <p className="text-stone-600">
                  地址 {session.ip ?? "未知"} · 登录于 {formatChineseDateTime(session.createdAt)} · 最近活动 {formatChineseDateTime(session.lastSeenAt)}
                </p>
              </div>
              {isCurrent ? null : <EndSessionButton action={endSessionAction.bind(null, session.id)} label="结束此会话" pendingLabel="正在结束…" />}
            </li>
          );
        })}
      </ul>
      {others.length > 0 ? (
        <EndSessionButton action={endOtherSessionsAction} label="结束其他全部会话" pendingLabel="正在结束…" />
      ) : (
        <p className="text-sm text-stone-600">没有其他会话：您只在这里登录。</p>
      )}
    </div>
  );
}
