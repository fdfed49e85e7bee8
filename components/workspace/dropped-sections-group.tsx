import Link from "next/link";
import type { SectionView } from "@/lib/reports/get-report";
import { droppedGroupLabel } from "@/lib/templates/dropped-sections";
import { RemoveSectionButton, type RemoveSectionAction } from "@/components/workspace/remove-section-button";
import { cn } from "@/lib/utils";

type DroppedSectionsGroupProps = { reportId: string; sections: SectionView[]; canEdit: boolean; removeAction: RemoveSectionAction };

/** Sections the admin took out of the template; their text waits here for the unit to move or delete it. */
export function DroppedSectionsGroup({ reportId, sections, canEdit, removeAction }: DroppedSectionsGroupProps) {
  if (sections.length === 0) return null;
  return (
    <section aria-labelledby="dropped-heading" className="rounded-lg border border-amber-300 bg-amber-50/60 p-4">
      <h2 id="dropped-heading" className="font-semibold text-amber-950">{droppedGroupLabel}</h2>
      <p className="mt-1 text-sm text-amber-950">
        本年度模板已不再包含以下部分，已写的文字都保留着。请打开它们，把需要的文字复制到其他部分，再删除（删除的文字仍保留在操作记录中）。它们不是必填项；留有文字的会随报告提交，审核人会看到“已从模板中移除”的标记。
      </p>
      <ol className="mt-3 divide-y divide-amber-200 rounded-md border border-amber-200 bg-white">
        {sections.map((s) => (
          <li key={s.key} className={cn("flex flex-wrap items-center gap-x-4 gap-y-1 px-4 py-3", s.level === 2 && "pl-10")}>
            <div className="min-w-0 flex-1">
              {s.isGroup ? (
                <span className="font-semibold">{s.title}</span>
              ) : (
                <Link href={`/workspace/reports/${reportId}/sections/${s.key}`} className="hover:underline">{s.title}</Link>
              )}
            </div>
            {s.isGroup ? null : <span className="text-xs text-stone-500">{s.characters} 字</span>}
            {canEdit && !s.isGroup ? <RemoveSectionButton action={removeAction} reportId={reportId} sectionKey={s.key} title={s.title} /> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
