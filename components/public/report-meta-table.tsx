import type { PublishedReport } from "@/lib/public/get-published-report";
import { formatChineseDate } from "@/lib/dates";

type MetaFields = Pick<PublishedReport, "indexNumber" | "publisher" | "docNumber" | "documentDate" | "publishedAt" | "correctedAt">;

/** The 政府信息公开 metadata block that sits above the title, as on government portals. */
export function ReportMetaTable({ report }: { report: MetaFields }) {
  const rows: [string, string][] = [
    ["索引号", report.indexNumber],
    ["发布机构", report.publisher],
    ["字号", report.docNumber.trim() || "无"],
    ["成文日期", report.documentDate ? formatChineseDate(report.documentDate) : "—"],
    ["发布日期", formatChineseDate(report.publishedAt)],
    ...(report.correctedAt ? [["更正日期", formatChineseDate(report.correctedAt)] as [string, string]] : []),
  ];
  return (
    <table className="report-meta w-full border-collapse border border-stone-300 bg-white text-sm">
      <caption className="sr-only">文件信息</caption>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label} className="border-b border-stone-200 last:border-b-0">
            <th scope="row" className="w-24 bg-stone-100 px-3 py-1.5 text-left font-medium whitespace-nowrap text-stone-700 sm:w-28">
              {label}
            </th>
            <td className="px-3 py-1.5 break-all text-stone-900">{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
