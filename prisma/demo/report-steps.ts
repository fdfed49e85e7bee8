// One step of a report's life at a given moment, through the real commands: the clock is set
// to the moment first, so the rows and audit events carry the story's dates.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { openReport } from "@/lib/reports/open-report";
import { saveSection } from "@/lib/reports/save-section";
import { submitReport } from "@/lib/reports/submit-report";
import { addComment } from "@/lib/reports/add-comment";
import { returnReport } from "@/lib/reports/return-report";
import { answerComment } from "@/lib/reports/answer-comment";
import { approveReport } from "@/lib/reports/approve-report";
import { publishReport } from "@/lib/reports/publish-report";
import { reopenForCorrection } from "@/lib/reports/reopen-for-correction";
import { withdrawReport } from "@/lib/reports/withdraw-report";
import { toCalendarDateString } from "@/lib/dates";
import type { GeneratedSection } from "@/lib/demo/generate-report-text";
import { setClock } from "./clock";

const minute = 60_000;

/** A moment on a calendar day (UTC midnight) at China office time: 9:00 plus `minutes`. */
export function officeTime(day: Date, minutes = 0): Date {
  return new Date(day.getTime() + 1 * 60 * minute + minutes * minute);
}

export function addDays(day: Date, days: number): Date {
  return new Date(day.getTime() + days * 1440 * minute);
}

async function versionOf(reportId: string): Promise<number> {
  return (await db.report.findUniqueOrThrow({ where: { id: reportId }, select: { version: true } })).version;
}

/** Saves one section as the clerk would, from the version stored now. */
export async function save(clerk: Actor, reportId: string, section: Pick<GeneratedSection, "key" | "title" | "body" | "metrics">, at: Date) {
  setClock(at);
  const stored = await db.reportSection.findUniqueOrThrow({ where: { reportId_key: { reportId, key: section.key } }, select: { version: true } });
  const result = await saveSection({ actor: clerk, input: { reportId, key: section.key, version: stored.version, title: section.title, body: section.body, metrics: section.metrics } });
  if (result.status !== "saved") throw new Error(`demo: save of ${section.key} conflicted`);
}

/**
 * Opens the report and writes the sections named in `fill` (all by default), a few minutes
 * apart; the sections in `inTwoGoes` are first saved with their first paragraph only, so
 * their history has two versions.
 */
export async function writeReport(options: { clerk: Actor; year: number; sections: GeneratedSection[]; at: Date; fill?: Set<string>; inTwoGoes?: Set<string> }) {
  const { clerk, year, sections, at } = options;
  setClock(at);
  const { id } = await openReport({ actor: clerk, year });
  let minutes = 20;
  for (const section of sections) {
    if (!section.body || (options.fill && !options.fill.has(section.key))) continue;
    if (options.inTwoGoes?.has(section.key)) {
      await save(clerk, id, { ...section, body: section.body.split("\n")[0] }, new Date(at.getTime() + minutes * minute));
      minutes += 25;
    }
    await save(clerk, id, section, new Date(at.getTime() + minutes * minute));
    minutes += 17;
  }
  return id;
}

export async function submit(clerk: Actor, reportId: string, at: Date) {
  setClock(at);
  await submitReport({ actor: clerk, reportId });
}

export async function comment(reviewer: Actor, reportId: string, sectionKey: string | null, body: string, at: Date): Promise<string> {
  setClock(at);
  return (await addComment({ actor: reviewer, input: { reportId, sectionKey, body } })).id;
}

export async function returnToUnit(reviewer: Actor, reportId: string, at: Date) {
  setClock(at);
  await returnReport({ actor: reviewer, reportId, version: await versionOf(reportId) });
}

export async function answer(clerk: Actor, commentId: string, text: string, at: Date) {
  setClock(at);
  await answerComment({ actor: clerk, commentId, answer: text });
}

export async function approve(reviewer: Actor, reportId: string, at: Date) {
  setClock(at);
  await approveReport({ actor: reviewer, reportId, version: await versionOf(reportId) });
}

/** Publishes (or, with a note, publishes a correction) on `day`, at 10:00 China time that day. */
export async function publish(reviewer: Actor, reportId: string, day: Date, options: { docNumber?: string; correctionNote?: string } = {}) {
  setClock(officeTime(day, 60));
  await publishReport({ actor: reviewer, reportId, version: await versionOf(reportId), publishedAt: toCalendarDateString(day), ...options });
}

export async function reopen(reviewer: Actor, reportId: string, sectionKey: string, text: string, at: Date) {
  setClock(at);
  await reopenForCorrection({ actor: reviewer, reportId, version: await versionOf(reportId), comment: text, sectionKey });
}

export async function withdraw(reviewer: Actor, reportId: string, reason: string, at: Date) {
  setClock(at);
  await withdrawReport({ actor: reviewer, reportId, version: await versionOf(reportId), reason });
}
