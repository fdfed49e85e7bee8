import { toParagraphs } from "@/lib/reports/numbering";
import type { SectionView } from "@/lib/reports/get-report";

/** A section as submitted, read-only, with its heading level and metric values. */
export function SectionReadView({ section, children }: { section: SectionView; children?: React.ReactNode }) {
  const Heading = section.level === 1 ? "h2" : "h3";
  return (
    <section aria-labelledby={`sec-${section.key}`} className="rounded-lg border border-stone-200 bg-white p-5">
      <Heading id={`sec-${section.key}`} className={section.level === 1 ? "text-lg font-bold" : "font-kai text-lg font-semibold"}>
        {section.number}
        {section.title}
      </Heading>
      {section.isDropped ? (
        <p className="mt-1 text-sm text-amber-900">此部分已从本年度模板中移除，因留有文字仍随报告提交；请确认是否保留或退回请单位处理。</p>
      ) : null}
      {toParagraphs(section.body).map((p, i) => (
        <p key={i} className="mt-2 indent-[2em] font-serif leading-8 text-stone-900">
          {p}
        </p>
      ))}
      {section.metricFields.length ? (
        <dl className="mt-3 flex flex-wrap gap-x-6 gap-y-1 text-sm text-stone-700">
          {section.metricFields.map((f) => (
            <div key={f.key} className="flex gap-1">
              <dt>{f.label}</dt>
              <dd className="font-medium">{section.metrics[f.key] == null ? "未填" : `${section.metrics[f.key]} ${f.unit}`}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {children}
    </section>
  );
}
