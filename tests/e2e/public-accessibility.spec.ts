import AxeBuilder from "@axe-core/playwright";
import { test, expect } from "./fixtures";
import type { Page } from "@playwright/test";

// Public pages the district is inspected on. Each must pass axe-core (WCAG 2.1 AA rules) with
// no violations, in the standard and in the high-contrast, large-text presentation.
const pages = [
  { name: "home", path: "/" },
  { name: "report", path: "/reports/2022/zhenxi" },
  { name: "not found", path: "/reports/2022/no-such-unit" },
];

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test.describe("the public site for every reader", () => {
  for (const { name, path } of pages) {
    test(`${name} page has no axe violations`, async ({ page }) => {
      await page.goto(path);
      await expectNoAxeViolations(page);
      await page.getByRole("button", { name: "高对比度" }).click();
      await page.getByRole("button", { name: "大字号" }).click();
      await expectNoAxeViolations(page);
    });
  }

  test("keeps larger text and high contrast across pages and visits", async ({ page }) => {
    await page.goto("/reports/2022/zhenxi");
    const html = page.locator("html");
    await page.getByRole("button", { name: "大字号" }).click();
    await page.getByRole("button", { name: "高对比度" }).click();
    await expect(html).toHaveAttribute("data-text-size", "large");
    await expect(html).toHaveAttribute("data-contrast", "high");
    await page.goto("/");
    await expect(html).toHaveAttribute("data-text-size", "large");
    await expect(html).toHaveAttribute("data-contrast", "high");
    await expect(page.getByRole("button", { name: "高对比度" })).toHaveAttribute("aria-pressed", "true");
    await page.getByRole("button", { name: "标准字号" }).click();
    await page.goto("/reports/2022/zhenxi");
    await expect(html).not.toHaveAttribute("data-text-size", "large");
    await expect(html).toHaveAttribute("data-contrast", "high");
    // The report page has no React: the script marks the switches itself.
    await expect(page.getByRole("button", { name: "高对比度" })).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByRole("button", { name: "标准字号" })).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByRole("button", { name: "大字号" })).toHaveAttribute("aria-pressed", "false");
  });

  test("can be used with the keyboard alone: skip link, search, share", async ({ page }) => {
    await page.goto("/reports/2022/zhenxi");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "跳到正文" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#main$/);

    // The share disclosure opens from the keyboard and shows the address and its QR code.
    const share = page.getByText("分享", { exact: true });
    await share.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("share-url")).toHaveText(/\/reports\/2022\/zhenxi$/);
    await expect(page.getByRole("img", { name: /二维码$/ }).locator("svg")).toBeVisible();

    await page.getByRole("searchbox", { name: "搜索已发布的报告" }).fill("执法证");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=%E6%89%A7%E6%B3%95%E8%AF%81/);
  });

  test("copies the report's link", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/reports/2022/zhenxi");
    await page.getByText("分享", { exact: true }).click();
    await page.getByRole("button", { name: "复制链接" }).click();
    await expect(page.getByRole("status").filter({ hasText: "链接已复制" })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^https?:\/\/[^/]+\/reports\/2022\/zhenxi$/);
  });

  test("fits a 360 px wide phone without sideways scrolling", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    for (const path of ["/", "/reports/2022/zhenxi"]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
});
