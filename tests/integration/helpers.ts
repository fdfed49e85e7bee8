// Assertions shared by the integration tests.
import { expect } from "vitest";
import { db } from "@/lib/db";
import { AppError, type ErrorCode } from "@/lib/errors";

/** Awaits the promise, expects an AppError with this code, and returns it. */
export async function expectAppError(promise: Promise<unknown>, code: ErrorCode): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, `expected AppError ${code}`).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

export type AuditRow = Awaited<ReturnType<typeof auditEventsOf>>[number];

export function auditEventsOf(reportId: string) {
  return db.auditEvent.findMany({
    where: { reportId },
    orderBy: { createdAt: "asc" },
    select: { id: true, kind: true, actorId: true, reportId: true, districtId: true, sectionKey: true, targetId: true, data: true },
  });
}

/**
 * Follows a report's audit trail: each `newEvents()` returns only the events written since the
 * previous call, so a test can say "this step wrote exactly this one event".
 */
export function auditTrail(reportId: string) {
  const seen = new Set<string>();
  return {
    async newEvents(): Promise<AuditRow[]> {
      const rows = (await auditEventsOf(reportId)).filter((row) => !seen.has(row.id));
      for (const row of rows) seen.add(row.id);
      return rows;
    },
    /** Expects exactly one new event, of this kind, by this actor, on this report. */
    async expectOne(kind: string, actorId: string): Promise<AuditRow> {
      const rows = await this.newEvents();
      expect(rows.map((r) => r.kind)).toEqual([kind]);
      expect(rows[0]).toMatchObject({ kind, actorId, reportId });
      return rows[0];
    },
    async expectNone(): Promise<void> {
      expect((await this.newEvents()).map((r) => r.kind)).toEqual([]);
    },
  };
}

export async function reportRow(reportId: string) {
  return db.report.findUniqueOrThrow({ where: { id: reportId }, select: { status: true, version: true, submittedAt: true, docNumber: true } });
}

export async function sectionRow(reportId: string, key: string) {
  return db.reportSection.findUniqueOrThrow({
    where: { reportId_key: { reportId, key } },
    select: { id: true, title: true, body: true, metrics: true, version: true, updatedById: true },
  });
}
