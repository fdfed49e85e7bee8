import "server-only";
import { db } from "@/lib/db";
import { can, type Actor } from "@/lib/auth/permissions";

export type SignOffView = {
  /** The submission revision the head signed off. */
  revision: number;
  signedOffByName: string;
  signedOffAt: Date;
};

/**
 * The unit's own sign-off (单位审签) of the latest submission: who signed it off and when. Null
 * when that submission was not signed off (a year without 单位审签, or an earlier submission
 * made before the setting), and for a report the actor may not see.
 */
export async function getSignOff({ actor, reportId }: { actor: Actor; reportId: string }): Promise<SignOffView | null> {
  const report = await db.report.findUnique({
    where: { id: reportId },
    select: {
      unitId: true,
      status: true,
      unit: { select: { districtId: true } },
      year: { select: { unitSignOff: true } },
      revisions: {
        where: { kind: "SUBMISSION" },
        orderBy: { number: "desc" },
        take: 1,
        select: { number: true, signedOffAt: true, signedOffBy: { select: { name: true } } },
      },
    },
  });
  if (!report) return null;
  const scope = { unitId: report.unitId, districtId: report.unit.districtId, status: report.status, unitSignOff: report.year.unitSignOff };
  if (!can(actor, "report:read", scope)) return null;
  const latest = report.revisions[0];
  if (!latest?.signedOffAt || !latest.signedOffBy) return null;
  return { revision: latest.number, signedOffByName: latest.signedOffBy.name, signedOffAt: latest.signedOffAt };
}
