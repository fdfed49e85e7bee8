// The year × unit overview (部门 and 街镇 separately): which unit has a report public for which
// year. Pure, so the table's rules are unit-tested without a database.

export type OverviewCellState = "published" | "corrected" | "withdrawn";

export type OverviewUnitInput = {
  slug: string;
  shortName: string;
  isActive: boolean;
  /** The unit's current publications, one per year at most. */
  publications: { year: number; isWithdrawn: boolean; isCorrected: boolean }[];
};

export type OverviewRow = {
  slug: string;
  shortName: string;
  /** One per overview year, in the overview's order; null where the unit has nothing public. */
  cells: { year: number; state: OverviewCellState | null }[];
};

export type PublicationOverview = {
  /** Newest first. */
  years: number[];
  rows: OverviewRow[];
  /** Per year, in the same order: units whose report is public (withdrawn ones are not). */
  publishedCounts: number[];
};

function stateOf(publication: { isWithdrawn: boolean; isCorrected: boolean }): OverviewCellState {
  if (publication.isWithdrawn) return "withdrawn";
  return publication.isCorrected ? "corrected" : "published";
}

/**
 * Rows keep the units' given order. A deactivated unit stays while it has something public
 * (its published reports keep their pages); one that never published is left out.
 */
export function buildPublicationOverview({ years, units }: { years: number[]; units: OverviewUnitInput[] }): PublicationOverview {
  const columns = [...new Set(years)].sort((a, b) => b - a);
  const rows = units
    .filter((unit) => unit.isActive || unit.publications.length > 0)
    .map((unit) => {
      const byYear = new Map(unit.publications.map((p) => [p.year, p]));
      return {
        slug: unit.slug,
        shortName: unit.shortName,
        cells: columns.map((year) => {
          const publication = byYear.get(year);
          return { year, state: publication ? stateOf(publication) : null };
        }),
      };
    });
  const publishedCounts = columns.map((_, i) => rows.filter((row) => row.cells[i].state === "published" || row.cells[i].state === "corrected").length);
  return { years: columns, rows, publishedCounts };
}
