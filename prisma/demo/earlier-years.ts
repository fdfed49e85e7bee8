// A past cycle as it went: every unit wrote, submitted and was approved between January and
// March, some after a return round, and the district published before 3月31日. Two reports
// were later corrected, one withdrawn, and one approved report was never published (overdue).
import { db } from "@/lib/db";
import { createPicker, createRandom, hashSeed } from "@/lib/demo/prng";
import type { GeneratedSection } from "@/lib/demo/generate-report-text";
import { corrections, docNumberPrefixes, overdue, withdrawal } from "./demo-plan";
import { addDays, answer, approve, comment, officeTime, publish, reopen, returnToUnit, save, submit, withdraw, writeReport } from "./report-steps";
import { hasReport, textFor, type Story, type StoryUnit } from "./story-context";

const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));

export async function buildEarlierYear(story: Story, year: number, yearsBack: number): Promise<number> {
  let built = 0;
  for (const [index, unit] of story.units.entries()) {
    const clerk = story.clerkOf(unit.slug);
    // A unit without an active clerk has nobody to write a missing report.
    if (!clerk || (await hasReport(unit.id, year, story.districtId))) continue;
    await buildReport(story, unit, year, yearsBack, index);
    built++;
  }
  return built;
}

async function buildReport(story: Story, unit: StoryUnit, year: number, yearsBack: number, index: number) {
  const clerk = story.clerkOf(unit.slug)!;
  const { reviewer } = story;
  const p = createPicker(createRandom(hashSeed(`story:${unit.slug}:${year}`)));
  const sections = await textFor(unit, year, story.districtId);
  const minutes = (index % 6) * 35;

  let day = utc(year + 1, 1, p.int(4, 20));
  const reportId = await writeReport({ clerk, year, sections, at: officeTime(day, minutes) });
  day = addDays(day, p.int(10, 25));
  await submit(clerk, reportId, officeTime(day, minutes + 30));
  if (p.int(1, 4) === 1) {
    const shortcomings = sections.find((s) => s.key === "shortcomings");
    day = addDays(day, p.int(2, 5));
    const commentId = await comment(reviewer, reportId, "shortcomings", "原因分析较为笼统，请结合本单位实际具体分析。", officeTime(day, 90));
    await returnToUnit(reviewer, reportId, officeTime(day, 95));
    day = addDays(day, p.int(3, 6));
    if (shortcomings) {
      const body = `${shortcomings.body}\n此外，${unit.kind === "TOWN" ? "镇村两级" : "本单位"}法治工作力量配备与任务要求不相适应，也是影响工作成效的重要原因。`;
      await save(clerk, reportId, { ...shortcomings, body }, officeTime(day, minutes));
    }
    await answer(clerk, commentId, "已结合本单位实际补充原因分析。", officeTime(day, minutes + 10));
    await submit(clerk, reportId, officeTime(day, minutes + 15));
  }
  day = addDays(day, p.int(3, 10));
  await approve(reviewer, reportId, officeTime(day, 120 + minutes));
  if (unit.slug === overdue.slug && yearsBack === overdue.yearsBack) return;

  day = addDays(day, p.int(2, 12));
  const prefix = docNumberPrefixes[unit.slug];
  const docNumber = prefix && p.int(1, 5) > 2 ? `${prefix}〔${year + 1}〕${p.int(1, 40)}号` : undefined;
  await publish(reviewer, reportId, day, { docNumber });

  const correction = corrections.find((c) => c.slug === unit.slug && c.yearsBack === yearsBack);
  if (correction) await correct(story, { reportId, year, sections }, correction, utc(year + 1, p.int(5, 9), p.int(1, 28)));
  if (withdrawal.slug === unit.slug && withdrawal.yearsBack === yearsBack) {
    await withdraw(reviewer, reportId, withdrawal.reason, officeTime(utc(year + 1, p.int(6, 10), p.int(1, 28)), 150));
  }
}

/** A figure found wrong after publication: reopened, fixed by the clerk, approved and published again with a 更正说明. */
async function correct(story: Story, report: { reportId: string; year: number; sections: GeneratedSection[] }, plan: (typeof corrections)[number], startDay: Date) {
  const { reportId, year } = report;
  const section = report.sections.find((s) => s.key === plan.sectionKey)!;
  const unit = story.units.find((u) => u.slug === plan.slug)!;
  const clerk = story.clerkOf(unit.slug)!;
  const field = await db.templateSection.findFirstOrThrow({
    where: { key: plan.sectionKey, template: { unitKind: unit.kind, year: { districtId: story.districtId, year } } },
    select: { metrics: true },
  });
  const label = (field.metrics as { key: string; label: string; unit: string }[]).find((m) => m.key === plan.metric)!;
  const before = section.metrics[plan.metric];
  const after = before + plan.delta;
  const body = section.body.replace(new RegExp(`(${label.label.replace(/数$/, "").replace(/件$/, "")}[^，。；\\d]{0,6})${before}`), `$1${after}`);
  if (body === section.body) throw new Error(`demo: ${label.label} not found in the text of ${unit.slug} ${year}`);
  const fixed = { ...section, body, metrics: { ...section.metrics, [plan.metric]: after } };

  await reopen(story.reviewer, reportId, plan.sectionKey, `经核对统计台账，“${label.label}”应为${after}${label.unit}，请更正正文和统计指标。`, officeTime(startDay, 60));
  const commentId = (await db.reviewComment.findFirstOrThrow({ where: { reportId, status: "OPEN" }, select: { id: true } })).id;
  const day = addDays(startDay, 2);
  await save(clerk, reportId, fixed, officeTime(day, 30));
  await answer(clerk, commentId, `已将${label.label}更正为${after}${label.unit}。`, officeTime(day, 40));
  await submit(clerk, reportId, officeTime(day, 45));
  await approve(story.reviewer, reportId, officeTime(addDays(day, 1), 60));
  await publish(story.reviewer, reportId, addDays(day, 2), {
    correctionNote: `经核实，原报告“${section.title}”部分中${label.label}有误，由${before}${label.unit}更正为${after}${label.unit}，统计指标同步更正。`,
  });
}
