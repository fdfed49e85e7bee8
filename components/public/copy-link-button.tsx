"use client";

import { useState } from "react";
import { Link2 } from "lucide-react";

/** Copies the report's address; where the clipboard is refused, the visible address can still be selected. */
export function CopyLinkButton({ url }: { url: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(url);
            setState("copied");
          } catch {
            setState("failed");
          }
        }}
        className="inline-flex items-center gap-1.5 rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm text-stone-700 hover:bg-stone-100"
      >
        <Link2 aria-hidden="true" className="size-4" />
        复制链接
      </button>
      <span role="status" className="text-sm text-stone-700">
        {state === "copied" ? "链接已复制" : state === "failed" ? "无法自动复制，请手动选择上面的链接" : ""}
      </span>
    </span>
  );
}
