import type { Metadata } from "next";
import Link from "next/link";
import { requireSessionUser } from "@/lib/auth/session";
import { passwordRuleText } from "@/lib/auth/password-policy";
import { Alert } from "@/components/ui/alert";
import { PasswordForm } from "./password-form";

export const metadata: Metadata = { title: "修改密码" };

export default async function PasswordPage() {
  const user = await requireSessionUser();
  return (
    <div className="mx-auto max-w-md space-y-5">
      <h1 className="text-2xl font-semibold">修改密码</h1>
      {user.mustChangePassword ? (
        <Alert tone="warning" title="请先修改密码">
          您正在使用管理员设置的一次性密码。修改密码后才能继续使用系统。
        </Alert>
      ) : (
        <p className="text-sm text-stone-600">
          修改后，您在其他电脑或浏览器上的登录会全部退出，当前这次登录保留。
          <Link href="/account/sessions" className="ml-1 text-status-submitted hover:underline">
            查看登录会话
          </Link>
        </p>
      )}
      <div className="rounded-lg border border-stone-200 bg-white p-6 shadow-sm">
        <PasswordForm isForced={user.mustChangePassword} ruleText={passwordRuleText} />
      </div>
    </div>
  );
}
