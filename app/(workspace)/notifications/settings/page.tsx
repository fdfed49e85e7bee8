import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getNotificationSettings } from "@/lib/notifications/notification-settings";
import { NotificationSettingsForm } from "@/components/notifications/notification-settings-form";
import { Alert } from "@/components/ui/alert";
import { saveNotificationSettingsAction } from "./actions";

export const metadata: Metadata = { title: "通知设置" };

export default async function NotificationSettingsPage() {
  const user = await requireUser();
  const settings = await getNotificationSettings(user);

  return (
    <div className="mx-auto max-w-3xl space-y-5">
      <nav aria-label="位置" className="text-sm text-stone-600">
        <Link href="/notifications" className="hover:underline">通知</Link> › 通知设置
      </nav>
      <div>
        <h1 className="text-2xl font-semibold">通知设置</h1>
        <p className="mt-1 text-sm text-stone-600">所有通知都会在站内“通知”中显示；勾选的类别还会同时发送到您的邮箱。</p>
      </div>

      {settings.mailEnabled ? null : <Alert tone="warning">本系统尚未配置邮件服务器，通知只在站内显示。</Alert>}
      <p className="text-sm text-stone-700" data-testid="notification-email">
        {settings.email ? (
          <>
            邮件将发送到 <span className="font-medium">{settings.email}</span>。如需更改邮箱，请联系系统管理员。
          </>
        ) : (
          "管理员尚未为您设置邮箱，邮件通知不会发送。"
        )}
      </p>

      {settings.kinds.length > 0 ? (
        <NotificationSettingsForm action={saveNotificationSettingsAction} kinds={settings.kinds} />
      ) : (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-sm text-stone-600">您的角色不接收报告相关的通知，无需设置。</p>
      )}
    </div>
  );
}
