import { describe, expect, it } from "vitest";
import { generateReportText, reportLength, type DemoUnit } from "@/lib/demo/generate-report-text";
import { defaultTemplateSections } from "@/lib/reports/template";

const town: DemoUnit = { slug: "lidu", name: "重庆市涪陵区李渡街道办事处", shortName: "李渡街道", kind: "TOWN", field: "基层治理" };
const otherTown: DemoUnit = { slug: "mawu", name: "重庆市涪陵区马武镇人民政府", shortName: "马武镇", kind: "TOWN", field: "基层治理" };
const department: DemoUnit = { slug: "jiaowei", name: "重庆市涪陵区教育委员会", shortName: "区教委", kind: "DEPARTMENT", field: "教育" };

const generate = (unit: DemoUnit, year: number, seed?: string) => generateReportText({ unit, year, sections: defaultTemplateSections(year, unit.kind), seed });
const bodies = (sections: ReturnType<typeof generate>) => sections.map((s) => s.body).join("\n");

describe("generateReportText", () => {
  it("gives the same text for the same unit, year and seed", () => {
    expect(generate(town, 2024)).toEqual(generate(town, 2024));
  });

  it("gives another text for another unit, year or seed", () => {
    const base = bodies(generate(town, 2024));
    expect(bodies(generate(otherTown, 2024))).not.toBe(base);
    expect(bodies(generate(town, 2025))).not.toBe(base);
    expect(bodies(generate(town, 2024, "other"))).not.toBe(base);
  });

  it("writes reports of 2,000 to 5,000 characters", () => {
    const units = [town, otherTown, department, { ...department, slug: "gonganju", shortName: "区公安局", field: "公安" }];
    for (const unit of units) {
      for (const year of [2023, 2024, 2025, 2026, 2027]) {
        const length = reportLength(generate(unit, year));
        expect(length, `${unit.slug} ${year}`).toBeGreaterThanOrEqual(2000);
        expect(length, `${unit.slug} ${year}`).toBeLessThanOrEqual(5000);
      }
    }
  });

  it("fills every template section with a body, except the heading that only groups sub-sections", () => {
    const sections = generate(town, 2024);
    expect(sections.map((s) => s.key)).toEqual(defaultTemplateSections(2024, "TOWN").map((s) => s.key));
    expect(sections.filter((s) => s.body === "").map((s) => s.key)).toEqual(["measures"]);
  });

  it("states in the text the figures it puts into the metric fields, and fills every field", () => {
    for (const unit of [town, department]) {
      for (const year of [2023, 2024, 2025]) {
        const template = defaultTemplateSections(year, unit.kind);
        for (const section of generate(unit, year)) {
          const fields = template.find((t) => t.key === section.key)!.metrics;
          expect(Object.keys(section.metrics).sort()).toEqual(fields.map((f) => f.key).sort());
          for (const field of fields) {
            expect(section.body, `${unit.slug} ${year} ${field.key}`).toContain(`${section.metrics[field.key]}${field.unit === "次" ? "次" : field.unit === "人" ? "" : "件"}`);
          }
        }
      }
    }
  });

  it("keeps figures consistent: certified officers and mediated disputes never exceed their totals", () => {
    for (const year of [2023, 2024, 2025, 2026]) {
      const byKey = new Map(generate(department, year).map((s) => [s.key, s.metrics]));
      expect(byKey.get("enforcement")!["certified-officers"]).toBeLessThanOrEqual(byKey.get("enforcement")!.officers);
      expect(byKey.get("disputes")!["disputes-mediated"]).toBeLessThanOrEqual(byKey.get("disputes")!["disputes-screened"]);
    }
  });

  it("writes towns and departments differently, and re-phrases sub-headings", () => {
    const townText = bodies(generate(town, 2024));
    const departmentText = bodies(generate(department, 2024));
    expect(townText).toMatch(/村（社区）|便民服务中心|镇/);
    expect(departmentText).toContain("区教委");
    expect(departmentText).toMatch(/行政复议\d+件|行政复议案件\d+件/);
    const titles = new Set([2023, 2024, 2025, 2026].map((year) => generate(town, year).find((s) => s.key === "law-study")!.title));
    expect(titles.size).toBeGreaterThan(1);
    expect([...titles].every((t) => t !== "学习贯彻习近平法治思想情况")).toBe(true);
  });
});
