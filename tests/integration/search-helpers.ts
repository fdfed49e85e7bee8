// Publishing reports with chosen text, for the public search, API and feed tests.
import { expect } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { answerComment } from "@/lib/reports/answer-comment";
import { approveReport } from "@/lib/reports/approve-report";
import { openReport } from "@/lib/reports/open-report";
import { publishReport } from "@/lib/reports/publish-report";
import { reopenForCorrection } from "@/lib/reports/reopen-for-correction";
import { saveSection } from "@/lib/reports/save-section";
import { submitReport } from "@/lib/reports/submit-report";
import { fillRequiredSections, sampleBody, type World } from "../factories";
import { reportRow, sectionRow } from "./helpers";

/**
 * A word no other report contains: random characters from CJK Extension A, which no template
 * or other test uses (several test files share one database, so a counter would repeat across
 * them). A single character comes from Extension B, outside the Basic Multilingual Plane, so
 * that no longer word contains it by chance. The index sees them as any Chinese text.
 */
export function uniqueWord(length = 4): string {
  if (length === 1) return String.fromCodePoint(0x20000 + Math.floor(Math.random() * 0xa6d0));
  let word = "";
  for (let i = 0; i < length; i++) word += String.fromCodePoint(0x3400 + Math.floor(Math.random() * 6592));
  return word;
}

export async function versionOf(reportId: string): Promise<number> {
  return (await reportRow(reportId)).version;
}

/** Saves the section with `text` as its last paragraph, keeping enough text and its metrics to submit. */
export async function writeSection(actor: Actor, reportId: string, key: string, text: string) {
  const section = await sectionRow(reportId, key);
  const result = await saveSection({
    actor,
    input: { reportId, key, version: section.version, title: section.title, body: `${sampleBody(section.title)}\n${text}`, metrics: section.metrics as Record<string, number | null> },
  });
  expect(result.status).toBe("saved");
}

/** The clerk's report with these texts, submitted; approved and published as far as asked. */
export async function reportWith(world: World, texts: Record<string, string>, until: "draft" | "submitted" | "approved" | "published" = "published", publishedAt = "2025-02-01") {
  const { id } = await openReport({ actor: world.clerk, year: world.year });
  await fillRequiredSections(world.clerk, id);
  for (const [key, text] of Object.entries(texts)) await writeSection(world.clerk, id, key, text);
  if (until === "draft") return id;
  await submitReport({ actor: world.clerk, reportId: id });
  if (until === "submitted") return id;
  await approveReport({ actor: world.reviewer, reportId: id, version: await versionOf(id) });
  if (until === "approved") return id;
  await publishReport({ actor: world.reviewer, reportId: id, version: await versionOf(id), publishedAt });
  return id;
}

/** Takes a published (or withdrawn) report through a correction replacing the section's text, up to `until`. */
export async function correct(world: World, reportId: string, key: string, text: string, until: "submitted" | "published", publishedAt = "2025-03-01") {
  await reopenForCorrection({ actor: world.reviewer, reportId, version: await versionOf(reportId), comment: "请更正。", sectionKey: key });
  await writeSection(world.clerk, reportId, key, text);
  const comment = await db.reviewComment.findFirstOrThrow({ where: { reportId, status: "OPEN" } });
  await answerComment({ actor: world.clerk, commentId: comment.id, answer: "已更正。" });
  await submitReport({ actor: world.clerk, reportId });
  if (until === "published") await publishCorrection(world, reportId, publishedAt);
}

/** Approves and publishes a submitted correction. */
export async function publishCorrection(world: World, reportId: string, publishedAt = "2025-03-01") {
  await approveReport({ actor: world.reviewer, reportId, version: await versionOf(reportId) });
  await publishReport({ actor: world.reviewer, reportId, version: await versionOf(reportId), publishedAt, correctionNote: "更正了执法数据。" });
}
