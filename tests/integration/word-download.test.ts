// The Word download route against a real database: what it serves for the current publication,
// a correction, and what it refuses (unknown, unpublished, withdrawn).
import { parse } from "content-disposition";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/(public)/reports/[year]/[unit]/word/route";
import { db } from "@/lib/db";
import { answerComment } from "@/lib/reports/answer-comment";
import { approveReport } from "@/lib/reports/approve-report";
import { publishReport } from "@/lib/reports/publish-report";
import { reopenForCorrection } from "@/lib/reports/reopen-for-correction";
import { saveSection } from "@/lib/reports/save-section";
import { submitReport } from "@/lib/reports/submit-report";
import { withdrawReport } from "@/lib/reports/withdraw-report";
import { paragraphsOf, readDocxParts } from "../docx-xml";
import { createReport, createWorld, sampleBody, type World } from "../factories";
import { reportRow, sectionRow } from "./helpers";

function getWord(year: string | number, unit: string, headers: Record<string, string> = {}) {
  return GET(new NextRequest(`http://localhost/reports/${year}/${unit}/word`, { headers }), { params: Promise.resolve({ year: String(year), unit }) });
}

async function paragraphTexts(response: Response): Promise<string[]> {
  const parts = readDocxParts(new Uint8Array(await response.arrayBuffer()));
  return paragraphsOf(parts["word/document.xml"]).map((p) => p.text);
}

async function publishedReport(world: World) {
  const { id, version } = await createReport(world, { submit: true });
  await approveReport({ actor: world.reviewer, reportId: id, version });
  await publishReport({ actor: world.reviewer, reportId: id, version: version + 1, publishedAt: `${world.year + 1}-02-01` });
  return { id, title: (await db.report.findUniqueOrThrow({ where: { id }, select: { title: true } })).title };
}

describe("GET /reports/[year]/[unit]/word", () => {
  it("serves the current publication as a .docx named after its title, cacheable, with a validator", async () => {
    const world = await createWorld();
    const report = await publishedReport(world);

    const response = await getWord(world.year, world.unit.slug);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(parse(response.headers.get("content-disposition")!)).toMatchObject({ type: "attachment", parameters: { filename: `${report.title}.docx` } });
    expect(response.headers.get("content-disposition")).toContain(`filename=report-${world.year}-${world.unit.slug}.docx`);
    expect(response.headers.get("cache-control")).toMatch(/^public, max-age=\d+/);
    const etag = response.headers.get("etag")!;
    expect(etag).toMatch(/^".+"$/);

    const texts = await paragraphTexts(response);
    expect(texts[0]).toBe(report.title);
    expect(texts).toContain("（一）学习贯彻习近平法治思想情况");
    expect(texts).toContain(world.unit.name);
    const enforcement = await sectionRow(report.id, "enforcement");
    expect(texts).toContain(enforcement.body.split("\n")[0]);

    const unchanged = await getWord(world.year, world.unit.slug, { "If-None-Match": etag });
    expect(unchanged.status).toBe(304);
    expect(await unchanged.text()).toBe("");
  });

  it("serves the corrected text with its 更正说明 under a new validator once the correction is published", async () => {
    const world = await createWorld();
    const report = await publishedReport(world);
    const before = await getWord(world.year, world.unit.slug);
    const etag = before.headers.get("etag")!;

    await reopenForCorrection({ actor: world.reviewer, reportId: report.id, version: (await reportRow(report.id)).version, comment: "执法人员数有误。", sectionKey: "enforcement" });
    const section = await sectionRow(report.id, "enforcement");
    await saveSection({
      actor: world.clerk,
      input: { reportId: report.id, key: "enforcement", version: section.version, title: section.title, body: `全镇执法人员25人，均持证上岗。\n${sampleBody("行政执法")}`, metrics: section.metrics as Record<string, number | null> },
    });
    // Until the correction is published, the download is still the published text.
    expect((await getWord(world.year, world.unit.slug, { "If-None-Match": etag })).status).toBe(304);

    const comment = await db.reviewComment.findFirstOrThrow({ where: { reportId: report.id, status: "OPEN" } });
    await answerComment({ actor: world.clerk, commentId: comment.id, answer: "已更正。" });
    await submitReport({ actor: world.clerk, reportId: report.id });
    await approveReport({ actor: world.reviewer, reportId: report.id, version: (await reportRow(report.id)).version });
    await publishReport({
      actor: world.reviewer,
      reportId: report.id,
      version: (await reportRow(report.id)).version,
      publishedAt: `${world.year + 1}-03-01`,
      correctionNote: "更正执法人员数。",
    });

    const after = await getWord(world.year, world.unit.slug, { "If-None-Match": etag });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(etag);
    const texts = await paragraphTexts(after);
    expect(texts).toContain("全镇执法人员25人，均持证上岗。");
    expect(texts.at(-1)).toBe(`（${world.year + 1}年3月1日更正。更正说明：更正执法人员数。）`);
  });

  it("answers 404 with a page for an unknown unit or year, an unpublished report and a withdrawn one", async () => {
    const world = await createWorld();
    for (const [year, unit] of [[world.year, "no-such-unit"], ["20x4", world.unit.slug], [world.year + 1, world.unit.slug]] as const) {
      const response = await getWord(year, unit);
      expect(response.status, `${year}/${unit}`).toBe(404);
      expect(await response.text()).toContain("未找到该报告");
    }

    const { id, version } = await createReport(world, { submit: true });
    await approveReport({ actor: world.reviewer, reportId: id, version });
    expect((await getWord(world.year, world.unit.slug)).status).toBe(404);

    await publishReport({ actor: world.reviewer, reportId: id, version: version + 1, publishedAt: `${world.year + 1}-02-01` });
    expect((await getWord(world.year, world.unit.slug)).status).toBe(200);
    await withdrawReport({ actor: world.reviewer, reportId: id, version: version + 2, reason: "含有个人信息。" });
    const withdrawn = await getWord(world.year, world.unit.slug);
    expect(withdrawn.status).toBe(404);
    expect(withdrawn.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(withdrawn.headers.get("cache-control")).toBe("no-store");
  });
});
