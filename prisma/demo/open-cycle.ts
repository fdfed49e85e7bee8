// The open cycle on the day the demo runs: over the last few weeks units have started,
// submitted, been returned, approved and (one) published early; a few have not started.
import { isAllowedPublishDate } from "@/lib/reports/publish-date";
import { openCycleStates, otherReturnComments, zhenxiComments, type OpenCycleState } from "./demo-plan";
import { addDays, answer, approve, comment, officeTime, publish, returnToUnit, save, submit, writeReport } from "./report-steps";
import { publishEarly } from "./publish-early";
import { hasReport, textFor, type Story, type StoryUnit } from "./story-context";

/** The weeks before today that the open cycle's story fills: at most 40 days, never before the year began. */
export function storyWindow(year: number, today: Date): { start: Date; days: number } {
  const start = new Date(Math.max(addDays(today, -40).getTime(), Date.UTC(year, 0, 1)));
  return { start, days: Math.max(1, Math.round((today.getTime() - start.getTime()) / 86_400_000) - 1) };
}

export async function buildOpenCycle(story: Story, year: number): Promise<number> {
  const { start, days } = storyWindow(year, story.today);
  let built = 0;
  for (const [index, unit] of story.units.entries()) {
    const state = openCycleStates[unit.slug] ?? "DRAFT";
    if (state === "NOT_STARTED" || !story.clerkOf(unit.slug) || (await hasReport(unit.id, year, story.districtId))) continue;
    // Each step on the day at fraction f of the window, shifted by up to a few days per unit
    // so that units do not all move on the same day.
    const shift = ((index * 7) % 10) / 100;
    const at = (f: number, minutes = 0) => officeTime(addDays(start, Math.min(days, Math.round((f + shift) * days))), (index % 8) * 20 + minutes);
    await buildReport(story, unit, year, state, at);
    built++;
  }
  return built;
}

async function buildReport(story: Story, unit: StoryUnit, year: number, state: Exclude<OpenCycleState, "NOT_STARTED">, at: (f: number, minutes?: number) => Date) {
  const clerk = story.clerkOf(unit.slug)!;
  const { reviewer } = story;
  const sections = await textFor(unit, year, story.districtId);
  const withText = sections.filter((s) => s.body);

  if (state === "DRAFT") {
    const fill = new Set(withText.slice(0, Math.ceil(withText.length / 2)).map((s) => s.key));
    await writeReport({ clerk, year, sections, at: at(0.35), fill, inTwoGoes: new Set([withText[0].key]) });
    return;
  }
  const twoGoes = state === "RETURNED" ? new Set(zhenxiComments.map((c) => c.sectionKey)) : new Set(["shortcomings"]);
  const reportId = await writeReport({ clerk, year, sections, at: at(0.1), inTwoGoes: twoGoes });
  // Submissions still waiting came in lately; the others had time to be reviewed.
  await submit(clerk, reportId, at(state === "SUBMITTED" ? 0.75 : 0.3, 240));

  switch (state) {
    case "RETURNED":
      for (const [i, c] of zhenxiComments.entries()) await comment(reviewer, reportId, c.sectionKey, c.body, at(0.8, 60 + i * 5));
      await returnToUnit(reviewer, reportId, at(0.8, 75));
      return;
    case "RETURNED_ANSWERED": {
      const commentId = await comment(reviewer, reportId, null, otherReturnComments.report, at(0.6, 60));
      await returnToUnit(reviewer, reportId, at(0.6, 65));
      const shortcomings = sections.find((s) => s.key === "shortcomings")!;
      const reasons = `${shortcomings.body}\n具体而言，执法人员中具有法律专业背景的比例偏低，部分制度在落实中缺少跟踪问效。`;
      await save(clerk, reportId, { ...shortcomings, body: reasons }, at(0.9, 30));
      await answer(clerk, commentId, otherReturnComments.answer, at(0.9, 40));
      return;
    }
    case "RESUBMITTED": {
      const note = otherReturnComments.resubmitted;
      const commentId = await comment(reviewer, reportId, note.sectionKey, note.body, at(0.45, 60));
      await returnToUnit(reviewer, reportId, at(0.45, 65));
      const enforcement = sections.find((s) => s.key === note.sectionKey)!;
      const body = `${enforcement.body}\n全年通过执法信息公示平台公示执法决定${20 + (unit.slug.length % 7) * 9}条，重大执法决定均经法制审核。`;
      await save(clerk, reportId, { ...enforcement, body }, at(0.6, 30));
      await answer(clerk, commentId, note.answer, at(0.6, 40));
      await submit(clerk, reportId, at(0.6, 50));
      return;
    }
    case "SUBMITTED":
      return;
    case "APPROVED":
      await approve(reviewer, reportId, at(0.7, 120));
      return;
    case "PUBLISHED": {
      await approve(reviewer, reportId, at(0.5, 120));
      const day = addDays(at(0.85), 0);
      const publishDay = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()));
      // The year is not over yet in most of the cycle: publishReport would refuse the date.
      if (isAllowedPublishDate({ date: publishDay, reportYear: year, today: story.today, previous: null })) await publish(reviewer, reportId, publishDay);
      else await publishEarly(reviewer, reportId, publishDay);
    }
  }
}
