import { Share2 } from "lucide-react";
import type { ReportShare } from "@/lib/public/report-share";
import { CopyLinkButton } from "./copy-link-button";

/**
 * 分享: the report's address to copy and its QR code for phones. A native disclosure, so it opens
 * with the keyboard and without JavaScript.
 */
export function SharePanel({ share, title }: { share: ReportShare; title: string }) {
  return (
    <details className="group relative">
      <summary className="inline-flex cursor-pointer list-none items-center gap-1.5 rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm text-stone-700 hover:bg-stone-100 [&::-webkit-details-marker]:hidden">
        <Share2 aria-hidden="true" className="size-4" />
        分享
      </summary>
      <div className="absolute right-0 z-10 mt-2 w-72 max-w-[calc(100vw-2rem)] space-y-3 rounded-lg border border-stone-300 bg-white p-4 shadow-lg">
        <p className="text-sm break-all text-stone-900" data-testid="share-url">
          {share.url}
        </p>
        <CopyLinkButton url={share.url} />
        <figure className="space-y-1">
          <div
            role="img"
            aria-label={`${title}的二维码`}
            className="mx-auto size-40 [&>svg]:size-full"
            // The SVG comes from the QR library, drawn from our own URL: no user text in it.
            dangerouslySetInnerHTML={{ __html: share.qrSvg }}
          />
          <figcaption className="text-center text-xs text-stone-600">用手机扫码阅读</figcaption>
        </figure>
      </div>
    </details>
  );
}
