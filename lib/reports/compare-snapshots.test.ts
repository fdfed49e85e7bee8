import { describe, expect, it } from "vitest";
import { compareSnapshots } from "@/lib/reports/compare-snapshots";
import type { ReportSnapshot, SnapshotSection } from "@/lib/reports/snapshot";

function section(key: string, level: number, title: string, body: string, metrics: Record<string, number | null> = {}): SnapshotSection {
  return {
    key,
    level,
    title,
    body,
    metrics,
    metricLabels: Object.fromEntries(Object.keys(metrics).map((k) => [k, { label: `指标${k}`, unit: "次" }])),
    metricOrder: Object.keys(metrics),
  };
}

const base: ReportSnapshot = {
  title: "珍溪镇2022年法治政府建设年度报告",
  docNumber: "",
  sections: [
    section("basic", 1, "基本情况", ""),
    section("law-study", 2, "强化理论学习", "第一段不变。\n第二段写了6次学法。\n第三段不变。", { sessions: 6 }),
    section("reform", 2, "深化改革", "改革内容。"),
    section("plans", 1, "下一年度安排", "继续努力。"),
  ],
};

function withSections(sections: SnapshotSection[], title = base.title): ReportSnapshot {
  return { ...base, title, sections };
}

describe("compareSnapshots", () => {
  it("finds nothing when the versions are the same", () => {
    const result = compareSnapshots(base, structuredClone(base));
    expect(result.changedSections).toBe(0);
    expect(result.titleParts).toBeNull();
    expect(result.sections.map((s) => s.change)).toEqual(["same", "same", "same", "same"]);
  });

  it("marks exactly the changed paragraph of a section, word by word", () => {
    const after = structuredClone(base);
    after.sections[1].body = "第一段不变。\n第二段写了8次学法。\n第三段不变。";
    const result = compareSnapshots(base, after);
    expect(result.changedSections).toBe(1);
    const lawStudy = result.sections.find((s) => s.key === "law-study")!;
    expect(lawStudy.change).toBe("changed");
    const changedParagraphs = lawStudy.paragraphs.filter((p) => p.some((part) => part.type !== "same"));
    expect(changedParagraphs).toHaveLength(1);
    expect(changedParagraphs[0].filter((p) => p.type === "removed").map((p) => p.text).join("")).toContain("6");
    expect(changedParagraphs[0].filter((p) => p.type === "added").map((p) => p.text).join("")).toContain("8");
    expect(lawStudy.paragraphs[0]).toEqual([{ type: "same", text: "第一段不变。" }]);
  });

  it("reports a changed heading and a changed metric", () => {
    const after = structuredClone(base);
    after.sections[1].title = "强化理论学习，筑牢法治根基";
    after.sections[1].metrics.sessions = 7;
    const lawStudy = compareSnapshots(base, after).sections[1];
    expect(lawStudy.change).toBe("changed");
    expect(lawStudy.titleParts?.some((p) => p.type === "added" && p.text.includes("筑牢"))).toBe(true);
    expect(lawStudy.metrics).toEqual([{ key: "sessions", label: "指标sessions", unit: "次", before: 6, after: 7 }]);
  });

  it("places an added section where it is and a removed one after its former neighbour", () => {
    const after = withSections([
      base.sections[0],
      section("extra-1", 2, "新增小节", "新内容。"),
      base.sections[1],
      base.sections[3],
    ]);
    const result = compareSnapshots(base, after);
    expect(result.sections.map((s) => [s.key, s.change])).toEqual([
      ["basic", "same"],
      ["extra-1", "added"],
      ["law-study", "same"],
      ["reform", "removed"],
      ["plans", "same"],
    ]);
    const added = result.sections[1];
    expect(added.number).toBe("（一）");
    expect(added.paragraphs).toEqual([[{ type: "added", text: "新内容。" }]]);
    expect(result.sections[3].paragraphs).toEqual([[{ type: "removed", text: "改革内容。" }]]);
    // Numbers follow the newer version: law-study moved from （一） to （二）.
    expect(result.sections[2].number).toBe("（二）");
  });

  it("keeps a removed first section at the top", () => {
    const after = withSections(base.sections.slice(1));
    expect(compareSnapshots(base, after).sections[0]).toMatchObject({ key: "basic", change: "removed" });
  });

  it("diffs the report title", () => {
    const result = compareSnapshots(base, withSections(base.sections, "珍溪镇人民政府2022年法治政府建设年度报告"));
    expect(result.titleParts?.some((p) => p.type === "added")).toBe(true);
  });
});
