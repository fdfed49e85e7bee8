import "server-only";
import { db, type Db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { importChecksum } from "@/lib/units/import/import-checksum";
import { planImport, type ImportPlan } from "@/lib/units/import/plan-import";
import { readImportFile } from "@/lib/units/import/read-import-file";
import { auditFields, unitSnapshotSelect } from "@/lib/units/unit-snapshot";

export type ImportUnitsOptions = {
  actor: Actor;
  fileName: string;
  bytes: Uint8Array;
  /** Absent: preview only. Present: apply, provided the file is still the one previewed. */
  confirmChecksum?: string;
};

export type ImportUnitsResult = { fileName: string; checksum: string; encoding: string; plan: ImportPlan; isApplied: boolean };

async function currentPlan(tx: Tx | Db, districtId: string, rows: Parameters<typeof planImport>[0]): Promise<ImportPlan> {
  const [units, district] = await Promise.all([
    tx.unit.findMany({ where: { districtId }, select: { ...unitSnapshotSelect, _count: { select: { reports: true } } } }),
    tx.district.findUniqueOrThrow({ where: { id: districtId }, select: { townLabel: true, departmentLabel: true } }),
  ]);
  return planImport(
    rows,
    units.map((u) => ({ ...u, hasReports: u._count.reports > 0 })),
    { TOWN: district.townLabel, DEPARTMENT: district.departmentLabel },
  );
}

/**
 * Previews or applies a unit import. Applying plans again inside the transaction (the units may
 * have changed since the preview) and writes only the valid rows, with one UNITS_IMPORTED event
 * carrying each changed unit's before and after. Nothing is written when nothing would change.
 */
export async function importUnits({ actor, fileName, bytes, confirmChecksum }: ImportUnitsOptions): Promise<ImportUnitsResult> {
  assertCan(actor, "admin:manage");
  const read = await readImportFile({ fileName, bytes });
  if (!read.ok) throw new AppError("INVALID_INPUT", read.message);
  const checksum = importChecksum(bytes);
  if (confirmChecksum === undefined) {
    return { fileName, checksum, encoding: read.encoding, plan: await currentPlan(db, actor.districtId, read.rows), isApplied: false };
  }
  if (confirmChecksum !== checksum) throw new AppError("INVALID_INPUT", "要导入的文件与预览时的不同，请重新上传并预览。");

  return db.$transaction(async (tx) => {
    const plan = await currentPlan(tx, actor.districtId, read.rows);
    const changes: { unitId: string; before: unknown; after: unknown }[] = [];
    for (const row of plan.rows) {
      if (!row.after || (row.status !== "create" && row.status !== "update")) continue;
      const before = row.unitId ? await tx.unit.findUniqueOrThrow({ where: { id: row.unitId }, select: unitSnapshotSelect }) : null;
      const unit = before
        ? await tx.unit.update({ where: { id: before.id }, data: row.after, select: unitSnapshotSelect })
        : await tx.unit.create({ data: { ...row.after, districtId: actor.districtId }, select: unitSnapshotSelect });
      changes.push({ unitId: unit.id, before: before ? auditFields(before) : null, after: auditFields(unit) });
    }
    if (changes.length > 0) {
      await recordAudit(tx, {
        kind: "UNITS_IMPORTED",
        actorId: actor.id,
        districtId: actor.districtId,
        data: { fileName, checksum, counts: plan.counts, changes },
      });
    }
    return { fileName, checksum, encoding: read.encoding, plan, isApplied: changes.length > 0 };
  });
}
