import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const ctx = await browser.newContext({ storageState: "tests/.auth/" + (process.argv[3] ?? "shenhe") + ".json", viewport: { width: 390, height: 844 }, locale: "zh-CN" });
const page = await ctx.newPage();
await page.goto("http://127.0.0.1:3150" + (process.argv[2] ?? "/review?year=2023"));
console.log(await page.evaluate(() => {
  const root = document.documentElement;
  const out = [`scroll ${root.scrollWidth} client ${root.clientWidth}`];
  for (const el of document.body.querySelectorAll("*")) {
    const r = el.getBoundingClientRect();
    if (r.right > root.clientWidth && true) out.push(`${el.tagName} ${String(el.className).slice(0,80)} ${Math.round(r.left)}-${Math.round(r.right)}`);
  }
  return out.slice(0, 20).join("\n");
}));
await browser.close();
