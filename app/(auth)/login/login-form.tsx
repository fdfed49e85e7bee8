"use client";

import { useState } from "react";
import { signIn } from "next-auth/react";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";

// next-auth v4 signs in through its own route, not a server action; the client call keeps the
// typed login on screen when the answer is an error.
export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      login: String(form.get("login") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    if (result?.ok && !result.error) {
      window.location.assign(callbackUrl);
      return;
    }
    setPending(false);
    setError(result?.error && result.error !== "CredentialsSignin" ? result.error : "账号或密码错误。");
  }

  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate={false}>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Field id="login" label="账号">
        {(aria) => <input {...aria} name="login" autoComplete="username" required maxLength={64} className={inputClass} />}
      </Field>
      <Field id="password" label="密码">
        {(aria) => <input {...aria} name="password" type="password" autoComplete="current-password" required maxLength={200} className={inputClass} />}
      </Field>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "正在登录…" : "登录"}
      </Button>
    </form>
  );
}
