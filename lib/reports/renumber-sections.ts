import "server-only";
import type { Tx } from "@/lib/db";

/** Rewrites sortOrder in steps of 10 in the given order, leaving room for the next insert. */
export async function renumberSections(tx: Tx, orderedIds: string[]): Promise<void> {
  for (const [index, id] of orderedIds.entries()) {
    await tx.reportSection.update({ where: { id }, data: { sortOrder: (index + 1) * 10 } });
  }
}
