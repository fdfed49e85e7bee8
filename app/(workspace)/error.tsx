"use client";

import { Button } from "@/components/ui/button";

export default function WorkspaceError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-lg rounded-lg border border-red-200 bg-white p-6">
      <h1 className="text-lg font-semibold text-red-800">页面出错了</h1>
      <p className="mt-2 text-sm text-stone-700">系统处理时发生错误，您填写的内容没有丢失。请重试；如果问题持续，请联系管理员。</p>
      <Button className="mt-4" onClick={() => reset()}>
        重试
      </Button>
    </div>
  );
}
