// npm run bench:import — the import's steps on a 50-page report and on the 珍溪镇 report
// (issue 12: splitting a 50-page report < 200 ms, the preview of a typical report < 1 s).
// Prints figures and asserts nothing about time.
//   in process   reading a .docx (mammoth and the numbering), splitting, and building the
//                preview's plan (matching to the template, the character check) — the plan is
//                what the browser recomputes on every correction in the preview;
//   in a browser when BENCH_BASE_URL is set (scripts/bench/import.sh starts the built app on a
//                seeded database): a clerk uploads the 珍溪镇 report as .docx and the time from
//                the click on 读取并预览 to the preview shown (upload, server, rendering), and
//                from changing where one part goes to the outline showing it.
//   BENCH_IMPORT_N (default 30 in process, 10 in the browser)
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { chromium } from "@playwright/test";
import { buildReportDocx, reportForDocx } from "@/lib/public/docx/build-report-docx";
import { classifyLines } from "@/lib/import/classify-lines";
import { noDecisions, prepareImport } from "@/lib/import/prepare-import";
import { readSourceFile } from "@/lib/import/read-source-file";
import { textToSourceLines } from "@/lib/import/source-lines";
import { templateOutline } from "@/lib/import/template-outline";
import { splitReport } from "@/lib/import/split-report";
import type { PublishedSection } from "@/lib/public/get-published-report";
import { defaultTemplateSections } from "@/lib/reports/template";
import { zhenxiReport } from "@/tests/fixtures/zhenxi-report";
import { buildReport } from "./report-text";

const runs = Number(process.env.BENCH_IMPORT_N) || 30;
const baseUrl = process.env.BENCH_BASE_URL?.replace(/\/$/, "");

function summary(label: string, values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
  const ms = (v: number) => `${v.toFixed(1)}ms`;
  return `  ${label.padEnd(34)} n=${String(sorted.length).padEnd(3)} p50=${ms(at(50))} p95=${ms(at(95))} max=${ms(sorted.at(-1)!)}`;
}

async function time<T>(n: number, run: () => Promise<T> | T): Promise<number[]> {
  await run();
  const values: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    await run();
    values.push(performance.now() - started);
  }
  return values;
}

/** The 50-page text as the public site's Word file: level-3 points stay in their section's text. */
async function fiftyPageDocx(text: string): Promise<Buffer> {
  const sections: PublishedSection[] = [];
  for (const [i, s] of splitReport(text).sections.entries()) {
    if (s.level === 3 && sections.length > 0) {
      sections.at(-1)!.paragraphs.push(`${s.marker}${s.heading}${s.paragraphs[0] ?? ""}`, ...s.paragraphs.slice(1));
      continue;
    }
    sections.push({ key: `s${i}`, level: s.level, number: s.marker, title: s.heading, paragraphs: [...s.paragraphs], metrics: [] });
  }
  const date = new Date("2025-01-09T00:00:00Z");
  return buildReportDocx({ title: "某某镇2024年法治政府建设年度报告", publisher: "某某镇人民政府", docNumber: "", documentDate: date, publishedAt: date, correction: null, sections });
}

async function inProcess(): Promise<void> {
  const outline = templateOutline(defaultTemplateSections(2024, "TOWN"));
  const text = buildReport(50 * 900);
  const lines = textToSourceLines(text);
  const classified = classifyLines(lines);
  const docx = await fiftyPageDocx(text);
  const zhenxi = await buildReportDocx(reportForDocx(zhenxiReport()));
  const zhenxiLines = classifyLines(await readSourceFile({ name: "zhenxi.docx", bytes: zhenxi }));
  console.log(`in process (load average ${loadavg().map((v) => v.toFixed(2)).join(" ")})`);
  console.log(`  50 pages: ${text.length} characters, ${lines.length} lines; its .docx ${(docx.length / 1024).toFixed(0)} KB; 珍溪镇 .docx ${(zhenxi.length / 1024).toFixed(0)} KB`);
  console.log(summary("split 50 pages (classify)", await time(runs, () => classifyLines(lines))));
  console.log(summary("preview plan 50 pages", await time(runs, () => prepareImport(classified, outline, noDecisions))));
  console.log(summary("read 50-page .docx", await time(Math.min(runs, 15), () => readSourceFile({ name: "50.docx", bytes: docx }))));
  console.log(summary("read + split + plan 珍溪镇 .docx", await time(runs, async () => prepareImport(classifyLines(await readSourceFile({ name: "z.docx", bytes: zhenxi })), outline, noDecisions))));
  console.log(summary("preview plan 珍溪镇 (per correction)", await time(runs, () => prepareImport(zhenxiLines, outline, noDecisions))));
}

async function inBrowser(url: string): Promise<void> {
  const n = Number(process.env.BENCH_IMPORT_N) || 10;
  const file = await buildReportDocx(reportForDocx(zhenxiReport()));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium" });
  const page = await (await browser.newContext({ baseURL: url })).newPage();
  await page.goto("/login");
  await page.getByLabel("账号").fill("zhenxi");
  await page.getByLabel("密码").fill("Fazhi@2023");
  await page.getByRole("button", { name: "登录" }).click();
  await page.getByRole("button", { name: "退出" }).waitFor();
  const open = page.getByRole("button", { name: "开始填写2023年度报告" });
  if (await open.isVisible()) {
    await open.click();
    await page.waitForURL(/\/workspace\/reports\/[^/]+$/);
  } else {
    await page.getByRole("link", { name: "继续填写" }).first().click();
  }
  const reportId = page.url().split("/").pop()!;
  const previews: number[] = [];
  const remaps: number[] = [];
  for (let i = 0; i <= n; i++) {
    await page.goto(`/workspace/import/${reportId}`);
    await page.getByLabel("报告文件（Word .docx 或纯文本 .txt）").setInputFiles({ name: "珍溪镇2022.docx", mimeType: "application/octet-stream", buffer: file });
    let started = performance.now();
    await page.getByRole("button", { name: "读取并预览" }).click();
    await page.getByRole("heading", { name: "预览：珍溪镇2022.docx" }).waitFor();
    await page.locator('[data-section="law-study"]').getByText("来自").waitFor();
    const preview = performance.now() - started;
    const select = page.getByLabel(/^“.*学习贯彻习近平法治思想情况”放入$/);
    started = performance.now();
    await select.selectOption({ index: i % 2 === 0 ? 5 : 4 });
    await page.waitForFunction(() => document.querySelectorAll("[data-section] p").length > 0);
    const remap = performance.now() - started;
    if (i > 0) {
      previews.push(preview);
      remaps.push(remap);
    }
  }
  await browser.close();
  console.log(`in a browser against ${url} (Chromium, the 珍溪镇 report as .docx, ${(file.length / 1024).toFixed(0)} KB)`);
  console.log(summary("click → preview shown", previews));
  console.log(summary("re-map one part → outline updated", remaps));
}

await inProcess();
if (baseUrl) await inBrowser(baseUrl);
