// npm run bench:docx — the Word export of the 珍溪镇 2022 report (DESIGN.md §10: < 300 ms).
// Prints figures and asserts nothing about time.
//   in process  buildReportDocx on the fixture (tests/fixtures/zhenxi-report.ts), the first
//               (cold) build and then BENCH_DOCX_N (200) more after a warm-up;
//   over HTTP   when BENCH_BASE_URL is set (scripts/bench/docx.sh starts the built app on a
//               seeded database): the first GET /reports/2022/zhenxi/word (database read and
//               build), then more one at a time and with BENCH_CONCURRENCY (4) in flight (the
//               app keeps built files by ETag, so these read the database and send the kept
//               file), and the 304 answer to If-None-Match.
//
//   npx tsx scripts/bench/docx.ts
//   BENCH_BASE_URL=http://127.0.0.1:3220 npx tsx scripts/bench/docx.ts
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { buildReportDocx, reportForDocx } from "@/lib/public/docx/build-report-docx";
import { zhenxiReport } from "@/tests/fixtures/zhenxi-report";

const runs = positiveInt(process.env.BENCH_DOCX_N, 200);
const concurrency = positiveInt(process.env.BENCH_CONCURRENCY, 4);
const baseUrl = process.env.BENCH_BASE_URL?.replace(/\/$/, "");
const path = "/reports/2022/zhenxi/word";
const warmUp = 10;

function positiveInt(raw: string | undefined, fallback: number): number {
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

function summary(label: string, values: number[], extra = ""): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
  const ms = (v: number) => `${v.toFixed(1)}ms`;
  return `${label.padEnd(18)} n=${String(sorted.length).padEnd(4)} p50=${ms(at(50))} p95=${ms(at(95))} p99=${ms(at(99))} max=${ms(sorted.at(-1)!)}${extra}`;
}

async function timeBuilds(): Promise<void> {
  const report = reportForDocx(zhenxiReport());
  let started = performance.now();
  const file = await buildReportDocx(report);
  const cold = performance.now() - started;
  for (let i = 0; i < warmUp; i++) await buildReportDocx(report);
  const latencies: number[] = [];
  for (let i = 0; i < runs; i++) {
    started = performance.now();
    await buildReportDocx(report);
    latencies.push(performance.now() - started);
  }
  console.log(`in process (buildReportDocx, ${report.sections.length} sections, file ${(file.length / 1024).toFixed(1)} KB)`);
  console.log(`  first build (cold)  ${cold.toFixed(1)}ms`);
  console.log(`  ${summary("warm", latencies)}`);
}

async function get(headers: Record<string, string> = {}): Promise<{ ms: number; status: number; etag: string | null }> {
  const started = performance.now();
  const response = await fetch(`${baseUrl}${path}`, { headers });
  await response.arrayBuffer();
  return { ms: performance.now() - started, status: response.status, etag: response.headers.get("etag") };
}

async function timeHttp(total: number, width: number, headers: Record<string, string>, status: number): Promise<{ latencies: number[]; seconds: number }> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < total) {
        next++;
        const result = await get(headers);
        if (result.status !== status) throw new Error(`bench: GET ${path} answered HTTP ${result.status}, expected ${status}`);
        latencies.push(result.ms);
      }
    }),
  );
  return { latencies, seconds: (performance.now() - started) / 1000 };
}

async function main() {
  console.log(`bench:docx — Word export of the 珍溪镇 2022 report`);
  await timeBuilds();
  if (baseUrl) {
    const first = await get();
    if (first.status !== 200 || !first.etag) throw new Error(`bench: GET ${baseUrl}${path} answered HTTP ${first.status}`);
    for (let i = 0; i < warmUp; i++) await get();
    const sequential = await timeHttp(runs, 1, {}, 200);
    const concurrent = await timeHttp(runs, concurrency, {}, 200);
    const revalidated = await timeHttp(runs, 1, { "If-None-Match": first.etag }, 304);
    console.log(`over HTTP (${baseUrl}${path})`);
    console.log(`  first request (database read and build)  ${first.ms.toFixed(1)}ms`);
    console.log(`  ${summary("sequential", sequential.latencies, `  ${(runs / sequential.seconds).toFixed(1)} req/s`)}`);
    console.log(`  ${summary(`concurrency ${concurrency}`, concurrent.latencies, `  ${(runs / concurrent.seconds).toFixed(1)} req/s`)}`);
    console.log(`  ${summary("304 (If-None-Match)", revalidated.latencies)}`);
  }
  console.log(`  load average during the run: ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  console.log(`target (DESIGN.md §10): Word export of the fixture report < 300 ms`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
