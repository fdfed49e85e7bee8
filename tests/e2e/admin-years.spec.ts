import type { Page } from "@playwright/test";
import { expect, pageAs, signIn, test } from "./fixtures";
import { testDb } from "./db";
import { defaultTemplateSections } from "@/lib/reports/template";

async function confirm(page: Page, name: string) {
  await page.getByRole("button", { name }).first().click();
  await page.getByRole("dialog").getByRole("button", { name }).click();
}

test.describe("admin years", () => {
  test.describe.configure({ timeout: 180_000 });
  test("an admin opens a year, sets its deadlines, closes and reopens it", async ({ browser }) => {
    const admin = await pageAs(browser, "admin");
    await admin.goto("/admin/years");
    await admin.getByLabel("报告年度", { exact: true }).fill("2041");
    await admin.getByLabel("内部报送截止日期（可不填）").fill("2042-02-28");
    await admin.getByLabel("复制上一年度的模板", { exact: false }).check();
    await confirm(admin, "开启年度");
    await expect(admin.getByText(/已开启 2041 年度，模板复制自/)).toBeVisible();
    await expect(admin.getByTestId("year-row-2041")).toContainText("2042年3月31日");

    await admin.getByRole("link", { name: "2041年度" }).click();
    // The list page has a 公开截止日期 field of its own: fill the year page's, once it is there.
    await expect(admin.getByRole("heading", { name: "2041年度", level: 1 })).toBeVisible();
    await admin.getByLabel("公开截止日期").fill("2041-12-01");
    await confirm(admin, "保存截止日期");
    await expect(admin.getByText(/公开截止日期须晚于 2041年12月31日/)).toBeVisible();
    await admin.getByLabel("公开截止日期").fill("2042-03-20");
    await confirm(admin, "保存截止日期");
    await expect(admin.getByText("截止日期已保存。")).toBeVisible();

    await confirm(admin, "关闭填报");
    await expect(admin.getByRole("heading", { name: "填报状态：已关闭" })).toBeVisible();
    await confirm(admin, "重新开启填报");
    await expect(admin.getByRole("heading", { name: "填报状态：开放" })).toBeVisible();
    const row = await testDb.reportingYear.findFirstOrThrow({ where: { year: 2041 } });
    expect(row.isOpen).toBe(true);
    expect(row.publicationDeadline.toISOString().slice(0, 10)).toBe("2042-03-20");
  });

  test("a template change on a year with a report in progress keeps the clerk's text under 已从模板中移除的部分", async ({ browser, createUnitWithClerk }) => {
    const { login, unitId } = await createUnitWithClerk("模板");
    const district = await testDb.district.findUniqueOrThrow({ where: { code: "500102" } });
    const sections = defaultTemplateSections(2042, "TOWN");
    const year = await testDb.reportingYear.create({
      data: {
        districtId: district.id, year: 2042, publicationDeadline: new Date("2043-03-31T00:00:00Z"),
        templates: {
          create: (["TOWN", "DEPARTMENT"] as const).map((unitKind) => ({
            unitKind, name: `2042年度模板`,
            sections: { create: defaultTemplateSections(2042, unitKind).map((s, i) => ({ ...s, sortOrder: (i + 1) * 10 })) },
          })),
        },
      },
    });
    const text = "我镇深化放管服改革的这段文字，模板改了也不能丢。";
    const report = await testDb.report.create({
      data: {
        unitId, yearId: year.id, title: "2042年度报告",
        sections: {
          create: sections.map((s, i) => ({
            key: s.key, templateKey: s.key, level: s.level, parentKey: s.parentKey, sortOrder: (i + 1) * 10, title: s.title,
            isRequired: s.isRequired, metrics: {}, body: s.key === "reform" ? text : "",
          })),
        },
      },
    });

    const admin = await pageAs(browser, "admin");
    await admin.goto("/admin/years/2042/templates/town");
    await admin.getByTestId("template-section-reform").getByRole("button", { name: /删除“/ }).click();
    await expect(admin.getByTestId("template-section-reform")).toHaveCount(0);
    await admin.getByRole("button", { name: "保存模板" }).click();
    await expect(admin.getByRole("dialog")).toContainText("正在填写或审核中的报告");
    await admin.getByRole("dialog").getByRole("button", { name: "保存模板" }).click();
    await expect(admin.getByText(/模板已保存/)).toBeVisible();

    const clerk = await (await browser.newContext()).newPage();
    await signIn(clerk, login);
    await clerk.goto(`/workspace/reports/${report.id}`);
    const group = clerk.locator("section", { has: clerk.getByRole("heading", { name: "已从模板中移除的部分" }) });
    await expect(group).toBeVisible();
    await group.getByRole("link", { name: /深化“放管服”改革/ }).click();
    await expect(clerk.getByRole("textbox", { name: /正文/ })).toHaveValue(text);
    const stored = await testDb.reportSection.findUniqueOrThrow({ where: { reportId_key: { reportId: report.id, key: "reform" } } });
    expect(stored).toMatchObject({ body: text, isRequired: false });
  });
});
