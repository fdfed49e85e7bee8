import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { authorizeReport } from "@/lib/reports/authorize-report";
import { compareSnapshots, type ReportComparison } from "@/lib/reports/compare-snapshots";
import { parseSnapshot } from "@/lib/reports/snapshot";

export type ComparisonMode = "previous" | "published";

type RevisionRef = { id: string; number: number; createdAt: Date };

export type ReviewComparison = {
  /** Which comparisons this report has at all (for the view switcher). */
  available: Record<ComparisonMode, boolean>;
  /** The latest submission, the text under review. */
  current: RevisionRef | null;
  base: (RevisionRef & { mode: ComparisonMode }) | null;
  comparison: ReportComparison | null;
};

/**
 * The latest submission compared with the one before it ("previous"), or with the text the
 * public sees now ("published", for a correction under way). Frozen revisions on both sides, so
 * the reviewer compares exactly what was submitted, never a live draft.
 */
export async function getReviewComparison({ actor, reportId, mode }: { actor: Actor; reportId: string; mode: ComparisonMode | null }): Promise<ReviewComparison> {
  await authorizeReport(db, actor, "report:read", reportId);
  const [submissions, publication] = await Promise.all([
    db.revision.findMany({
      where: { reportId, kind: "SUBMISSION" },
      orderBy: { number: "desc" },
      take: 2,
      select: { id: true, number: true, createdAt: true },
    }),
    db.publication.findFirst({
      where: { reportId, isCurrent: true },
      select: { revision: { select: { id: true, number: true, createdAt: true } } },
    }),
  ]);
  const [current, previous] = submissions;
  const published = publication && current && publication.revision.number < current.number ? publication.revision : null;
  const available = { previous: Boolean(previous), published: Boolean(published) };
  const base = mode === "previous" ? previous : mode === "published" ? published : null;
  if (!current || !base || !mode) return { available, current: current ?? null, base: null, comparison: null };

  const snapshots = await db.revision.findMany({ where: { id: { in: [base.id, current.id] } }, select: { id: true, snapshot: true } });
  const byId = new Map(snapshots.map((r) => [r.id, parseSnapshot(r.snapshot)]));
  return {
    available,
    current,
    base: { ...base, mode },
    comparison: compareSnapshots(byId.get(base.id)!, byId.get(current.id)!),
  };
}
