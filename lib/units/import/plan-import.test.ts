import { describe, expect, it } from "vitest";
import { planImport, type ExistingUnit } from "@/lib/units/import/plan-import";
import type { ImportRow } from "@/lib/units/import/read-import-file";

const zhenxi: ExistingUnit = {
  id: "u1",
  kind: "TOWN",
  name: "重庆市涪陵区珍溪镇人民政府",
  shortName: "珍溪镇",
  // A made-up code from before validation: kept as long as the file does not change it.
  orgCode: "11500102MB1530001X",
  slug: "zhenxi",
  sortOrder: 10,
  hasReports: true,
};
const blank: ExistingUnit = { id: "u2", kind: "DEPARTMENT", name: "重庆市涪陵区新设局", shortName: "新设局", orgCode: "11500102MB15300981", slug: "xinshe", sortOrder: 40, hasReports: false };

let line = 1;
function row(fields: Partial<ImportRow>): ImportRow {
  line += 1;
  return { line, name: zhenxi.name, shortName: "珍溪镇", kind: "街镇", orgCode: zhenxi.orgCode, slug: "zhenxi", sortOrder: "", ...fields };
}

describe("planning a unit import", () => {
  it("marks a row equal to its unit as unchanged, so importing twice changes nothing", () => {
    const plan = planImport([row({}), row({ name: blank.name, shortName: "新设局", kind: "部门", orgCode: blank.orgCode, slug: "xinshe", sortOrder: "40" })], [zhenxi, blank]);
    expect(plan.counts).toEqual({ create: 0, update: 0, unchanged: 2, error: 0 });
  });

  it("lists what an update changes, matched by slug", () => {
    const plan = planImport([row({ shortName: "珍溪", sortOrder: "5" })], [zhenxi]);
    expect(plan.rows[0]).toMatchObject({
      status: "update",
      unitId: "u1",
      changes: [
        { field: "shortName", label: "简称", from: "珍溪镇", to: "珍溪" },
        { field: "sortOrder", from: "10", to: "5" },
      ],
    });
  });

  it("matches by organisation code when the slug is new, and renames the slug of a unit without reports", () => {
    const plan = planImport([row({ name: blank.name, shortName: "新设局", kind: "部门", orgCode: blank.orgCode, slug: "xinshe-ju" })], [blank]);
    expect(plan.rows[0]).toMatchObject({ status: "update", unitId: "u2", changes: [{ field: "slug", from: "xinshe", to: "xinshe-ju" }] });
  });

  it("never changes the slug or kind of a unit that has reports", () => {
    const plan = planImport([row({ slug: "zhenxi-zhen", kind: "部门" })], [zhenxi]);
    expect(plan.rows[0].status).toBe("error");
    expect(plan.rows[0].errors.join()).toContain("网址标识不能从“zhenxi”改为“zhenxi-zhen”");
    expect(plan.rows[0].errors.join()).toContain("不能改变类别");
  });

  it("creates new units at the end of their kind, in file order", () => {
    const plan = planImport(
      [
        row({ name: "甲镇人民政府", shortName: "甲镇", slug: "jia", orgCode: "11500102MB15300012" }),
        row({ name: "乙镇人民政府", shortName: "乙镇", slug: "yi", orgCode: "11500102MB15300994" }),
      ],
      [zhenxi],
    );
    expect(plan.rows.map((r) => [r.status, r.after?.sortOrder])).toEqual([["create", 20], ["create", 30]]);
  });

  it("explains each row's errors in Chinese", () => {
    const plan = planImport(
      [
        row({ name: "", kind: "乡镇", slug: "Zhen Xi", orgCode: "91330100716105852E", sortOrder: "第一" }),
        row({ name: "丙局", shortName: "丙局", kind: "部门", slug: "bing", orgCode: "" }),
      ],
      [],
    );
    const [first, second] = plan.rows.map((r) => r.errors.join(" "));
    expect(first).toContain("缺少全称");
    expect(first).toContain("类别“乡镇”无法识别");
    expect(first).toContain("小写字母");
    expect(first).toContain("第 18 位应为“F”");
    expect(first).toContain("顺序应为");
    expect(second).toContain("缺少统一社会信用代码");
    expect(plan.counts.error).toBe(2);
  });

  it("refuses duplicate slugs and codes within the file, and a slug of one unit with the code of another", () => {
    const twin = { name: "丁镇", shortName: "丁镇", slug: "ding", orgCode: "11500102MB15300012" };
    const plan = planImport([row(twin), row({ ...twin, orgCode: "11500102MB15300994" }), row({ slug: "xinshe", orgCode: zhenxi.orgCode })], [zhenxi, blank]);
    expect(plan.rows[0].errors.join()).toContain("与第");
    expect(plan.rows[1].errors.join()).toContain("网址标识“ding”与第");
    expect(plan.rows[2].errors.join()).toContain("无法判断要更新哪个单位");
  });

  it("refuses two rows aimed at one unit", () => {
    const plan = planImport([row({ orgCode: "11500102MB15300012" }), row({ slug: "zhenxi-2", shortName: "珍溪镇二" })], [{ ...zhenxi, hasReports: false }]);
    expect(plan.rows.map((r) => [r.status, r.errors])).toEqual([
      ["error", [`第 ${plan.rows[0].line}、${plan.rows[1].line} 行指向同一个单位，请只保留一行。`]],
      ["error", [`第 ${plan.rows[0].line}、${plan.rows[1].line} 行指向同一个单位，请只保留一行。`]],
    ]);
  });
});
