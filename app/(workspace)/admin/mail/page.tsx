import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { formatChineseDateTime } from "@/lib/dates";
import { listFailedMail } from "@/lib/mail/failed-mail";
import { mailSettings } from "@/lib/mail/mail-settings";
import { mailOffReason } from "@/lib/admin/mail-off-reason";
import { ActionButtonForm } from "@/components/notifications/action-button-form";
import { Alert } from "@/components/ui/alert";
import { resendMailAction } from "./actions";

export const metadata: Metadata = { title: "邮件通知" };

// listFailedMail returns at most this many; more are still counted as "at least".
const failedLimit = 100;

export default async function AdminMailPage() {
  const user = await requireUser();
  if (!can(user, "admin:manage")) notFound();
  const { failed, pending, sentToday } = await listFailedMail({ actor: user, limit: failedLimit });
  const settings = mailSettings();
  const offReason = mailOffReason(settings);

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">邮件通知</h1>
        <p className="mt-1 text-sm text-stone-600">用户在“通知设置”中勾选的通知，会由后台同时发送到管理员为其设置的邮箱。</p>
      </div>

      {offReason ? (
        <Alert tone="warning" title={`${offReason}。`}>
          在服务器的环境变量中设置 SMTP_URL（如 smtp://用户名:密码@邮件服务器:587）和 MAIL_FROM（发件人地址）并重启后开启。
        </Alert>
      ) : (
        <Alert tone="success" title="邮件通知已开启。">
          发件人：{settings.from}
        </Alert>
      )}

      <dl className="grid gap-4 sm:grid-cols-3">
        <div className="rounded-lg border border-stone-200 bg-white p-4">
          <dt className="text-sm text-stone-600">等待发送</dt>
          <dd className="text-2xl font-semibold" data-testid="mail-pending">{pending}</dd>
        </div>
        <div className="rounded-lg border border-stone-200 bg-white p-4">
          <dt className="text-sm text-stone-600">最近 24 小时已发送</dt>
          <dd className="text-2xl font-semibold" data-testid="mail-sent">{sentToday}</dd>
        </div>
        <div className="rounded-lg border border-stone-200 bg-white p-4">
          <dt className="text-sm text-stone-600">发送失败</dt>
          <dd className="text-2xl font-semibold" data-testid="mail-failed">{failed.length >= failedLimit ? `${failedLimit}+` : failed.length}</dd>
        </div>
      </dl>

      <section aria-labelledby="failed-heading" className="space-y-3">
        <h2 id="failed-heading" className="text-lg font-semibold">发送失败的邮件</h2>
        {failed.length === 0 ? (
          <p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-sm text-stone-600">没有发送失败的邮件。</p>
        ) : (
          <>
            <p className="text-sm text-stone-600">后台多次重试仍未送达。请核对收件人邮箱和邮件服务器后重新发送；站内通知不受影响。</p>
            <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
              <table className="w-full text-left text-sm">
                <caption className="sr-only">发送失败的邮件</caption>
                <thead className="bg-stone-100 text-stone-700">
                  <tr>
                    <th scope="col" className="px-4 py-2 font-medium">收件人</th>
                    <th scope="col" className="px-4 py-2 font-medium">主题</th>
                    <th scope="col" className="px-4 py-2 font-medium">尝试次数</th>
                    <th scope="col" className="px-4 py-2 font-medium">最后的错误</th>
                    <th scope="col" className="px-4 py-2 font-medium">时间</th>
                    <th scope="col" className="px-4 py-2 font-medium"><span className="sr-only">操作</span></th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-stone-200">
                  {failed.map((mail) => (
                    <tr key={mail.id} data-testid="failed-mail-row">
                      <td className="px-4 py-2 font-mono">{mail.to}</td>
                      <td className="px-4 py-2">{mail.subject}</td>
                      <td className="px-4 py-2">{mail.attempts} 次</td>
                      <td className="max-w-xs px-4 py-2 break-words text-stone-700">{mail.lastError ?? "—"}</td>
                      <td className="px-4 py-2 text-stone-600">
                        <p>生成于 {formatChineseDateTime(mail.createdAt)}</p>
                        {mail.lastTriedAt ? <p>最后尝试 {formatChineseDateTime(mail.lastTriedAt)}</p> : null}
                      </td>
                      <td className="px-4 py-2">
                        <ActionButtonForm action={resendMailAction} hidden={{ id: mail.id }} label="重新发送" pendingLabel="正在加入队列…" context={`${mail.to}，${mail.subject}`} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>
    </div>
  );
}
