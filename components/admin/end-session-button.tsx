"use client";

import { ConfirmedActionForm, type AdminAction } from "@/components/admin/confirmed-action-form";

export function EndSessionButton({ action, sessionId, userId }: { action: AdminAction; sessionId: string; userId: string }) {
  return (
    <ConfirmedActionForm
      action={action}
      hidden={{ sessionId, userId }}
      label="结束会话"
      variant="secondary"
      confirmTitle="结束这个会话"
      confirmDescription="该浏览器中的登录立即失效，下一次操作时会回到登录页；尚未保存的输入可能丢失。用户的其他会话不受影响。"
      className="flex items-center gap-2"
    />
  );
}
