import { test as base, type Browser, type Page } from "@playwright/test";
import { hash } from "@node-rs/argon2";
import { testDb } from "./db";

export const password = "Fazhi@2023";

type Clerk = { login: string; unitId: string; unitName: string; slug: string };

/** A fresh 街镇 with its own clerk, unique per test and worker, so specs never share state. */
export async function createUnitWithClerk(tag: string): Promise<Clerk> {
  const district = await testDb.district.findUniqueOrThrow({ where: { code: "500102" } });
  const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const shortName = `测试${tag}镇${suffix.slice(-4)}`;
  const unit = await testDb.unit.create({
    data: {
      districtId: district.id,
      kind: "TOWN",
      name: `重庆市涪陵区${shortName}人民政府`,
      shortName,
      slug: `e2e-${suffix}`,
      orgCode: `11500102E2E${suffix.toUpperCase().slice(-7)}`,
      sortOrder: 900,
    },
  });
  const login = `e2e-${suffix}`;
  await testDb.user.create({
    data: { districtId: district.id, login, name: `${shortName}填报人`, role: "CLERK", unitId: unit.id, passwordHash: await hash(password) },
  });
  return { login, unitId: unit.id, unitName: shortName, slug: unit.slug };
}

/** A second clerk of the same unit, for two people editing one report. */
async function addClerk(unitId: string): Promise<string> {
  const unit = await testDb.unit.findUniqueOrThrow({ where: { id: unitId } });
  const login = `e2e-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  await testDb.user.create({
    data: { districtId: unit.districtId, login, name: `${unit.shortName}第二填报人`, role: "CLERK", unitId, passwordHash: await hash(password) },
  });
  return login;
}

export async function signIn(page: Page, login: string) {
  await page.goto("/login");
  await page.getByLabel("账号").fill(login);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
  await page.getByRole("button", { name: "退出" }).waitFor();
}

export async function pageAs(browser: Browser, login: "zhenxi" | "sifaju" | "shenhe" | "admin"): Promise<Page> {
  const context = await browser.newContext({ storageState: `tests/.auth/${login}.json` });
  return context.newPage();
}

export const test = base.extend<{ createUnitWithClerk: (tag: string) => Promise<Clerk>; addClerk: (unitId: string) => Promise<string> }>({
  createUnitWithClerk: async ({}, use) => {
    await use(createUnitWithClerk);
  },
  addClerk: async ({}, use) => {
    await use(addClerk);
  },
});

export { expect } from "@playwright/test";
