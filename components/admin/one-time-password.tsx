"use client";

import { useState } from "react";
import { Copy } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** Shown once, right after creation or a reset: the page never shows it again. */
export function OneTimePassword({ login, password }: { login: string; password: string }) {
  const [copied, setCopied] = useState<string | null>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(password);
      setCopied("已复制。");
    } catch {
      setCopied("浏览器不允许复制，请手工选中密码复制。");
    }
  }
  return (
    <Alert tone="warning" title="一次性初始密码（只显示这一次）">
      <p>
        账号 <strong>{login}</strong> 的密码：
        <code data-testid="one-time-password" className="mx-1 select-all rounded bg-white px-2 py-0.5 font-mono text-base tracking-wider text-stone-950">
          {password}
        </code>
      </p>
      <p className="mt-1">请当面或通过安全渠道交给本人。本人首次登录时必须先修改这个密码；离开本页后无法再次查看，忘记了只能重置。</p>
      <div className="mt-2 flex items-center gap-3">
        <Button variant="secondary" onClick={copy}>
          <Copy aria-hidden="true" className="size-4" />
          复制密码
        </Button>
        <span role="status">{copied}</span>
      </div>
    </Alert>
  );
}
