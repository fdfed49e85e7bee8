import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";

/** The district's reporting years, newest first, for the reviewer's choice of a compilation. */
export async function listCompilationYears({ actor }: { actor: Actor }): Promise<number[]> {
  assertCan(actor, "review:list");
  const years = await db.reportingYear.findMany({ where: { districtId: actor.districtId }, orderBy: { year: "desc" }, select: { year: true } });
  return years.map((y) => y.year);
}
