import { test as setup, expect } from "@playwright/test";
import { demoAccounts } from "@/prisma/seed-data";

// Logs each seeded role in once through the real form and keeps the session for the specs.
for (const account of demoAccounts) {
  setup(`signs in as ${account.login}`, async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("账号").fill(account.login);
    await page.getByLabel("密码").fill(account.password);
    await page.getByRole("button", { name: "登录" }).click();
    // A role's home page took more than 10 s to appear under a load of 30 on two cores.
    await expect(page.getByRole("button", { name: "退出" })).toBeVisible({ timeout: 30_000 });
    await page.context().storageState({ path: `tests/.auth/${account.login}.json` });
  });
}
