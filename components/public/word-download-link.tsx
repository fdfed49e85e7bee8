import { FileDown } from "lucide-react";
import type { PublishedReport } from "@/lib/public/get-published-report";

type Props = { report: Pick<PublishedReport, "year" | "unit" | "isCurrentVersion" | "withdrawn"> };

/** 下载 Word: the current text only, so not on an earlier version's page nor once withdrawn. */
export function WordDownloadLink({ report }: Props) {
  if (!report.isCurrentVersion || report.withdrawn) return null;
  // A plain link: the router would prefetch a file download.
  return (
    <a
      href={`/reports/${report.year}/${report.unit.slug}/word`}
      download
      className="inline-flex items-center gap-1.5 rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm text-stone-700 hover:bg-stone-100"
    >
      <FileDown aria-hidden="true" className="size-4" />
      下载 Word
    </a>
  );
}
