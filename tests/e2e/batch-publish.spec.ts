import { test, expect, pageAs } from "./fixtures";
import { testDb } from "./db";
import { approvedReport } from "./arrange";

test("a reviewer publishes approved reports together, sees the personal-data warning first, then withdraws one", async ({ browser, createUnitWithClerk }) => {
  const [a, b] = [await createUnitWithClerk("批量甲"), await createUnitWithClerk("批量乙")];
  const reportA = await approvedReport(a.unitId, a.unitName, "全年组织学法12次。");
  const reportB = await approvedReport(b.unitId, b.unitName, "全年组织学法8次，联系人电话13812345678。");

  const page = await pageAs(browser, "shenhe");
  await page.goto("/review/publish?year=2023");
  await expect(page.getByRole("heading", { name: "批量发布 2023年度报告" })).toBeVisible();
  await expect(page.getByRole("list", { name: `${b.unitName}的检查提示` })).toContainText("疑似手机号码");
  await expect(page.getByRole("list", { name: `${a.unitName}的检查提示` })).toHaveCount(0);

  // Only the two new reports: other approved reports the run may hold stay unpublished.
  await page.getByRole("button", { name: "全不选" }).click();
  await page.getByRole("checkbox", { name: new RegExp(a.unitName) }).check();
  await page.getByRole("checkbox", { name: new RegExp(b.unitName) }).check();
  await page.getByRole("button", { name: "发布所选 2 份报告" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText(`其中 1 份有检查提示（如可能的个人信息）：${b.unitName}`);
  await dialog.getByRole("button", { name: "确认发布" }).click();
  await expect(page.getByText("已发布 2 份报告。")).toBeVisible();
  const outcomes = page.getByTestId("batch-outcomes");
  await expect(outcomes).toContainText(`${a.unitName}：已发布，索引号`);
  await expect(outcomes).toContainText(`${b.unitName}：已发布，索引号`);

  const [pubA, pubB] = await Promise.all([
    testDb.publication.findFirstOrThrow({ where: { reportId: reportA.id, isCurrent: true } }),
    testDb.publication.findFirstOrThrow({ where: { reportId: reportB.id, isCurrent: true } }),
  ]);
  expect(pubA.indexNumber).not.toBe(pubB.indexNumber);
  expect(await testDb.auditEvent.count({ where: { kind: "REPORT_PUBLISHED", reportId: { in: [reportA.id, reportB.id] } } })).toBe(2);

  // Withdrawal: confirm, and the public page keeps only the notice and the reason.
  await page.goto(`/review/reports/${reportB.id}`);
  await page.getByLabel("撤回原因").fill("正文含个人手机号码，撤回处理。");
  await page.getByRole("button", { name: "撤回报告" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "确认撤回" }).click();
  await expect(page.getByText("报告已撤回，公开页面只保留撤回说明。")).toBeVisible();
  expect((await testDb.report.findUniqueOrThrow({ where: { id: reportB.id } })).status).toBe("WITHDRAWN");

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/reports/2023/${b.slug}`);
  await expect(visitor.getByRole("region", { name: "撤回说明" })).toContainText("正文含个人手机号码，撤回处理。");
  await expect(visitor.getByText("13812345678")).toHaveCount(0);
  await expect(visitor.getByRole("row", { name: /索引号/ })).toContainText(pubB.indexNumber);
  await visitor.goto(`/reports/2023/${a.slug}`);
  await expect(visitor.getByText("全年组织学法12次。")).toBeVisible();
});
