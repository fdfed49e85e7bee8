import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { safeCallbackPath } from "@/lib/auth/safe-callback-path";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "工作人员登录" };

export default async function LoginPage(props: PageProps<"/login">) {
  const searchParams = await props.searchParams;
  const callbackUrl = safeCallbackPath(typeof searchParams.callbackUrl === "string" ? searchParams.callbackUrl : undefined);
  const user = await getSessionUser();
  if (user) redirect(user.mustChangePassword ? "/account/password" : callbackUrl);
  return (
    <main id="main" className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <p className="text-center text-sm text-stone-600">
          <Link href="/" className="underline-offset-4 hover:underline">
            重庆市涪陵区 · 法治政府建设年度报告
          </Link>
        </p>
        <h1 className="mt-2 text-center text-2xl font-semibold text-stone-900">法治年报 · 工作人员登录</h1>
        <div className="mt-8 rounded-lg border border-stone-200 bg-white p-6 shadow-sm">
          <LoginForm callbackUrl={callbackUrl} />
        </div>
        <p className="mt-6 text-center text-xs text-stone-600">在同一地址连续 5 次登录失败，将暂停该账号在此地址登录 15 分钟；无操作 30 分钟自动退出。忘记密码请联系区依法治区办管理员。</p>
      </div>
    </main>
  );
}
