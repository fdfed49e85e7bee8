import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { openReport } from "@/lib/reports/open-report";
import { submitReport } from "@/lib/reports/submit-report";
import { loadSectionCompleteness } from "@/lib/statistics/load-section-completeness";
import { createReport, createWorld, createYear, fillRequiredSections } from "../factories";
import { expectAppError } from "./helpers";

describe("section completeness for the district", () => {
  it("lists who wrote each required section, against last year, and whose text repeats last year's", async () => {
    const world = await createWorld({ year: 2024 });
    await createYear({ districtId: world.district.id, year: 2023 });
    const previous = await openReport({ actor: world.clerk, year: 2023 });
    await fillRequiredSections(world.clerk, previous.id);
    await submitReport({ actor: world.clerk, reportId: previous.id });
    // This year the unit submits the same text again; the other unit only has a draft.
    await createReport(world, { submit: true });
    const draft = await openReport({ actor: world.otherClerk, year: 2024 });
    await fillRequiredSections(world.otherClerk, draft.id);

    const [town, ...rest] = await loadSectionCompleteness({ actor: world.reviewer, year: 2024 });
    expect(rest).toEqual([]);
    expect(town.kind).toBe("TOWN");
    expect(town.units).toBe(2);
    const required = await db.templateSection.count({ where: { template: { yearId: world.reportingYear.id, unitKind: "TOWN" }, isRequired: true, NOT: { key: { in: ["measures"] } } } });
    expect(town.sections.length).toBeGreaterThan(0);
    expect(town.sections.length).toBeLessThanOrEqual(required);
    for (const section of town.sections) {
      expect(section.written).toBe(1);
      // The draft is the unit's own business: not written yet, as far as the district can read.
      expect(section.missing.map((u) => u.unitId)).toEqual([world.otherUnit.id]);
      expect(section.copied.map((u) => u.unitId)).toEqual([world.unit.id]);
      expect(section.lastYearAverageLength).toBe(section.averageLength);
    }
  });

  it("is the district's: a clerk is refused", async () => {
    const world = await createWorld();
    await expectAppError(loadSectionCompleteness({ actor: world.clerk, year: 2024 }), "FORBIDDEN");
  });
});
