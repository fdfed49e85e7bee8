import "server-only";
import { db, type Tx } from "@/lib/db";
import { formatChineseDate } from "@/lib/dates";
import { isUniqueViolation } from "@/lib/retry-unique";
import { statusLabels, type ReportStatus } from "@/lib/reports/workflow";
import { recordAudit } from "@/lib/audit/record-audit";
import { writeNotifications, type NewNotification } from "@/lib/notifications/write-notifications";
import { describeDaysLeft } from "@/lib/reminders/reminder-step";
import { digestUnitId, planReminders, reminderKinds, sentKey, type ReminderPlan } from "@/lib/reminders/plan-reminders";

export type ReminderRun = { years: number; unitReminders: number; digests: number; notifications: number; skippedAsDone: number };

/**
 * One run of the deadline reminders over every open year. Each year's reminders are written in
 * one transaction with their log rows; the log's unique key makes a second worker's identical
 * run fail as a whole and change nothing, so a reminder goes out once per unit and step.
 */
export async function runReminders({ now = new Date(), districtId }: { now?: Date; districtId?: string } = {}): Promise<ReminderRun> {
  const run: ReminderRun = { years: 0, unitReminders: 0, digests: 0, notifications: 0, skippedAsDone: 0 };
  const years = await db.reportingYear.findMany({
    where: { isOpen: true, ...(districtId ? { districtId } : {}) },
    select: { id: true, year: true, districtId: true, internalDeadline: true, publicationDeadline: true },
  });
  for (const year of years) {
    run.years += 1;
    try {
      const written = await db.$transaction((tx) => remindForYear(tx, year, now), { timeout: 30_000 });
      run.unitReminders += written.unitReminders;
      run.digests += written.digests;
      run.notifications += written.notifications;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      run.skippedAsDone += 1;
    }
  }
  return run;
}

type YearRow = { id: string; year: number; districtId: string; internalDeadline: Date | null; publicationDeadline: Date };

async function remindForYear(tx: Tx, year: YearRow, now: Date) {
  const [units, logs, people] = await Promise.all([
    tx.unit.findMany({
      where: { districtId: year.districtId, isActive: true },
      orderBy: [{ kind: "asc" }, { sortOrder: "asc" }],
      select: { id: true, shortName: true, reports: { where: { yearId: year.id }, select: { id: true, status: true } } },
    }),
    tx.reminderLog.findMany({ where: { yearId: year.id, kind: { not: reminderKinds.urge } }, select: { kind: true, unitId: true, step: true } }),
    tx.user.findMany({
      where: { districtId: year.districtId, isActive: true, role: { in: ["CLERK", "UNIT_HEAD", "REVIEWER"] } },
      select: { id: true, role: true, unitId: true },
    }),
  ]);
  const submitDeadline = year.internalDeadline ?? year.publicationDeadline;
  const plan = planReminders({
    now,
    submitDeadline,
    publicationDeadline: year.publicationDeadline,
    units: units.map((u) => ({ unitId: u.id, status: u.reports[0]?.status ?? null })),
    sent: new Set(logs.map((l) => sentKey(l.kind, l.unitId, l.step))),
  });
  const byId = new Map(units.map((u) => [u.id, u]));
  const reviewers = people.filter((p) => p.role === "REVIEWER").map((p) => p.id);
  const unitPeople = new Map<string, string[]>();
  for (const p of people) if (p.unitId && p.role !== "REVIEWER") unitPeople.set(p.unitId, [...(unitPeople.get(p.unitId) ?? []), p.id]);

  const logRows: { yearId: string; unitId: string; kind: string; step: string; createdAt: Date }[] = [];
  const notes: NewNotification[] = [];
  const names = (ids: string[]) => ids.map((id) => byId.get(id)!.shortName);

  if (plan.submit) {
    const { step, unitIds } = plan.submit;
    for (const unitId of unitIds) {
      logRows.push({ yearId: year.id, unitId, kind: reminderKinds.submit, step: step.key, createdAt: now });
      const report = byId.get(unitId)!.reports[0];
      const state = report ? `报告当前状态：${statusLabels[report.status as ReportStatus]}。` : "报告尚未开始填写。";
      for (const userId of unitPeople.get(unitId) ?? []) {
        notes.push({
          userId, kind: "DEADLINE", reportId: report?.id ?? null, actorId: null,
          title: `${year.year}年度法治政府建设年度报告报送截止日为${formatChineseDate(submitDeadline)}，${describeDaysLeft(step.daysLeft)}`,
          body: `${state}请在截止日前提交${step.daysLeft < 0 ? "，已逾期的请尽快报送" : ""}。`,
          link: report ? `/workspace/reports/${report.id}` : "/workspace",
        });
      }
    }
  }
  if (plan.lateDigest) notes.push(...digest("LATE_DIGEST", plan.lateDigest, reviewers, (count) => `${year.year}年度报告报送已截止（${formatChineseDate(submitDeadline)}），${count} 个单位尚未提交`, `/review?year=${year.year}`, names));
  if (plan.lateDigest) logRows.push({ yearId: year.id, unitId: digestUnitId, kind: reminderKinds.lateDigest, step: plan.lateDigest.step.key, createdAt: now });
  if (plan.publish) {
    const { step, unitIds } = plan.publish;
    for (const unitId of unitIds) logRows.push({ yearId: year.id, unitId, kind: reminderKinds.publish, step: step.key, createdAt: now });
    notes.push(...digest("PUBLISH_DEADLINE", plan.publish, reviewers, (count) => `${year.year}年度报告公开截止日为${formatChineseDate(year.publicationDeadline)}，${describeDaysLeft(step.daysLeft)}：${count} 份已通过的报告尚未发布`, "/review/publish", names));
  }

  if (logRows.length) await tx.reminderLog.createMany({ data: logRows });
  const notifications = await writeNotifications(tx, notes, now);
  if (logRows.length) {
    await recordAudit(tx, {
      kind: "REMINDERS_SENT",
      districtId: year.districtId,
      data: { year: year.year, unitReminders: plan.submit?.unitIds.length ?? 0, publishReminders: plan.publish?.unitIds.length ?? 0, notifications },
    });
  }
  return { unitReminders: plan.submit?.unitIds.length ?? 0, digests: (plan.lateDigest ? 1 : 0) + (plan.publish ? 1 : 0), notifications };
}

function digest(
  kind: "LATE_DIGEST" | "PUBLISH_DEADLINE",
  part: NonNullable<ReminderPlan["publish"]>,
  reviewers: string[],
  title: (count: number) => string,
  link: string,
  names: (ids: string[]) => string[],
): NewNotification[] {
  const listed = names(part.unitIds);
  const body = listed.length > 30 ? `${listed.slice(0, 30).join("、")} 等 ${listed.length} 个单位。` : `${listed.join("、")}。`;
  return reviewers.map((userId) => ({ userId, kind, reportId: null, actorId: null, title: title(listed.length), body, link }));
}
