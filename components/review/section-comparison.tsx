import { DiffParts } from "@/components/workspace/diff-parts";
import type { SectionComparison } from "@/lib/reports/compare-snapshots";
import { cn } from "@/lib/utils";

const changeLabels = { same: "无修改", changed: "有修改", added: "新增部分", removed: "已删除部分" } as const;

/** One section of a comparison: changed paragraphs marked word by word, unchanged ones muted. */
export function SectionComparisonView({ section }: { section: SectionComparison }) {
  const Heading = section.level === 1 ? "h2" : "h3";
  return (
    <section
      aria-labelledby={`cmp-${section.key}`}
      data-testid="section-diff"
      data-change={section.change}
      className={cn(
        "rounded-lg border bg-white p-5",
        section.change === "same" ? "border-stone-200" : section.change === "removed" ? "border-red-300" : "border-amber-300",
      )}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <Heading id={`cmp-${section.key}`} className={cn("min-w-0", section.level === 1 ? "text-lg font-bold" : "font-kai text-lg font-semibold")}>
          {section.number}
          {section.titleParts ? <DiffParts parts={section.titleParts} /> : section.title}
        </Heading>
        <span className={cn("text-xs", section.change === "same" ? "text-stone-500" : "font-medium text-status-returned")}>{changeLabels[section.change]}</span>
      </div>
      {section.paragraphs.map((parts, i) => {
        const changed = parts.some((p) => p.type !== "same");
        return (
          <p
            key={i}
            data-testid="diff-paragraph"
            data-change={changed ? "changed" : "same"}
            className={cn("mt-2 indent-[2em] font-serif leading-8", changed ? "text-stone-900" : "text-stone-500")}
          >
            <DiffParts parts={parts} />
          </p>
        );
      })}
      {section.metrics.length ? (
        <ul className="mt-3 space-y-1 text-sm text-stone-700" aria-label="指标变化">
          {section.metrics.map((m) => (
            <li key={m.key}>
              {m.label}：<del className="text-red-800">{m.before ?? "未填"}</del> → <ins className="font-medium text-green-900 no-underline">{m.after ?? "未填"}</ins> {m.unit}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
