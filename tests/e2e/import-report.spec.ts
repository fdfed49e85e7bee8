import type { Browser } from "@playwright/test";
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import { test, expect, signIn, pageAs } from "./fixtures";
import { testDb } from "./db";

const docxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** A town's draft as a clerk keeps it in Word: its own sub-headings, Word heading styles, a bold run-in point. */
async function draftDocx(): Promise<Buffer> {
  const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ heading: level, children: [new TextRun(text)] });
  const body = (text: string) => new Paragraph({ children: [new TextRun(text)] });
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun({ text: "导入镇2023年法治政府建设年度报告", bold: true })] }),
          heading("一、主要举措和成效", HeadingLevel.HEADING_1),
          heading("（一）强化理论学习，筑牢法治根基", HeadingLevel.HEADING_2),
          body("镇党委理论学习中心组开展习近平法治思想专题学习8次，组织专题讲座2次。"),
          heading("（二）优化营商环境，深化放管服改革", HeadingLevel.HEADING_2),
          body("全镇政务服务事项网上可办率达到98%，导入测试独有的一句话。"),
          new Paragraph({ children: [new TextRun({ text: "1.推进一窗综办。", bold: true }), new TextRun("便民服务中心设综合窗口4个。")] }),
          heading("二、存在的不足和原因", HeadingLevel.HEADING_1),
          body("基层执法力量依然不足，执法人员法律专业背景欠缺。"),
          heading("三、下一年度推进法治政府建设的主要安排", HeadingLevel.HEADING_1),
          body("持续开展执法人员培训，全年轮训不少于2次。"),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}


/** A new unit's clerk signed in with the 2023 report opened, in a browser context of its own. */
async function clerkWithReport(browser: Browser, createUnitWithClerk: (tag: string) => Promise<{ login: string }>, tag: string) {
  const clerk = await createUnitWithClerk(tag);
  const page = await (await browser.newContext()).newPage();
  await signIn(page, clerk.login);
  await page.getByRole("button", { name: "开始填写2023年度报告" }).click();
  await page.waitForURL(/\/workspace\/reports\/[^/]+$/);
  return { page, reportId: page.url().split("/").pop()! };
}

