import type { Page } from "@playwright/test";
import { test, expect, pageAs, signIn } from "./fixtures";
import { testDb } from "./db";

// At 390 px (a common phone) no page scrolls sideways: long words wrap, wide tables scroll inside
// their own container.

const phone = { width: 390, height: 844 };

/** Fails with the elements that stick out past the viewport's right edge, so a failure says where. */
async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => {
    const root = document.documentElement;
    const wide = [...document.body.querySelectorAll("*")]
      .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1 && !el.closest("[data-scroll-x]"))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${String(el.className).slice(0, 60)} → ${Math.round(el.getBoundingClientRect().right)}px`);
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide };
  });
  expect(overflow.scrollWidth, `${page.url()} scrolls sideways: ${overflow.wide.join("; ")}`).toBeLessThanOrEqual(overflow.clientWidth);
}

// 60 characters, 50 of them one unbroken Latin word (no hyphen to break at), as a pasted file
// name or pinyin would be.
const longTitle = `推进法治政府建设情况${"FazhiZhengfuJiansheNianduBaogaoErlingErsanXuexiGuancheLuoshi"}`.slice(0, 60);

test("the review desk, the public overview and the editor fit a 390 px screen", async ({ browser, createUnitWithClerk }) => {
  expect(longTitle).toHaveLength(60);
  const unit = await createUnitWithClerk("窄屏");
  const year = await testDb.reportingYear.findFirstOrThrow({ where: { year: 2023 } });
  const report = await testDb.report.create({
    data: {
      unitId: unit.unitId,
      yearId: year.id,
      status: "DRAFT",
      title: `${unit.unitName}2023年法治政府建设年度报告`,
      sections: {
        create: [
          { key: "measures", templateKey: "measures", level: 1, sortOrder: 0, title: "主要举措和成效", metrics: {} },
          { key: "law-study", templateKey: "law-study", level: 2, parentKey: "measures", sortOrder: 1, title: longTitle, body: "全年组织集中学法10次。", metrics: {} },
        ],
      },
    },
  });

  const reviewer = await pageAs(browser, "shenhe");
  await reviewer.setViewportSize(phone);
  await reviewer.goto("/review?year=2023");
  await expect(reviewer.getByRole("heading", { level: 1 })).toHaveText("2023年度报告审核台");
  await expectNoSidewaysScroll(reviewer);
  // The table scrolls inside its own container, which says so.
  await expect(reviewer.getByText("左右滑动查看更多列").first()).toBeVisible();

  const visitor = await (await browser.newContext({ viewport: phone })).newPage();
  await visitor.goto("/");
  await expect(visitor.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoSidewaysScroll(visitor);

  const clerk = await (await browser.newContext({ viewport: phone })).newPage();
  await signIn(clerk, unit.login);
  await clerk.goto(`/workspace/reports/${report.id}`);
  await expect(clerk.getByRole("region", { name: "报告提纲" }).getByRole("link", { name: longTitle }).first()).toBeVisible();
  await expectNoSidewaysScroll(clerk);
  await clerk.goto(`/workspace/reports/${report.id}/sections/law-study`);
  await expect(clerk.getByRole("navigation", { name: "报告提纲" }).getByRole("link", { name: new RegExp(longTitle) })).toBeVisible();
  await expectNoSidewaysScroll(clerk);
});
