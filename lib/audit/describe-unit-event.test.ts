import { describe, expect, it } from "vitest";
import { describeEvent } from "@/lib/audit/describe-event";

describe("describing unit and settings events", () => {
  it("names the unit and the fields an update changed", () => {
    const data = { before: { shortName: "珍溪镇", name: "甲", slug: "zhenxi" }, after: { shortName: "珍溪", name: "甲", slug: "zhenxi" } };
    expect(describeEvent({ kind: "UNIT_UPDATED", data })).toBe("“珍溪”；修改了简称");
    expect(describeEvent({ kind: "UNIT_DEACTIVATED", data: { before: { shortName: "珍溪镇" }, after: { shortName: "珍溪镇", isActive: false } } })).toBe("“珍溪镇”");
  });

  it("summarises an import and a settings change", () => {
    expect(describeEvent({ kind: "UNITS_IMPORTED", data: { fileName: "单位.csv", counts: { create: 2, update: 1, unchanged: 0, error: 1 } } })).toBe("文件“单位.csv”；新增 2 个，更新 1 个");
    expect(describeEvent({ kind: "SETTINGS_UPDATED", data: { before: { siteTitle: "甲", townLabel: "街镇" }, after: { siteTitle: "乙", townLabel: "街镇" } } })).toBe("修改了网站标题");
  });
});
