"use client";

import { useState, useTransition } from "react";
import { Plus } from "lucide-react";
import type { ActionResult } from "@/lib/action-result";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { TemplateSectionCard, type DraftSection } from "@/components/admin/template-section-card";

type Props = {
  /** Takes the whole outline as one value, so it is saved as one change or not at all. */
  action: (input: unknown) => Promise<ActionResult<undefined>>;
  year: number;
  unitKind: "TOWN" | "DEPARTMENT";
  baseHash: string;
  initial: Omit<DraftSection, "isNew">[];
  reportsInProgress: number;
  reportsPublished: number;
};

// A new section's key is made once, here, and never changes: reports refer to sections by key.
const newKey = () => `s-${crypto.randomUUID().slice(0, 8)}`;
const blank = (level: 1 | 2): DraftSection => ({ key: newKey(), level, title: "", guidance: "", isRequired: false, minLength: null, maxLength: 5000, metrics: [], isNew: true });

/** The whole outline is edited here and saved as one change. */
export function TemplateEditor({ action, year, unitKind, baseHash, initial, reportsInProgress, reportsPublished }: Props) {
  const [sections, setSections] = useState<DraftSection[]>(() => initial.map((s) => ({ ...s, isNew: false })));
  const [result, setResult] = useState<ActionResult<undefined> | null>(null);
  const [confirmOpen, setConfirmOpen] = useState(false);
  const [pending, startTransition] = useTransition();
  const removed = initial.filter((s) => !sections.some((x) => x.key === s.key));
  const added = sections.filter((s) => s.isNew);

  const update = (index: number, patch: Partial<DraftSection>) => setSections((all) => all.map((s, i) => (i === index ? { ...s, ...patch } : s)));
  const move = (index: number, delta: -1 | 1) =>
    setSections((all) => {
      const next = [...all];
      [next[index], next[index + delta]] = [next[index + delta], next[index]];
      return next;
    });
  const insertAfterGroup = (index: number) =>
    setSections((all) => {
      let end = index + 1;
      while (all[end]?.level === 2) end += 1;
      return [...all.slice(0, end), blank(2), ...all.slice(end)];
    });

  function save() {
    startTransition(async () => {
      const payload = sections.map((s) => ({ key: s.key, level: s.level, title: s.title, guidance: s.guidance, isRequired: s.isRequired, minLength: s.minLength, maxLength: s.maxLength, metrics: s.metrics }));
      const outcome = await action({ year, unitKind, baseHash, sections: payload });
      setResult(outcome);
      if (outcome.ok) setSections((all) => all.map((s) => ({ ...s, isNew: false })));
    });
  }

  return (
    <div className="space-y-4">
      <ol className="space-y-3">
        {sections.map((s, i) => (
          <TemplateSectionCard
            key={s.key}
            section={s}
            index={i}
            count={sections.length}
            onChange={(patch) => update(i, patch)}
            onMove={(delta) => move(i, delta)}
            onRemove={() => setSections((all) => all.filter((_, j) => j !== i))}
            onAddSub={() => insertAfterGroup(i)}
          />
        ))}
      </ol>
      <Button variant="secondary" onClick={() => setSections((all) => [...all, blank(1)])}>
        <Plus aria-hidden="true" className="size-4" />
        增加一级标题
      </Button>
      <div className="sticky bottom-0 flex flex-wrap items-center gap-3 border-t border-stone-200 bg-stone-50 py-3">
        <ConfirmDialog
          open={confirmOpen}
          onOpenChange={setConfirmOpen}
          title="保存模板"
          confirmLabel="保存模板"
          onConfirm={save}
          description={
            <div className="space-y-2">
              <p>
                将更新 {year} 年度{unitKind === "TOWN" ? "街镇" : "部门"}的 {reportsInProgress} 份正在填写或审核中的报告：
                {added.length ? `新增 ${added.length} 个部分（空白）；` : ""}
                {removed.length ? `移出模板 ${removed.length} 个部分（${removed.map((s) => s.title).join("、")}），其中已有内容的保留在报告的“已从模板中移除的部分”，由填报人转移或删除，空白的直接去掉；` : ""}
                必填要求从下一次提交起生效。各单位自拟的标题不会被改写。
              </p>
              <p>{reportsPublished} 份已发布或已撤回的报告及其公开文本不受影响。</p>
            </div>
          }
          trigger={<Button disabled={pending}>{pending ? "正在保存…" : "保存模板"}</Button>}
        />
        {result ? <Alert tone={result.ok ? "success" : "error"} className="flex-1">{result.message}</Alert> : null}
      </div>
    </div>
  );
}
