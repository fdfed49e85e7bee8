import { test, expect, signIn, pageAs } from "./fixtures";
import { testDb } from "./db";
import type { Browser, Page } from "@playwright/test";

async function startReport(browser: Browser, login: string): Promise<{ page: Page; reportId: string }> {
  const page = await (await browser.newContext()).newPage();
  page.on("dialog", (dialog) => dialog.accept());
  await signIn(page, login);
  await page.getByRole("button", { name: "开始填写2023年度报告" }).click();
  await page.waitForURL(/\/workspace\/reports\/[^/]+$/);
  return { page, reportId: page.url().split("/").pop()! };
}

async function sectionBody(reportId: string, key: string) {
  return testDb.reportSection.findUniqueOrThrow({ where: { reportId_key: { reportId, key } }, select: { body: true, version: true } });
}

test.describe("the section editor", () => {
  test("saves by itself a few seconds after typing stops", async ({ browser, createUnitWithClerk }) => {
    const clerk = await createUnitWithClerk("自动");
    const { page, reportId } = await startReport(browser, clerk.login);
    await page.goto(`/workspace/reports/${reportId}/sections/reform`);
    await page.getByLabel("正文").fill("全年新增政务服务事项网上办理128项。");
    await expect(page.getByTestId("save-state")).toHaveText("未保存");
    await expect(page.getByTestId("save-state")).toHaveText("已保存", { timeout: 15_000 });
    expect(await sectionBody(reportId, "reform")).toEqual({ body: "全年新增政务服务事项网上办理128项。", version: 2 });
    await page.reload();
    await expect(page.getByLabel("正文")).toHaveValue("全年新增政务服务事项网上办理128项。");
  });

  test("keeps text typed while offline in the browser and offers it back", async ({ browser, createUnitWithClerk }) => {
    const clerk = await createUnitWithClerk("离线");
    const { page, reportId } = await startReport(browser, clerk.login);
    const url = `/workspace/reports/${reportId}/sections/disputes`;
    await page.goto(url);
    await page.route(`**${url}`, (route) => (route.request().method() === "POST" ? route.abort("internetdisconnected") : route.continue()));
    await page.getByLabel("正文").fill("排查化解矛盾纠纷86件，调解成功82件。");
    await page.getByRole("button", { name: "保存", exact: true }).click();
    await expect(page.getByTestId("save-state")).toHaveText("保存失败");
    await expect(page.getByText("网络连接中断")).toBeVisible();
    expect((await sectionBody(reportId, "disputes")).body).toBe("");

    await page.unroute(`**${url}`);
    await page.reload();
    await expect(page.getByText("发现未保存的内容")).toBeVisible();
    await expect(page.getByLabel("正文")).toHaveValue("");
    await page.getByRole("button", { name: "恢复这些内容" }).click();
    await expect(page.getByLabel("正文")).toHaveValue("排查化解矛盾纠纷86件，调解成功82件。");
    await expect(page.getByTestId("save-state")).toHaveText("已保存", { timeout: 15_000 });
    expect((await sectionBody(reportId, "disputes")).body).toBe("排查化解矛盾纠纷86件，调解成功82件。");
  });

  test("shows both texts when two people edit one section, and loses neither", async ({ browser, createUnitWithClerk, addClerk }) => {
    const clerk = await createUnitWithClerk("冲突");
    const { page: first, reportId } = await startReport(browser, clerk.login);
    const secondLogin = await addClerk(clerk.unitId);
    const second = await (await browser.newContext()).newPage();
    second.on("dialog", (dialog) => dialog.accept());
    await signIn(second, secondLogin);

    const url = `/workspace/reports/${reportId}/sections/rules`;
    await first.goto(url);
    await second.goto(url);
    await first.getByLabel("正文").fill("甲：制定规范性文件3件。");
    await first.getByRole("button", { name: "保存", exact: true }).click();
    await expect(first.getByTestId("save-state")).toHaveText("已保存");

    await second.getByLabel("正文").fill("乙：开展合法性审核12件。");
    await second.getByRole("button", { name: "保存", exact: true }).click();
    const conflict = second.getByTestId("conflict");
    await expect(conflict).toBeVisible();
    await expect(second.getByTestId("conflict-theirs")).toHaveText("甲：制定规范性文件3件。");
    await expect(second.getByTestId("conflict-mine")).toHaveText("乙：开展合法性审核12件。");
    expect((await sectionBody(reportId, "rules")).body).toBe("甲：制定规范性文件3件。");

    await conflict.getByRole("button", { name: "保留我的版本" }).click();
    await expect(second.getByTestId("save-state")).toHaveText("已保存");
    expect(await sectionBody(reportId, "rules")).toEqual({ body: "乙：开展合法性审核12件。", version: 3 });
    const history = await testDb.sectionVersion.findMany({ where: { section: { reportId, key: "rules" } }, orderBy: { version: "asc" }, select: { body: true } });
    expect(history.map((h) => h.body)).toEqual(["甲：制定规范性文件3件。", "乙：开展合法性审核12件。"]);
  });

  test("lists what blocks submission and warns about personal data", async ({ browser, createUnitWithClerk }) => {
    const clerk = await createUnitWithClerk("检查");
    const { page, reportId } = await startReport(browser, clerk.login);
    await page.goto(`/workspace/reports/${reportId}/sections/disputes`);
    await page.getByLabel("正文").fill("调解邻里纠纷，当事人联系电话13812345678。");
    await page.getByRole("button", { name: "保存", exact: true }).click();
    await expect(page.getByTestId("save-state")).toHaveText("已保存");
    await page.goto(`/workspace/reports/${reportId}`);
    const blockers = page.getByTestId("submit-blockers");
    await expect(blockers).toContainText("学习贯彻习近平法治思想情况：必填部分尚未填写。");
    await expect(blockers).toContainText("矛盾纠纷化解情况：正文不少于 50 字");
    await expect(blockers).toContainText("请填写：排查矛盾纠纷件数、调解成功件数、信访件数。");
    await expect(page.getByTestId("quality-warnings")).toContainText("疑似手机号码 138****5678");
    await expect(page.getByRole("button", { name: "提交审核" })).toBeDisabled();
    await blockers.getByRole("link", { name: "学习贯彻习近平法治思想情况" }).first().click();
    await expect(page).toHaveURL(new RegExp(`/workspace/reports/${reportId}/sections/law-study$`));
  });

  test("lets a clerk add a sub-section of their own and remove it again", async ({ browser, createUnitWithClerk }) => {
    const clerk = await createUnitWithClerk("小节");
    const { page, reportId } = await startReport(browser, clerk.login);
    await page.getByLabel("在“主要举措和成效”下增加小节").fill("推进基层法治示范创建");
    await page.getByRole("button", { name: "增加小节" }).click();
    const link = page.getByRole("link", { name: "（九）推进基层法治示范创建" });
    await expect(link).toBeVisible();
    await expect(page.getByRole("link", { name: "二、党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况" })).toBeVisible();

    await link.click();
    await page.getByLabel("正文").fill("创建市级民主法治示范村2个。");
    await page.getByRole("button", { name: "保存", exact: true }).click();
    await expect(page.getByTestId("save-state")).toHaveText("已保存");

    await page.goto(`/workspace/reports/${reportId}`);
    await expect(page.getByRole("button", { name: /删除.*法治政府建设/ })).toHaveCount(0);
    await page.getByRole("button", { name: /删除\s*小节“推进基层法治示范创建”/ }).click();
    await page.getByRole("dialog").getByRole("button", { name: "删除" }).click();
    await expect(link).toHaveCount(0);
    const removed = await testDb.auditEvent.findFirstOrThrow({ where: { reportId, kind: "SECTION_REMOVED" } });
    expect(removed.data).toMatchObject({ body: "创建市级民主法治示范村2个。" });
  });

  test("shows last year's text on demand and warns when this year's copies it", async ({ browser }) => {
    const page = await pageAs(browser, "zhenxi");
    page.on("dialog", (dialog) => dialog.accept());
    await page.goto("/workspace");
    await page.getByRole("button", { name: "开始填写2023年度报告" }).click();
    await page.waitForURL(/\/workspace\/reports\/[^/]+$/);
    await page.getByRole("link", { name: "（五）行政执法工作情况" }).click();

    const panel = page.locator("details", { hasText: "对照2022年度同一部分" });
    await panel.locator("summary").click();
    await expect(panel).toContainText("共计为4名综合行政执法人员、1名应急执法人员换发执法证");
    const lastYear = await testDb.reportSection.findFirstOrThrow({ where: { key: "enforcement", report: { unit: { slug: "zhenxi" }, year: { year: 2022 } } } });
    await page.getByLabel("正文").fill(lastYear.body.replace("2022年", "2023年"));
    await expect(panel).toContainText(/与上年文字相似度 (9\d|100)%/);
    await expect(page.getByText("本部分与上一年度文字高度相似")).toBeVisible();
  });
});
