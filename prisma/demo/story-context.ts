// What the demo's stories share: the district's people, its units, and each year's generated text.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { generateReportText, type DemoUnit, type GeneratedSection } from "@/lib/demo/generate-report-text";
import type { MetricField } from "@/lib/reports/template";
import { departmentFields } from "./demo-plan";

export type StoryUnit = DemoUnit & { id: string };

export type Story = {
  districtId: string;
  reviewer: Actor;
  units: StoryUnit[];
  /** The unit's clerk, when the account is active. */
  clerkOf(slug: string): Actor | undefined;
  today: Date;
};

export async function listStoryUnits(districtId: string): Promise<StoryUnit[]> {
  const units = await db.unit.findMany({
    where: { districtId, isActive: true },
    orderBy: [{ kind: "asc" }, { sortOrder: "asc" }],
    select: { id: true, slug: true, name: true, shortName: true, kind: true },
  });
  return units.map((u) => ({
    ...u,
    field: departmentFields[u.slug] ?? (u.kind === "TOWN" ? "基层治理" : u.shortName.replace(/^区/, "").replace(/[局委]$/, "")),
  }));
}

/** The unit's report text for the year, from the year's template as stored. */
export async function textFor(unit: StoryUnit, year: number, districtId: string): Promise<GeneratedSection[]> {
  const sections = await db.templateSection.findMany({
    where: { template: { unitKind: unit.kind, year: { districtId, year } } },
    orderBy: { sortOrder: "asc" },
    select: { key: true, level: true, parentKey: true, title: true, metrics: true },
  });
  return generateReportText({ unit, year, sections: sections.map((s) => ({ ...s, metrics: s.metrics as MetricField[] })) });
}

export async function hasReport(unitId: string, year: number, districtId: string): Promise<boolean> {
  return (await db.report.count({ where: { unitId, year: { districtId, year } } })) > 0;
}