test.describe("importing an existing report", () => {
  test("a clerk imports a .docx through the preview, moves one part, and finds the text in the editor and the history @smoke", async ({ browser, createUnitWithClerk }) => {
    const { page, reportId } = await clerkWithReport(browser, createUnitWithClerk, "导入");

    await page.getByRole("link", { name: "从 Word 或文字导入" }).click();
    await expect(page.getByRole("heading", { name: "导入已有报告" })).toBeVisible();
    await page.getByLabel("报告文件（Word .docx 或纯文本 .txt）").setInputFiles({ name: "导入镇2023年报告.docx", mimeType: docxType, buffer: await draftDocx() });
    await page.getByRole("button", { name: "读取并预览" }).click();

    await expect(page.getByRole("heading", { name: "预览：导入镇2023年报告.docx" })).toBeVisible();
    await expect(page.getByTestId("import-counts")).toContainText("=");
    // The matcher put the unit's own wording under the statutory sub-section; the clerk moves it.
    const reformTarget = page.getByLabel("“（二）优化营商环境，深化放管服改革”放入");
    await expect(reformTarget).toHaveValue("section:reform");
    await reformTarget.selectOption("section:rules");
    await expect(page.locator('[data-section="rules"]')).toContainText("来自：（二）优化营商环境，深化放管服改革");

    await page.getByRole("button", { name: /确认导入（\d+ 个部分）/ }).click();
    await page.getByRole("dialog").getByRole("button", { name: "确认导入" }).click();
    await expect(page.getByText("导入完成")).toBeVisible();

    const rules = await testDb.reportSection.findUniqueOrThrow({ where: { reportId_key: { reportId, key: "rules" } }, select: { body: true, title: true } });
    expect(rules.title).toBe("优化营商环境，深化放管服改革");
    expect(rules.body).toBe("全镇政务服务事项网上可办率达到98%，导入测试独有的一句话。\n1.推进一窗综办。便民服务中心设综合窗口4个。");
    expect((await testDb.reportSection.findUniqueOrThrow({ where: { reportId_key: { reportId, key: "reform" } }, select: { body: true } })).body).toBe("");

    await page.goto(`/workspace/reports/${reportId}/sections/rules`);
    await expect(page.getByLabel("正文")).toHaveValue(/导入测试独有的一句话/);
    await page.goto(`/workspace/reports/${reportId}/sections/rules/history`);
    await expect(page.getByRole("row", { name: /第 2 版（当前）.*导入自“导入镇2023年报告.docx”/ })).toBeVisible();
  });

  test("a file that is not a Word document gets a clear message and nothing is imported", async ({ browser, createUnitWithClerk }) => {
    const { page, reportId } = await clerkWithReport(browser, createUnitWithClerk, "坏件");
    await page.goto(`/workspace/import/${reportId}`);

    const input = page.getByLabel("报告文件（Word .docx 或纯文本 .txt）");
    await input.setInputFiles({ name: "旧报告.doc", mimeType: "application/msword", buffer: Buffer.from("not really a doc") });
    await expect(page.getByText("请在 Word 或 WPS 中“另存为”.docx 格式后再导入")).toBeVisible();
    await expect(page.getByRole("button", { name: "读取并预览" })).toBeDisabled();

    await input.setInputFiles({ name: "改了扩展名.docx", mimeType: docxType, buffer: Buffer.from("这其实是一段纯文字，不是 Word 文件。".repeat(20)) });
    await page.getByRole("button", { name: "读取并预览" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "不是 Word 文档" })).toBeVisible();
    const bodies = await testDb.reportSection.findMany({ where: { reportId }, select: { body: true } });
    expect(bodies.every((s) => s.body === "")).toBe(true);
  });

  test("an admin publishes a past year's report as it was, with its own date, and the public reads it", async ({ browser, createUnitWithClerk }) => {
    const clerk = await createUnitWithClerk("往年");
    const page = await pageAs(browser, "admin");
    await page.goto("/admin/import");
    await page.locator('select[name="unit"]').selectOption(clerk.unitId);
    await page.locator('select[name="year"]').selectOption("2022");
    await page.getByRole("button", { name: "选择", exact: true }).click();
    await page.getByRole("radio", { name: "粘贴文字" }).click();
    const text = ["您当前的位置：首页 > 政务公开", `${clerk.unitName}2022年法治政府建设工作报告`, "一、基本情况", "（一）学习贯彻习近平法治思想情况", "往年导入测试独有的一句话，全年集中学法4次。", "二、存在的不足和原因", "执法力量不足。", "三、下一年度推进法治政府建设的主要安排", "加强培训。", `${clerk.unitName}人民政府`, "2023年2月1日"];
    await page.getByLabel("报告文字").fill(text.join("\n"));
    await page.getByRole("button", { name: "读取并预览" }).click();
    await expect(page.getByLabel("原发布日期")).toHaveValue("2023-02-01");
    await expect(page.getByTestId("import-counts")).toContainText("=");
    await page.getByRole("button", { name: "导入并发布…" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "导入并发布" }).click();
    await expect(page.getByText("导入完成")).toBeVisible();

    const report = await testDb.report.findFirstOrThrow({ where: { unitId: clerk.unitId, year: { year: 2022 } }, select: { status: true, publications: { select: { publishedAt: true } } } });
    expect(report).toEqual({ status: "PUBLISHED", publications: [{ publishedAt: new Date("2023-02-01T00:00:00Z") }] });
    const pub = await (await browser.newContext()).newPage();
    await pub.goto(`/reports/2022/${clerk.slug}`);
    await expect(pub.getByText("往年导入测试独有的一句话")).toBeVisible();
    await expect(pub.getByText("您当前的位置")).toHaveCount(0);
  });
});
