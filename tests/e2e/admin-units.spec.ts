import ExcelJS from "exceljs";
import { test, expect, pageAs } from "./fixtures";
import { testDb } from "./db";
import { creditCodeCheckCharacter } from "@/lib/units/credit-code";

// Every test makes its own units (unique slugs and valid, unique codes) and leaves the seeded
// ones alone, so these specs run beside the others.
function uniqueTag(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

function validCode(): string {
  const first17 = `11500102E${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;
  return first17 + creditCodeCheckCharacter(first17);
}

const header = "全称,简称,类别,统一社会信用代码,网址标识(slug),顺序";

test.describe("admin: units", () => {
  // Several page loads and server actions each, on a shared and often loaded machine.
  test.describe.configure({ timeout: 240_000 });

  test("a clerk gets the not-found page on every admin page", async ({ browser }) => {
    const page = await pageAs(browser, "zhenxi");
    for (const path of ["/admin", "/admin/units", "/admin/units/import", "/admin/settings"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
    }
    await expect(page.getByRole("link", { name: "系统管理" })).toHaveCount(0);
    const template = await page.request.get("/admin/units/template?format=csv");
    expect(template.status()).toBe(404);
  });

  test("the admin lands on the admin home and creates a unit that the public overview lists at once", async ({ browser }) => {
    const page = await pageAs(browser, "admin");
    await page.goto("/workspace");
    await expect(page).toHaveURL(/\/admin$/);
    await expect(page.getByRole("heading", { name: "系统管理", level: 1 })).toBeVisible();
    // Warm the public overview's cache first, so seeing the unit proves the refresh.
    const publicPage = await browser.newPage();
    await publicPage.goto("/");

    const tag = uniqueTag();
    const shortName = `管理测试镇${tag.slice(-4)}`;
    await page.getByRole("navigation", { name: "系统管理" }).getByRole("link", { name: "单位" }).click();
    await page.getByRole("link", { name: "新增单位" }).click();
    await page.getByLabel("全称").fill(`重庆市涪陵区${shortName}人民政府`);
    await page.getByLabel("简称").fill(shortName);
    await page.getByLabel("统一社会信用代码").fill("11500102MB15300013");
    await page.getByLabel("网址标识").fill(`adm-${tag}`);
    await page.getByRole("button", { name: "新增单位" }).click();
    await expect(page.getByText("第 18 位应为")).toBeVisible();
    // The refused save kept everything typed.
    await expect(page.getByLabel("简称")).toHaveValue(shortName);

    await page.getByLabel("统一社会信用代码").fill(validCode());
    await page.getByRole("button", { name: "新增单位" }).click();
    await expect(page.getByRole("heading", { name: shortName })).toBeVisible();
    const unit = await testDb.unit.findFirstOrThrow({ where: { slug: `adm-${tag}` } });
    expect(unit).toMatchObject({ shortName, kind: "TOWN", isActive: true });

    await publicPage.goto("/");
    await expect(publicPage.getByRole("rowheader", { name: shortName })).toBeVisible();

    // Deactivating asks first and says what it affects.
    await page.getByRole("button", { name: "停用单位" }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toContainText("不再出现在审核台");
    await expect(dialog).toContainText("已公开的 0 份报告仍保留");
    await dialog.getByRole("button", { name: "确认停用" }).click();
    await expect(page.getByText(`“${shortName}”已停用`)).toBeVisible();
    expect((await testDb.unit.findUniqueOrThrow({ where: { id: unit.id } })).isActive).toBe(false);
    await publicPage.goto("/");
    await expect(publicPage.getByRole("rowheader", { name: shortName })).toHaveCount(0);
  });

  test("imports a CSV with a preview, per-row errors and a confirmation; the same file again changes nothing", async ({ browser }) => {
    const page = await pageAs(browser, "admin");
    const tag = uniqueTag();
    const csv = [
      header,
      `重庆市涪陵区导入${tag}镇人民政府,导入${tag}镇,街镇,${validCode()},imp-${tag},`,
      `坏行${tag},坏行,乡镇,11500102MB15300013,bad-${tag},`,
      `重庆市涪陵区重复${tag}镇人民政府,重复${tag}镇,街镇,${validCode()},bad-${tag},`,
    ].join("\r\n");
    const file = { name: "单位.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${csv}\r\n`) };

    await page.goto("/admin/units/import");
    await page.getByLabel("单位表").setInputFiles(file);
    await page.getByRole("button", { name: "上传并预览" }).click();
    await expect(page.getByTestId("import-counts")).toContainText("新增 1 · 更新 0 · 不变 0 · 错误 2");
    const errorRow = page.locator("tr[data-status=error]").first();
    await expect(errorRow).toContainText("类别“乡镇”无法识别");
    await expect(errorRow).toContainText("第 18 位应为");
    await expect(errorRow).toContainText(`网址标识“bad-${tag}”与第 4 行重复`);
    await expect(page.locator("tr[data-status=error]").nth(1)).toContainText(`网址标识“bad-${tag}”与第 3 行重复`);
    expect(await testDb.unit.count({ where: { slug: `imp-${tag}` } })).toBe(0);

    await page.getByRole("button", { name: /确认导入/ }).click();
    await expect(page.getByRole("dialog")).toContainText("将新增 1 个单位、更新 0 个单位");
    await expect(page.getByRole("dialog")).toContainText("有错误的 2 行不会导入");
    await page.getByRole("dialog").getByRole("button", { name: "确认导入" }).click();
    await expect(page.getByText("导入完成：新增 1 个单位，更新 0 个单位。")).toBeVisible();
    expect(await testDb.unit.count({ where: { slug: `imp-${tag}` } })).toBe(1);

    await page.getByLabel("单位表").setInputFiles(file);
    await page.getByRole("button", { name: "上传并预览" }).click();
    await expect(page.getByTestId("import-counts")).toContainText("新增 0 · 更新 0 · 不变 1 · 错误 2");
    await expect(page.getByText("没有需要更改的内容")).toBeVisible();
    await expect(page.getByRole("button", { name: /确认导入/ })).toHaveCount(0);
  });

  test("imports an XLSX, showing what an update changes", async ({ browser }) => {
    const page = await pageAs(browser, "admin");
    const tag = uniqueTag();
    const code = validCode();
    const district = await testDb.district.findUniqueOrThrow({ where: { code: "500102" } });
    await testDb.unit.create({ data: { districtId: district.id, kind: "DEPARTMENT", name: `重庆市涪陵区旧名${tag}局`, shortName: `旧名${tag}局`, slug: `xl-${tag}`, orgCode: code, sortOrder: 950 } });
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("单位");
    sheet.addRow(header.split(","));
    sheet.addRow([`重庆市涪陵区新名${tag}局`, `新名${tag}局`, "部门", code, `xl-${tag}`, 950]);
    sheet.addRow([`重庆市涪陵区新增${tag}局`, `新增${tag}局`, "部门", validCode(), `xl2-${tag}`, ""]);
    const file = { name: "units.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.from(await workbook.xlsx.writeBuffer()) };

    await page.goto("/admin/units/import");
    await page.getByLabel("单位表").setInputFiles(file);
    await page.getByRole("button", { name: "上传并预览" }).click();
    await expect(page.getByTestId("import-counts")).toContainText("新增 1 · 更新 1 · 不变 0 · 错误 0");
    await expect(page.locator("tr[data-status=update]")).toContainText(`简称：旧名${tag}局 → 新名${tag}局`);
    await page.getByRole("button", { name: /确认导入/ }).click();
    await page.getByRole("dialog").getByRole("button", { name: "确认导入" }).click();
    await expect(page.getByText("导入完成：新增 1 个单位，更新 1 个单位。")).toBeVisible();
    expect(await testDb.unit.findFirstOrThrow({ where: { slug: `xl-${tag}` }, select: { shortName: true } })).toEqual({ shortName: `新名${tag}局` });

    await page.getByLabel("单位表").setInputFiles(file);
    await page.getByRole("button", { name: "上传并预览" }).click();
    await expect(page.getByTestId("import-counts")).toContainText("新增 0 · 更新 0 · 不变 2 · 错误 0");
  });

  test("a settings change shows on the public site at once, and a pattern without a sequence is refused", async ({ browser }) => {
    const page = await pageAs(browser, "admin");
    const district = await testDb.district.findUniqueOrThrow({ where: { code: "500102" } });
    const title = `测试标题${uniqueTag()}`;
    try {
      await page.goto("/admin/settings");
      await page.getByLabel("索引号格式").fill("{orgCode}/{year}");
      await expect(page.getByTestId("index-number-preview")).toContainText("只包含一个顺序号");
      await page.getByRole("button", { name: "保存设置" }).click();
      await expect(page.getByText("只包含一个顺序号").first()).toBeVisible();
      await page.getByLabel("索引号格式").fill(district.indexNumberPattern);
      await page.getByLabel("网站标题").fill(title);
      await page.getByRole("button", { name: "保存设置" }).click();
      await expect(page.getByText("设置已保存")).toBeVisible();
      await expect(page.getByLabel("网站标题")).toHaveValue(title);

      const publicPage = await browser.newPage();
      await publicPage.goto("/");
      await expect(publicPage.getByRole("banner")).toContainText(title);
      const event = await testDb.auditEvent.findFirstOrThrow({ where: { kind: "SETTINGS_UPDATED", districtId: district.id }, orderBy: { createdAt: "desc" } });
      expect(event.data).toMatchObject({ before: { siteTitle: district.siteTitle }, after: { siteTitle: title } });

      // Restored through the page, so the public pages are refreshed back too.
      await page.getByLabel("网站标题").fill(district.siteTitle);
      await page.getByRole("button", { name: "保存设置" }).click();
      // The first save's "设置已保存" is still on screen: wait for this save's own answer.
      await expect(page.getByRole("button", { name: "保存设置" })).toBeEnabled();
      await expect.poll(async () => (await testDb.district.findUniqueOrThrow({ where: { id: district.id } })).siteTitle).toBe(district.siteTitle);
      await expect(async () => {
        await publicPage.goto("/");
        await expect(publicPage.getByRole("banner")).toContainText(district.siteTitle, { timeout: 1_000 });
      }).toPass({ timeout: 15_000 });
    } finally {
      await testDb.district.update({ where: { id: district.id }, data: { siteTitle: district.siteTitle, indexNumberPattern: district.indexNumberPattern } });
    }
  });
});
