import { test, expect, signIn, pageAs } from "./fixtures";
import { testDb } from "./db";
import type { Page } from "@playwright/test";

const paragraph = (topic: string) =>
  `今年以来，我镇围绕${topic}扎实开展工作，健全制度机制，压实工作责任，定期研究部署，组织专题学习和业务培训，推动各项任务落地见效，群众满意度持续提升。`;

async function fillSection(page: Page, reportId: string, key: string, metrics: Record<string, string> = {}) {
  await page.goto(`/workspace/reports/${reportId}/sections/${key}`);
  await page.getByLabel("正文").fill(paragraph(key));
  for (const [label, value] of Object.entries(metrics)) await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByRole("button", { name: "保存", exact: true }).click();
  await expect(page.getByTestId("save-state")).toHaveText("已保存");
}

test.describe("a report's whole journey", () => {
  test("clerk drafts and submits, reviewer returns, clerk fixes, reviewer approves and publishes, public reads @smoke", async ({ browser, createUnitWithClerk }) => {
    // Three people, two rounds of review and a correction: a long story, slow on a loaded machine.
    test.setTimeout(180_000);
    const clerk = await createUnitWithClerk("旅程");

    // Clerk: starts the 2023 report and sees what blocks submission.
    const clerkPage = await (await browser.newContext()).newPage();
    await signIn(clerkPage, clerk.login);
    await expect(clerkPage.getByRole("heading", { name: "我的报告" })).toBeVisible();
    await clerkPage.getByRole("button", { name: "开始填写2023年度报告" }).click();
    await expect(clerkPage.getByRole("heading", { name: `${clerk.unitName}2023年法治政府建设年度报告` })).toBeVisible();
    const reportId = clerkPage.url().split("/").pop()!;
    await expect(clerkPage.getByTestId("submit-blockers")).toContainText("学习贯彻习近平法治思想情况");
    await expect(clerkPage.getByRole("button", { name: "提交审核" })).toBeDisabled();

    // A metric out of bounds is refused with a message and the typed text stays.
    await clerkPage.goto(`/workspace/reports/${reportId}/sections/law-study`);
    await clerkPage.getByLabel("正文").fill("草稿文字不会丢失");
    await clerkPage.getByLabel("中心组学法次数（次）").fill("-3");
    await clerkPage.getByRole("button", { name: "保存", exact: true }).click();
    await expect(clerkPage.getByText("不能为负数。")).toBeVisible();
    await expect(clerkPage.getByLabel("正文")).toHaveValue("草稿文字不会丢失");

    await fillSection(clerkPage, reportId, "law-study", { "中心组学法次数（次）": "6", "专题讲座次数（次）": "1", "普法宣传活动次数（次）": "6" });
    await fillSection(clerkPage, reportId, "reform");
    await fillSection(clerkPage, reportId, "enforcement", {
      "执法人员数（人）": "12",
      "持证执法人员数（人）": "10",
      "新领或换发执法证人数（人）": "5",
      "行政处罚案件数（件）": "30",
    });
    await fillSection(clerkPage, reportId, "disputes", { "排查矛盾纠纷件数（件）": "80", "调解成功件数（件）": "76", "信访件数（件）": "9" });
    await fillSection(clerkPage, reportId, "leadership");
    await fillSection(clerkPage, reportId, "shortcomings");
    await fillSection(clerkPage, reportId, "plans");

    await clerkPage.goto(`/workspace/reports/${reportId}`);
    // Submitting asks first, saying what follows; cancelling changes nothing.
    await clerkPage.getByRole("button", { name: "提交审核" }).click();
    await expect(clerkPage.getByRole("dialog")).toContainText("提交后不能再修改，除非审核人退回修改");
    await clerkPage.getByRole("dialog").getByRole("button", { name: "取消" }).click();
    await expect(clerkPage.getByRole("dialog")).toHaveCount(0);
    expect((await testDb.report.findUniqueOrThrow({ where: { id: reportId } })).status).toBe("DRAFT");
    await clerkPage.getByRole("button", { name: "提交审核" }).click();
    await clerkPage.getByRole("dialog").getByRole("button", { name: "确认提交" }).click();
    await expect(clerkPage.getByText("报告已提交，正在等待区依法治区办审核")).toBeVisible();
    expect((await testDb.report.findUniqueOrThrow({ where: { id: reportId } })).status).toBe("SUBMITTED");

    // Reviewer: finds it on the dashboard, comments on a section and returns it.
    const reviewerPage = await pageAs(browser, "shenhe");
    await reviewerPage.goto("/review?year=2023");
    const row = reviewerPage.getByTestId(`unit-row-${clerk.unitName}`);
    await expect(row).toContainText("已提交");
    await row.getByRole("link", { name: /审核/ }).click();
    await expect(reviewerPage.getByRole("heading", { name: "（一）学习贯彻习近平法治思想情况" })).toBeVisible();
    const lawStudy = reviewerPage.getByRole("region", { name: "（一）学习贯彻习近平法治思想情况" });
    await lawStudy.getByLabel("对“学习贯彻习近平法治思想情况”提意见").fill("请补充专题讲座的主题和参加人数。");
    await lawStudy.getByRole("button", { name: "添加意见" }).click();
    await expect(lawStudy.getByTestId("review-comment")).toContainText("请补充专题讲座的主题和参加人数。");
    await reviewerPage.getByRole("button", { name: "退回修改" }).click();
    await expect(reviewerPage.getByRole("dialog")).toContainText("附 1 条待处理意见");
    await reviewerPage.getByRole("dialog").getByRole("button", { name: "确认退回" }).click();
    await expect(reviewerPage.getByText("报告已退回，填报单位将看到审核意见。")).toBeVisible();
    expect((await testDb.report.findUniqueOrThrow({ where: { id: reportId } })).status).toBe("RETURNED");

    // Clerk: sees the comment, edits, answers and resubmits.
    await clerkPage.goto(`/workspace/reports/${reportId}`);
    await expect(clerkPage.getByText("报告已被退回")).toBeVisible();
    await expect(clerkPage.getByTestId("review-comment")).toContainText("请补充专题讲座的主题和参加人数。");
    await clerkPage.goto(`/workspace/reports/${reportId}/sections/law-study`);
    await clerkPage.getByLabel("正文").fill(`${paragraph("law-study")}\n专题讲座以“习近平法治思想的核心要义”为主题，全镇干部86人参加。`);
    await clerkPage.getByRole("button", { name: "保存", exact: true }).click();
    await expect(clerkPage.getByTestId("save-state")).toHaveText("已保存");
    await clerkPage.getByLabel("整改说明").fill("已补充讲座主题和参加人数。");
    await clerkPage.getByRole("button", { name: "答复" }).click();
    // The answer has landed when the comment itself says so, not when the typed text shows.
    await expect(clerkPage.getByTestId("review-comment").filter({ hasText: "请补充专题讲座" })).toContainText("已答复");
    await clerkPage.goto(`/workspace/reports/${reportId}`);
    await clerkPage.getByRole("button", { name: "提交审核" }).click();
    await clerkPage.getByRole("dialog").getByRole("button", { name: "确认提交" }).click();
    await expect(clerkPage.getByText("报告已提交，正在等待区依法治区办审核")).toBeVisible();

    // Reviewer: the comparison with the previous submission shows exactly the added paragraph.
    await reviewerPage.goto(`/review/reports/${reportId}`);
    await reviewerPage.getByRole("link", { name: "与上次提交对比" }).click();
    await expect(reviewerPage.getByText("有 1 个部分修改")).toBeVisible();
    const diffs = reviewerPage.getByTestId("section-diff");
    await expect(diffs).toHaveCount(1);
    await expect(diffs.first().getByRole("heading")).toHaveText("（一）学习贯彻习近平法治思想情况");
    const changed = diffs.first().locator('[data-testid="diff-paragraph"][data-change="changed"]');
    await expect(changed).toHaveCount(1);
    await expect(changed.locator("ins")).toHaveText(/^(［新增：)?专题讲座以“习近平法治思想的核心要义”为主题，全镇干部86人参加。(］)?$/);
    await expect(diffs.first().locator('[data-change="same"]')).toHaveCount(1);
    // The answered comment can be accepted before deciding.
    await reviewerPage.getByRole("link", { name: "全文" }).click();
    await reviewerPage.getByRole("button", { name: "确认已整改" }).click();
    await expect(reviewerPage.getByTestId("review-comment").filter({ hasText: "请补充专题讲座" })).toContainText("已解决");

    // Reviewer: approves, then publishes after confirming.
    await reviewerPage.getByRole("button", { name: "审核通过" }).click();
    await expect(reviewerPage.getByText("报告已审核通过，可以发布。")).toBeVisible();
    await reviewerPage.getByRole("button", { name: "发布", exact: true }).click();
    await reviewerPage.getByRole("dialog").getByRole("button", { name: "确认发布" }).click();
    await expect(reviewerPage.getByText(/报告已发布，索引号/)).toBeVisible();
    const publication = await testDb.publication.findFirstOrThrow({ where: { reportId, isCurrent: true } });
    expect(publication.indexNumber).toMatch(/^11500102E2E.+\/\d{4}-\d{5}$/);

    const kinds = (await testDb.auditEvent.findMany({ where: { reportId }, orderBy: { createdAt: "asc" } })).map((e) => e.kind);
    for (const kind of ["REPORT_CREATED", "REPORT_SUBMITTED", "COMMENT_ADDED", "REPORT_RETURNED", "COMMENT_ANSWERED", "REPORT_APPROVED", "REPORT_PUBLISHED"]) {
      expect(kinds).toContain(kind);
    }

    // Public: a signed-out visitor finds it under 街镇 and 2023, and reads it.
    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto("/?kind=town&year=2023");
    await visitor.getByRole("link", { name: `${clerk.unitName}2023年法治政府建设年度报告` }).click();
    await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(`${clerk.unitName}2023年法治政府建设年度报告`);
    await expect(visitor.getByRole("row", { name: /字号/ })).toContainText("无");
    await expect(visitor.getByRole("row", { name: /发布机构/ })).toContainText(`重庆市涪陵区${clerk.unitName}人民政府`);
    await expect(visitor.getByText("全镇干部86人参加")).toBeVisible();
    await expect(visitor.getByText("草稿文字不会丢失")).toHaveCount(0);
    const publicUrl = visitor.url();

    // Correction: the reviewer reopens it, the unit corrects one passage, the public keeps the
    // published text until the correction is published with its 更正说明.
    await reviewerPage.goto(`/review/reports/${reportId}`);
    await reviewerPage.getByLabel("需要更正的内容").fill("“放管服”改革部分的办件数字有误，请更正。");
    await reviewerPage.getByRole("button", { name: "发起更正" }).click();
    await expect(reviewerPage.getByText(/已发起更正/)).toBeVisible();

    await clerkPage.goto(`/workspace/reports/${reportId}/sections/reform`);
    await clerkPage.getByLabel("正文").fill(`${paragraph("reform")}\n全年办理政务服务事项1200件（更正后数字）。`);
    await clerkPage.getByRole("button", { name: "保存", exact: true }).click();
    await expect(clerkPage.getByTestId("save-state")).toHaveText("已保存");
    await clerkPage.goto(`/workspace/reports/${reportId}`);
    await clerkPage.getByLabel("整改说明").fill("已更正办件数字。");
    await clerkPage.getByRole("button", { name: "答复" }).click();
    await expect(clerkPage.getByTestId("review-comment").filter({ hasText: "办件数字有误" })).toContainText("已答复");
    await clerkPage.getByRole("button", { name: "提交审核" }).click();
    await clerkPage.getByRole("dialog").getByRole("button", { name: "确认提交" }).click();
    await expect(clerkPage.getByText("报告已提交，正在等待区依法治区办审核")).toBeVisible();

    await visitor.goto(publicUrl);
    await expect(visitor.getByText("1200件")).toHaveCount(0);

    await reviewerPage.goto(`/review/reports/${reportId}?compare=published`);
    await expect(reviewerPage.getByTestId("section-diff")).toHaveCount(1);
    await expect(reviewerPage.getByTestId("section-diff").locator("ins")).toContainText("全年办理政务服务事项1200件");
    await reviewerPage.getByRole("link", { name: "全文" }).click();
    await reviewerPage.getByRole("button", { name: "审核通过" }).click();
    await expect(reviewerPage.getByText("报告已审核通过，可以发布。")).toBeVisible();
    await expect(reviewerPage.getByRole("button", { name: "发布更正" })).toBeDisabled();
    await reviewerPage.getByLabel("更正说明").fill("更正第二部分中政务服务办件数字。");
    await reviewerPage.getByRole("button", { name: "发布更正" }).click();
    await reviewerPage.getByRole("dialog").getByRole("button", { name: "确认发布更正" }).click();
    await expect(reviewerPage.getByText(/更正已发布/)).toBeVisible();
    const current = await testDb.publication.findFirstOrThrow({ where: { reportId, isCurrent: true } });
    expect(current).toMatchObject({ indexNumber: publication.indexNumber, correctionNote: "更正第二部分中政务服务办件数字。" });

    await visitor.goto(publicUrl);
    await expect(visitor.getByRole("region", { name: "更正说明" })).toContainText("更正第二部分中政务服务办件数字。");
    await expect(visitor.getByText("全年办理政务服务事项1200件（更正后数字）。")).toBeVisible();
    await expect(visitor.getByRole("row", { name: /索引号/ })).toContainText(publication.indexNumber);
    await visitor.getByRole("region", { name: "发布与更正记录" }).getByRole("link", { name: /发布$/ }).click();
    await expect(visitor.getByRole("region", { name: "历史版本" })).toBeVisible();
    await expect(visitor.getByText("全镇干部86人参加")).toBeVisible();
    await expect(visitor.getByText("1200件")).toHaveCount(0);
  });
});
