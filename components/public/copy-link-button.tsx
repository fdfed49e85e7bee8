import { Link2 } from "lucide-react";

/**
 * Copies the report's address through the page tools script (page-tools.ts); where the clipboard
 * is refused, the visible address can still be selected.
 */
export function CopyLinkButton({ url }: { url: string }) {
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        data-action="copy-link"
        data-url={url}
        className="inline-flex items-center gap-1.5 rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm text-stone-700 hover:bg-stone-100"
      >
        <Link2 aria-hidden="true" className="size-4" />
        复制链接
      </button>
      <span role="status" data-copy-status className="text-sm text-stone-700" />
    </span>
  );
}
