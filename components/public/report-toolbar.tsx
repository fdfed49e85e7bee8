import type { PublishedReport } from "@/lib/public/get-published-report";
import type { ReportShare } from "@/lib/public/report-share";
import { PrintButton } from "./print-button";
import { SharePanel } from "./share-panel";
import { WordDownloadLink } from "./word-download-link";

type Props = { report: Pick<PublishedReport, "year" | "unit" | "title" | "isCurrentVersion" | "withdrawn">; share: ReportShare };

/** Print, download and share the report; the current version's address is the one to share. */
export function ReportToolbar({ report, share }: Props) {
  return (
    <div role="group" aria-label="阅读工具" data-print="hide" className="flex flex-wrap items-center justify-end gap-2">
      <PrintButton />
      <WordDownloadLink report={report} />
      <SharePanel share={share} title={report.title} />
    </div>
  );
}
