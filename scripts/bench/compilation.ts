// npm run bench:compilation — builds the year's compilation (汇编) of 30 reports of typical length
// (the 珍溪镇 2022 report, about six pages each) in-process, as the reviewer's download and the
// public link do after reading the rows (target < 5 s). Prints figures and asserts nothing.
//   BENCH_COMPILATION_REPORTS  reports in the compilation (default 30)
//   BENCH_COMPILATION_N        timed runs after a warm-up (default 10)
//   BENCH_COMPILATION_OUT      also write the last file there (to open it or convert it to PDF)
import { writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { buildCompilationDocx, layOutReportPages, type CompilationEntry } from "@/lib/compilation/build-compilation-docx";
import { reportForDocx } from "@/lib/public/docx/build-report-docx";
import { zhenxiReport } from "@/tests/fixtures/zhenxi-report";

const count = positiveInt(process.env.BENCH_COMPILATION_REPORTS, 30);
const runs = positiveInt(process.env.BENCH_COMPILATION_N, 10);

function positiveInt(raw: string | undefined, fallback: number): number {
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

function summary(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
  const ms = (v: number) => `${v.toFixed(0)}ms`;
  return `n=${sorted.length} p50=${ms(at(50))} p95=${ms(at(95))} max=${ms(sorted.at(-1)!)}`;
}

const base = reportForDocx(zhenxiReport());
/** A year's reports; `round` makes every title new, so no report's pages are known yet. */
function entriesOf(round: number): CompilationEntry[] {
  return Array.from({ length: count }, (_, i) => ({
    report: { ...base, title: `第${i + 1}号单位2022年法治政府建设工作年度报告（第${round}轮）` },
    isPublished: true,
  }));
}
const input = (entries: CompilationEntry[], estimatePages: boolean) => ({ districtName: "重庆市涪陵区", year: 2022, date: new Date(), includesApproved: false, entries, estimatePages });

async function time(build: () => Promise<Buffer>): Promise<number> {
  const started = performance.now();
  file = await build();
  return performance.now() - started;
}

let file: Buffer | undefined;
let round = 0;
await buildCompilationDocx(input(entriesOf(round++), true)); // warm-up
const cold: number[] = [];
const oneChanged: number[] = [];
const unchanged: number[] = [];
const noNumbers: number[] = [];
for (let i = 0; i < runs; i++) {
  const entries = entriesOf(round++);
  cold.push(await time(() => buildCompilationDocx(input(entries, true))));
  // In the app the counts come from the ReportPageCount table (count-report-pages.ts): laid out once per text.
  const known = entries.map(layOutReportPages);
  unchanged.push(await time(() => buildCompilationDocx({ ...input(entries, true), reportPages: known })));
  const changed = i % count;
  oneChanged.push(
    await time(async () => {
      const edited = entries.map((e, j) => (j === changed ? { ...e, report: { ...e.report, title: `${e.report.title}（修订）` } } : e));
      const pages = known.map((n, j) => (j === changed ? layOutReportPages(edited[j]) : n));
      return buildCompilationDocx({ ...input(edited, true), reportPages: pages });
    }),
  );
  noNumbers.push(await time(() => buildCompilationDocx(input(entries, false))));
}
console.log(`compilation of ${count} reports (target < 5000ms):`);
console.log(`  no report laid out before (first compilation):  ${summary(cold)}`);
console.log(`  one report changed since the last compilation:  ${summary(oneChanged)}`);
console.log(`  every report laid out before:                   ${summary(unchanged)}`);
console.log(`  page numbers left to Word:                      ${summary(noNumbers)}`);
if (process.env.BENCH_COMPILATION_OUT) writeFileSync(process.env.BENCH_COMPILATION_OUT, file!);
