// What a phrase bank may ask about the unit and year it writes for.
import type { Picker } from "@/lib/demo/prng";

export type DemoUnit = {
  slug: string;
  name: string;
  shortName: string;
  kind: "TOWN" | "DEPARTMENT";
  /** The department's line of work (教育, 市场监管…); 基层治理 for a town. */
  field: string;
};

export type TextContext = Picker & {
  unit: DemoUnit;
  year: number;
  isTown: boolean;
  /** How the unit calls itself: 我镇, 我街道, 我局, 我委. */
  we: string;
  /** Its Party body: 镇党委, 街道党工委, 局党组, 委党组. */
  party: string;
  /** A day of the report year between two months, written 3月15日. */
  date(fromMonth: number, toMonth: number): string;
  /** A metric value of the section being written; the same number goes into its metric field. */
  metric(key: string): number;
};

export type Paragraph = (c: TextContext) => string;

/** Headings as units re-phrase them, and paragraphs slot by slot: each slot picks one alternative. */
export type SectionBank = {
  titles: readonly string[];
  slots: readonly (readonly Paragraph[])[];
  /** Further slots of which a few are taken, so reports of one unit differ from year to year. */
  extras?: readonly Paragraph[];
  extraCount?: number;
};

export function selfNames(unit: Pick<DemoUnit, "kind" | "shortName">): { we: string; party: string } {
  if (unit.kind === "TOWN") return unit.shortName.endsWith("街道") ? { we: "我街道", party: "街道党工委" } : { we: "我镇", party: "镇党委" };
  const suffix = unit.shortName.endsWith("委") ? "委" : "局";
  return { we: `我${suffix}`, party: `${suffix}党组` };
}
