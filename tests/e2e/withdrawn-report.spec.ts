import { test, expect, pageAs, signIn } from "./fixtures";
import { testDb } from "./db";
import { approvedReport } from "./arrange";

// Publish, correct, withdraw: no version's text stays public, the clerk learns what happens next.

test("a withdrawn report gives out no version's text, and its clerk sees why and what comes next", async ({ browser, createUnitWithClerk, baseURL }) => {
  // Three people and three publications' worth of steps: slow on a loaded machine.
  test.setTimeout(240_000);
  const unit = await createUnitWithClerk("撤回");
  const [firstText, correctedText] = ["全年组织集中学法10次，联系人王某。", "全年组织集中学法12次（更正）。"];
  const report = await approvedReport(unit.unitId, unit.unitName, firstText);
  const reportPath = `/reports/2023/${unit.slug}`;
  const reviewer = await pageAs(browser, "shenhe");
  const visitor = await (await browser.newContext()).newPage();

  await reviewer.goto(`/review/reports/${report.id}`);
  await reviewer.getByRole("button", { name: "发布", exact: true }).click();
  await reviewer.getByRole("dialog").getByRole("button", { name: "确认发布" }).click();
  await expect(reviewer.getByText(/报告已发布，索引号/)).toBeVisible();

  // The share link and QR code name the configured address (NEXTAUTH_URL here, SITE_URL when
  // set), not the host the page happened to be opened on.
  const configured = new URL(baseURL!);
  await visitor.goto(`http://localhost:${configured.port}${reportPath}`);
  await expect(visitor.getByTestId("share-url")).toHaveText(`${configured.origin}${reportPath}`);

  // A correction, then the withdrawal.
  await testDb.report.update({ where: { id: report.id }, data: { status: "APPROVED", version: { increment: 1 } } });
  await testDb.reportSection.update({ where: { reportId_key: { reportId: report.id, key: "law-study" } }, data: { body: correctedText } });
  await reviewer.goto(`/review/reports/${report.id}`);
  await reviewer.getByLabel("更正说明").fill("删除联系人姓名，更正学法次数。");
  await reviewer.getByRole("button", { name: "发布更正" }).click();
  await reviewer.getByRole("dialog").getByRole("button", { name: "确认发布更正" }).click();
  await expect(reviewer.getByText(/更正已发布/)).toBeVisible();
  await visitor.goto(reportPath);
  await expect(visitor.getByRole("row", { name: /更正日期/ })).toBeVisible();
  const published = await visitor.getByRole("row", { name: /发布日期/ }).getByRole("cell").textContent();
  await visitor.goto("/years/2023/towns");
  await expect(visitor.getByRole("listitem").filter({ hasText: unit.unitName })).toContainText(`发布日期 ${published}`);
  await expect(visitor.getByRole("listitem").filter({ hasText: unit.unitName })).toContainText("更正日期");

  await reviewer.goto(`/review/reports/${report.id}`);
  await reviewer.getByLabel("撤回原因").fill("含有个人信息，撤回处理。");
  await reviewer.getByRole("button", { name: "撤回报告" }).click();
  await reviewer.getByRole("dialog").getByRole("button", { name: "确认撤回" }).click();
  await expect(reviewer.getByText("报告已撤回，公开页面只保留撤回说明。")).toBeVisible();

  // The page: the notice, no text, no stale 更正说明, no link to an earlier text.
  await visitor.goto(reportPath);
  await expect(visitor.getByRole("region", { name: "撤回说明" })).toContainText("含有个人信息，撤回处理。");
  await expect(visitor.getByRole("region", { name: "更正说明" })).toHaveCount(0);
  for (const text of [firstText, correctedText]) await expect(visitor.getByText(text)).toHaveCount(0);
  const history = visitor.getByRole("region", { name: "发布与更正记录" });
  await expect(history).toContainText("随撤回不再公开");
  await expect(history.getByRole("link")).toHaveCount(0);
  await expect(visitor.getByRole("link", { name: /Word/ })).toHaveCount(0);

  // The first version's own address: the notice only.
  const earlier = await visitor.goto(`${reportPath}/versions/1`);
  expect(earlier?.status()).toBe(200);
  await expect(visitor.getByRole("region", { name: "撤回说明" })).toContainText("含有个人信息，撤回处理。");
  expect(await visitor.locator("body").textContent()).not.toContain("集中学法10次");
  expect((await visitor.request.get(`${reportPath}/word`)).status()).toBe(404);
  expect(await (await visitor.request.get("/feed.xml")).text()).not.toContain(reportPath);

  // The clerk: when, why, the public notice, and what happens next.
  const clerk = await (await browser.newContext()).newPage();
  await signIn(clerk, unit.login);
  await clerk.goto(`/workspace/reports/${report.id}`);
  const notice = clerk.getByTestId("withdrawn-notice");
  await expect(notice).toContainText("撤回原因：含有个人信息，撤回处理。");
  await expect(notice).toContainText("由区依法治区办发起更正");
  await expect(notice).toContainText("请联系区依法治区办");
  await expect(notice.getByRole("link", { name: "查看公开的撤回说明" })).toHaveAttribute("href", reportPath);
  await expect(clerk.getByRole("status").filter({ hasText: /报告已于.+撤回/ })).toBeVisible();
});
