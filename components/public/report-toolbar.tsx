import type { PublishedReport } from "@/lib/public/get-published-report";
import { PrintButton } from "./print-button";
import { TextSizeSwitch } from "./text-size-switch";
import { WordDownloadLink } from "./word-download-link";

type Props = { report: Pick<PublishedReport, "year" | "unit" | "isCurrentVersion" | "withdrawn"> };

export function ReportToolbar({ report }: Props) {
  return (
    <div role="group" aria-label="阅读工具" data-print="hide" className="flex flex-wrap items-center justify-end gap-2">
      <TextSizeSwitch />
      <PrintButton />
      <WordDownloadLink report={report} />
    </div>
  );
}
