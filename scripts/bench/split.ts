// npm run bench:split — splitReport on a 50-page report (DESIGN: the preview re-splits on every
// correction, so < 200 ms). Prints figures and asserts nothing about time.
//   BENCH_SPLIT_N  timed runs after a warm-up (default 200)
//   BENCH_PAGES    pages of about 900 characters (default 50)
import { performance } from "node:perf_hooks";
import { splitReport } from "@/lib/import/split-report";
import { buildReport } from "./report-text";

const runs = positiveInt(process.env.BENCH_SPLIT_N, 200);
const pages = positiveInt(process.env.BENCH_PAGES, 50);
const warmUp = 10;

function positiveInt(raw: string | undefined, fallback: number): number {
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

function summary(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
  const ms = (v: number) => `${v.toFixed(2)}ms`;
  return `n=${sorted.length} p50=${ms(at(50))} p95=${ms(at(95))} max=${ms(sorted.at(-1)!)}`;
}

const text = buildReport(pages * 900);
let started = performance.now();
const report = splitReport(text);
const cold = performance.now() - started;
for (let i = 0; i < warmUp; i++) splitReport(text);
const latencies: number[] = [];
for (let i = 0; i < runs; i++) {
  started = performance.now();
  splitReport(text);
  latencies.push(performance.now() - started);
}
console.log(
  `splitReport on ${text.length} characters, ${text.split("\n").length} lines (${pages} pages): ` +
    `${report.sections.length} sections, ${report.removed.length} furniture lines`,
);
console.log(`  first run (cold)  ${cold.toFixed(2)}ms`);
console.log(`  warm              ${summary(latencies)}`);
