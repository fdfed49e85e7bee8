import { ReportBody } from "@/components/public/report-body";
import { compilationTitle, metadataLine } from "@/lib/compilation/build-compilation-docx";
import type { CompilationReports } from "@/lib/compilation/list-compilation-reports";
import { formatChineseDate } from "@/lib/dates";

/**
 * The year's compilation as one printable page, in the order of the Word file: a cover, the
 * contents, then each report from a new page with its metadata line (print rules: .compilation
 * in globals.css). Browsers cannot print the contents' page numbers; the Word file has them.
 */
export function CompilationPrint({ compilation, date }: { compilation: CompilationReports; date: Date }) {
  const anchor = (slug: string) => `report-${slug}`;
  return (
    <div className="compilation">
      <section className="compilation-cover" aria-labelledby="compilation-title">
        <p className="compilation-district">{compilation.districtName}</p>
        <h1 id="compilation-title" className="compilation-title">
          {compilationTitle(compilation.year)}
        </h1>
        {compilation.includesApproved ? <p>（含已审核通过、尚未发布的报告）</p> : null}
        <p className="compilation-date">{formatChineseDate(date)}</p>
      </section>

      <section className="compilation-contents" aria-labelledby="compilation-contents">
        <h2 id="compilation-contents">目　录</h2>
        <ol>
          {compilation.entries.map((entry) => (
            <li key={entry.unitSlug}>
              <a href={`#${anchor(entry.unitSlug)}`}>{entry.report.title}</a>
            </li>
          ))}
        </ol>
      </section>

      {compilation.entries.map((entry) => (
        <article key={entry.unitSlug} id={anchor(entry.unitSlug)} className="compilation-report" aria-labelledby={`${anchor(entry.unitSlug)}-title`}>
          <h2 id={`${anchor(entry.unitSlug)}-title`} className="report-title">
            {entry.report.title}
          </h2>
          <p className="compilation-meta">{metadataLine(entry)}</p>
          <ReportBody sections={entry.report.sections} />
        </article>
      ))}
    </div>
  );
}
