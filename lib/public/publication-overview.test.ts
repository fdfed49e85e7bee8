import { describe, expect, it } from "vitest";
import { buildPublicationOverview, type OverviewUnitInput } from "@/lib/public/publication-overview";

const unit = (slug: string, publications: OverviewUnitInput["publications"] = [], isActive = true): OverviewUnitInput => ({
  slug,
  shortName: `${slug}镇`,
  isActive,
  publications,
});
const published = (year: number) => ({ year, isWithdrawn: false, isCorrected: false });

describe("buildPublicationOverview", () => {
  it("puts the newest year first and marks each unit's public reports, leaving the others empty", () => {
    const overview = buildPublicationOverview({
      years: [2022, 2023],
      units: [unit("a", [published(2022), published(2023)]), unit("b", [published(2022)]), unit("c")],
    });
    expect(overview.years).toEqual([2023, 2022]);
    expect(overview.rows.map((row) => [row.slug, row.cells.map((c) => c.state)])).toEqual([
      ["a", ["published", "published"]],
      ["b", [null, "published"]],
      ["c", [null, null]],
    ]);
    expect(overview.rows[1].cells.map((c) => c.year)).toEqual([2023, 2022]);
  });

  it("tells corrected and withdrawn reports apart, and counts only what the public can read", () => {
    const overview = buildPublicationOverview({
      years: [2022],
      units: [
        unit("a", [{ year: 2022, isWithdrawn: false, isCorrected: true }]),
        unit("b", [{ year: 2022, isWithdrawn: true, isCorrected: true }]),
        unit("c", [published(2022)]),
        unit("d"),
      ],
    });
    expect(overview.rows.map((row) => row.cells[0].state)).toEqual(["corrected", "withdrawn", "published", null]);
    expect(overview.publishedCounts).toEqual([2]);
  });

  it("keeps a deactivated unit only while it has a report public, in the given order", () => {
    const overview = buildPublicationOverview({
      years: [2022],
      units: [unit("gone", [], false), unit("merged", [published(2022)], false), unit("active")],
    });
    expect(overview.rows.map((row) => row.slug)).toEqual(["merged", "active"]);
  });

  it("has no columns, and empty rows, before anything is published", () => {
    const overview = buildPublicationOverview({ years: [], units: [unit("a")] });
    expect(overview).toEqual({ years: [], rows: [{ slug: "a", shortName: "a镇", cells: [] }], publishedCounts: [] });
  });
});
