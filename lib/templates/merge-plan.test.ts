import { describe, expect, it } from "vitest";
import { planTemplateMerge, type ReportSectionState } from "@/lib/templates/merge-plan";
import type { TemplateSectionDef } from "@/lib/reports/template";

function t(key: string, level: 1 | 2, parentKey: string | null, isRequired = false): TemplateSectionDef {
  return { key, level, parentKey, title: `模板${key}`, guidance: "", isRequired, minLength: null, maxLength: null, metrics: [] };
}

function s(key: string, level: number, parentKey: string | null, sortOrder: number, body = "", extra = false): ReportSectionState {
  return { key, templateKey: extra ? null : key, level, parentKey, sortOrder, isRequired: false, body, metrics: {} };
}

const report = [
  s("measures", 1, null, 10),
  s("law-study", 2, "measures", 20, "学法正文"),
  s("reform", 2, "measures", 30, ""),
  s("extra-1", 2, "measures", 40, "本单位自增", true),
  s("plans", 1, null, 50, "安排正文"),
  s("other", 1, null, 60, ""),
];

describe("planTemplateMerge", () => {
  it("changes nothing when the template is unchanged", () => {
    const template = [t("measures", 1, null), t("law-study", 2, "measures"), t("reform", 2, "measures"), t("plans", 1, null), t("other", 1, null)];
    expect(planTemplateMerge({ sections: report, template, isUnsubmitted: true })).toEqual({ updates: [], creates: [], deletes: [], kept: [] });
  });

  it("adds new sections empty, keeps the unit's extra sub-section in its group and syncs the required flag", () => {
    const template = [
      t("measures", 1, null),
      t("law-study", 2, "measures", true),
      t("reform", 2, "measures"),
      t("publicity", 2, "measures", true),
      t("plans", 1, null, true),
      t("other", 1, null),
    ];
    const plan = planTemplateMerge({ sections: report, template, isUnsubmitted: true });
    expect(plan.creates).toEqual([{ key: "publicity", level: 2, parentKey: "measures", sortOrder: 40, isRequired: true, title: "模板publicity" }]);
    expect(plan.updates).toEqual([
      { key: "law-study", level: 2, parentKey: "measures", sortOrder: 20, isRequired: true },
      { key: "extra-1", level: 2, parentKey: "measures", sortOrder: 50, isRequired: false },
      { key: "plans", level: 1, parentKey: null, sortOrder: 60, isRequired: true },
      { key: "other", level: 1, parentKey: null, sortOrder: 70, isRequired: false },
    ]);
    expect(plan.deletes).toEqual([]);
  });

  it("keeps a dropped section with text at the end, not required; removes an empty one from an unsubmitted report", () => {
    const template = [t("measures", 1, null), t("reform", 2, "measures"), t("other", 1, null)];
    const plan = planTemplateMerge({ sections: report.map((r) => (r.key === "law-study" ? { ...r, isRequired: true } : r)), template, isUnsubmitted: true });
    expect(plan.kept).toEqual(["law-study", "plans"]);
    expect(plan.deletes).toEqual([]);
    const byKey = new Map(plan.updates.map((u) => [u.key, u]));
    expect(byKey.get("law-study")).toEqual({ key: "law-study", level: 1, parentKey: null, sortOrder: 50, isRequired: false });
    expect(byKey.get("plans")).toMatchObject({ sortOrder: 60, level: 1 });
    expect(byKey.get("extra-1")).toMatchObject({ sortOrder: 30, parentKey: "measures" });

    const emptyDrop = planTemplateMerge({ sections: report, template: [t("measures", 1, null), t("law-study", 2, "measures"), t("plans", 1, null)], isUnsubmitted: true });
    expect(emptyDrop.deletes).toEqual(["reform", "other"]);
    expect(emptyDrop.kept).toEqual([]);
  });

  it("keeps even empty dropped sections of a report with the reviewer, so its submitted outline stays whole", () => {
    const plan = planTemplateMerge({ sections: report, template: [t("measures", 1, null), t("law-study", 2, "measures"), t("plans", 1, null)], isUnsubmitted: false });
    expect(plan.deletes).toEqual([]);
    expect(plan.kept).toEqual(["reform", "other"]);
  });

  it("keeps a dropped heading with the unit's sub-sections under it, marked as dropped", () => {
    const plan = planTemplateMerge({ sections: report, template: [t("plans", 1, null), t("other", 1, null)], isUnsubmitted: true });
    expect(plan.deletes).toEqual(["reform"]);
    expect(plan.kept).toEqual(["measures", "law-study", "extra-1"]);
    const byKey = new Map(plan.updates.map((u) => [u.key, u]));
    expect(byKey.get("measures")).toMatchObject({ level: 1, parentKey: null, sortOrder: 30 });
    expect(byKey.get("law-study")).toMatchObject({ level: 2, parentKey: "measures", sortOrder: 40 });
    expect(byKey.get("extra-1")).toMatchObject({ level: 2, parentKey: "measures", sortOrder: 50 });
  });

  it("never touches titles or text: a plan only carries placement", () => {
    const template = [t("other", 1, null), t("plans", 1, null), t("measures", 1, null), t("law-study", 2, "measures"), t("reform", 2, "measures")];
    const plan = planTemplateMerge({ sections: report, template, isUnsubmitted: true });
    for (const update of plan.updates) expect(Object.keys(update).sort()).toEqual(["isRequired", "key", "level", "parentKey", "sortOrder"]);
    expect(plan.updates.map((u) => u.key)).toEqual(["other", "plans", "measures", "law-study", "reform", "extra-1"]);
  });
});
