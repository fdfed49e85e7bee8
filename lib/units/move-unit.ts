import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";

export type MoveUnitOptions = { actor: Actor; unitId: string; direction: "up" | "down" };

/**
 * Moves a unit one place within its kind. The kind is renumbered 10, 20, 30… on the way, so
 * ties from imports or old data cannot make a move do nothing; only changed rows are written.
 */
export async function moveUnit({ actor, unitId, direction }: MoveUnitOptions): Promise<{ isMoved: boolean }> {
  assertCan(actor, "admin:manage");
  return db.$transaction(async (tx) => {
    const unit = await tx.unit.findFirst({ where: { id: unitId, districtId: actor.districtId }, select: { kind: true } });
    if (!unit) throw new AppError("NOT_FOUND");
    const units = await tx.unit.findMany({
      where: { districtId: actor.districtId, kind: unit.kind },
      orderBy: [{ sortOrder: "asc" }, { shortName: "asc" }],
      select: { id: true, slug: true, sortOrder: true },
    });
    const index = units.findIndex((u) => u.id === unitId);
    const target = direction === "up" ? index - 1 : index + 1;
    if (target < 0 || target >= units.length) return { isMoved: false };
    const reordered = [...units];
    [reordered[index], reordered[target]] = [reordered[target], reordered[index]];
    const changes = reordered
      .map((u, i) => ({ id: u.id, slug: u.slug, before: u.sortOrder, after: (i + 1) * 10 }))
      .filter((c) => c.before !== c.after);
    for (const change of changes) await tx.unit.update({ where: { id: change.id }, data: { sortOrder: change.after } });
    await recordAudit(tx, {
      kind: "UNITS_REORDERED",
      actorId: actor.id,
      districtId: actor.districtId,
      targetId: unitId,
      data: { direction, before: Object.fromEntries(changes.map((c) => [c.slug, c.before])), after: Object.fromEntries(changes.map((c) => [c.slug, c.after])) },
    });
    return { isMoved: true };
  });
}
