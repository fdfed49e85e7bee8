// npm run bench:compilation — builds the year's compilation (汇编) of 30 reports of typical length
// (the 珍溪镇 2022 report, about six pages each) in-process, as the reviewer's download and the
// public link do after reading the rows (target < 5 s). Prints figures and asserts nothing.
//   BENCH_COMPILATION_REPORTS  reports in the compilation (default 30)
//   BENCH_COMPILATION_N        timed runs after a warm-up (default 10)
//   BENCH_COMPILATION_OUT      also write the last file there (to open it or convert it to PDF)
import { writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { buildCompilationDocx, type CompilationEntry } from "@/lib/compilation/build-compilation-docx";
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
const entries: CompilationEntry[] = Array.from({ length: count }, (_, i) => ({
  report: { ...base, title: `第${i + 1}号单位2022年法治政府建设工作年度报告` },
  isPublished: true,
}));
const input = { districtName: "重庆市涪陵区", year: 2022, date: new Date(), includesApproved: false, entries };

let file: Buffer | undefined;
for (const estimatePages of [true, false]) {
  await buildCompilationDocx({ ...input, estimatePages }); // warm-up
  const latencies: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const built = await buildCompilationDocx({ ...input, estimatePages });
    latencies.push(performance.now() - started);
    if (estimatePages) file = built;
  }
  const label = estimatePages ? "with contents page numbers" : "page numbers left to Word";
  console.log(`compilation of ${count} reports, ${label}: ${summary(latencies)} (target p95 < 5000ms)`);
}
if (process.env.BENCH_COMPILATION_OUT) writeFileSync(process.env.BENCH_COMPILATION_OUT, file!);
