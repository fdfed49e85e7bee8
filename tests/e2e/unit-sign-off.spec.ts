import { hash } from "@node-rs/argon2";
import { expect, pageAs, password, signIn, test } from "./fixtures";
import { testDb } from "./db";
import { fillRequiredSections } from "./arrange";
import { defaultTemplateSections } from "@/lib/reports/template";

// A year of its own, so the sign-off setting touches no other spec's reports.
const year = 2044;

/** The year with 单位审签 on and both templates; found again when a retry runs this spec twice. */
async function signOffYear() {
  const district = await testDb.district.findUniqueOrThrow({ where: { code: "500102" } });
  const existing = await testDb.reportingYear.findUnique({ where: { districtId_year: { districtId: district.id, year } } });
  if (existing) return testDb.reportingYear.update({ where: { id: existing.id }, data: { unitSignOff: true, isOpen: true } });
  return testDb.reportingYear.create({
    data: {
      districtId: district.id,
      year,
      publicationDeadline: new Date(`${year + 1}-03-31T00:00:00Z`),
      unitSignOff: true,
      templates: {
        create: (["TOWN", "DEPARTMENT"] as const).map((unitKind) => ({
          unitKind,
          name: `${year}年度模板`,
          sections: { create: defaultTemplateSections(year, unitKind).map((s, i) => ({ ...s, sortOrder: (i + 1) * 10 })) },
        })),
      },
    },
  });
}

/** The unit's head (单位负责人), who can sign in with the fixtures' password. */
async function addHead(unitId: string, unitName: string) {
  const unit = await testDb.unit.findUniqueOrThrow({ where: { id: unitId } });
  const login = `e2e-head-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const name = `${unitName}负责人`;
  const user = await testDb.user.create({
    data: { districtId: unit.districtId, login, name, role: "UNIT_HEAD", unitId, passwordHash: await hash(password) },
  });
  return { id: user.id, login, name };
}


test.describe("unit sign-off", () => {
  test.describe.configure({ timeout: 180_000 });

  test("the clerk sends the report to the unit head, whose sign-off submits it to the district", async ({ browser, createUnitWithClerk }) => {
    await signOffYear();
    const clerk = await createUnitWithClerk("审签");
    const head = await addHead(clerk.unitId, clerk.unitName);

    // Clerk: starts the year's report and, once it is complete, sends it to the head.
    const clerkPage = await (await browser.newContext()).newPage();
    await signIn(clerkPage, clerk.login);
    await expect(clerkPage.getByTestId(`my-report-${year}`)).toContainText("须经单位负责人审签");
    await clerkPage.getByRole("button", { name: `开始填写${year}年度报告` }).click();
    await clerkPage.waitForURL(/\/workspace\/reports\/[^/]+$/);
    const reportId = clerkPage.url().split("/").pop()!;
    await fillRequiredSections(reportId);
    await clerkPage.reload();
    await expect(clerkPage.getByRole("button", { name: "提交审核" })).toHaveCount(0);
    await expect(clerkPage.getByText("负责人审签通过即报送区依法治区办", { exact: false }).first()).toBeVisible();
    await clerkPage.getByRole("button", { name: "送单位负责人审签" }).click();
    await clerkPage.getByRole("dialog").getByRole("button", { name: "确认送审签" }).click();
    await expect(clerkPage.getByText("报告已送单位负责人审签，审签通过后报送区依法治区办。审签期间不能修改。")).toBeVisible();
    await expect(clerkPage.getByText("待单位审签").first()).toBeVisible();
    expect(await testDb.report.findUniqueOrThrow({ where: { id: reportId }, select: { status: true } })).toEqual({ status: "AWAITING_SIGNOFF" });

    // The district does not see it yet.
    const reviewer = await pageAs(browser, "shenhe");
    expect((await reviewer.goto(`/review/reports/${reportId}`))?.status()).toBe(404);

    // Head: finds it on their home page, with no writing buttons, and signs it off.
    const headPage = await (await browser.newContext()).newPage();
    await signIn(headPage, head.login);
    await headPage.goto("/workspace");
    await expect(headPage.getByRole("heading", { name: "本单位报告" })).toBeVisible();
    await expect(headPage.getByRole("button", { name: /开始填写/ })).toHaveCount(0);
    await expect(headPage.getByRole("link", { name: "继续填写" })).toHaveCount(0);
    await headPage.getByTestId(`my-report-${year}`).getByRole("link", { name: "去审签" }).click();
    await headPage.waitForURL(`**/workspace/reports/${reportId}/signoff`);
    await expect(headPage.getByRole("heading", { level: 1 })).toContainText(`${clerk.unitName}${year}年法治政府建设年度报告`);
    await expect(headPage.getByText("填报人已将报告送您审签", { exact: false })).toBeVisible();
    await headPage.getByRole("button", { name: "审签通过，报送区依法治区办" }).click();
    await headPage.getByRole("dialog").getByRole("button", { name: "确认审签通过" }).click();
    await expect(headPage.getByText("审签通过，报告已报送区依法治区办。")).toBeVisible();
    await expect(headPage.getByTestId("sign-off")).toContainText(`单位审签：${head.name}`);

    const stored = await testDb.report.findUniqueOrThrow({ where: { id: reportId }, select: { status: true, submittedAt: true } });
    expect(stored.status).toBe("SUBMITTED");
    const revision = await testDb.revision.findFirstOrThrow({ where: { reportId, kind: "SUBMISSION" }, select: { signedOffById: true, signedOffAt: true } });
    expect(revision.signedOffById).toBe(head.id);
    expect(revision.signedOffAt?.getTime()).toBe(stored.submittedAt?.getTime());

    // Reviewer: the unit shows as submitted on the year's desk, with the sign-off on the report.
    await reviewer.goto(`/review?year=${year}&q=${encodeURIComponent(clerk.unitName)}`);
    await expect(reviewer.getByTestId(`unit-row-${clerk.unitName}`)).toContainText("已提交");
    await reviewer.goto(`/review/reports/${reportId}`);
    await expect(reviewer.getByTestId("sign-off")).toContainText(`单位审签：${head.name}`);

    // The head never gets an editor: the report page and a section's editor both lead to the
    // sign-off page, and the text stays as the clerk left it.
    await headPage.goto(`/workspace/reports/${reportId}`);
    await expect(headPage).toHaveURL(new RegExp(`/workspace/reports/${reportId}/signoff$`));
    const before = await testDb.reportSection.findUniqueOrThrow({ where: { reportId_key: { reportId, key: "law-study" } }, select: { body: true, version: true } });
    await headPage.goto(`/workspace/reports/${reportId}/sections/law-study`);
    await expect(headPage).toHaveURL(new RegExp(`/workspace/reports/${reportId}/signoff$`));
    await expect(headPage.getByRole("button", { name: "保存" })).toHaveCount(0);
    await expect(headPage.getByRole("textbox", { name: /正文/ })).toHaveCount(0);
    expect(await testDb.reportSection.findUniqueOrThrow({ where: { reportId_key: { reportId, key: "law-study" } }, select: { body: true, version: true } })).toEqual(before);
  });
});
