// npm run bench:dashboard — the reviewer's year dashboard against the running app
// (scripts/bench/dashboard.sh starts it on data from dashboard-data.ts). It prints figures and
// asserts nothing about time; the target is DESIGN.md §10 (1,000 units, p50 < 200 ms).
//
// Signs in as the seeded reviewer over HTTP, checks the page lists every unit, warms up, then
// times full responses (headers and the whole body) of GET /review?year=…:
//   sequential   BENCH_REQUESTS (200) one after another — the latency one reviewer sees;
//   concurrent   the same number with BENCH_CONCURRENCY (4) in flight — a few reviewers at once;
// and BENCH_EXPORTS (20) downloads each of the CSV and XLSX export.
//
//   BENCH_BASE_URL=http://127.0.0.1:3210 DATABASE_URL=file:./data/bench-dashboard.db npx tsx scripts/bench/dashboard.ts
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { signIn } from "@/scripts/bench/sign-in";
import { benchReviewer, benchYear } from "@/scripts/bench/dashboard-config";
import { databaseProvider } from "@/lib/database-provider";

const baseUrl = (process.env.BENCH_BASE_URL ?? "http://127.0.0.1:3210").replace(/\/$/, "");
const databaseUrl = process.env.DATABASE_URL ?? "file:./data/bench-dashboard.db";
const requests = positiveInt(process.env.BENCH_REQUESTS, 200);
const concurrency = positiveInt(process.env.BENCH_CONCURRENCY, 4);
const exportsPerFormat = positiveInt(process.env.BENCH_EXPORTS, 20);
const warmUp = 20;

function positiveInt(raw: string | undefined, fallback: number): number {
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
}

function summary(label: string, values: number[], extra = ""): string {
  const sorted = [...values].sort((a, b) => a - b);
  const ms = (v: number) => `${v.toFixed(1)}ms`;
  return `${label.padEnd(22)} n=${String(sorted.length).padEnd(4)} p50=${ms(percentile(sorted, 50))} p95=${ms(percentile(sorted, 95))} p99=${ms(percentile(sorted, 99))} max=${ms(sorted[sorted.length - 1])}${extra}`;
}

type Fetched = { ms: number; status: number; bytes: Buffer; type: string | null };

async function get(path: string, cookie: string): Promise<Fetched> {
  const started = performance.now();
  const response = await fetch(`${baseUrl}${path}`, { headers: { Cookie: cookie }, redirect: "manual" });
  const bytes = Buffer.from(await response.arrayBuffer());
  return { ms: performance.now() - started, status: response.status, bytes, type: response.headers.get("content-type") };
}

/** Runs `total` requests with `width` in flight at a time; returns each one's latency. */
async function timed(total: number, width: number, path: string, cookie: string): Promise<{ latencies: number[]; seconds: number }> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < total) {
        next++;
        const result = await get(path, cookie);
        if (result.status !== 200) throw new Error(`bench: GET ${path} answered HTTP ${result.status}`);
        latencies.push(result.ms);
      }
    }),
  );
  return { latencies, seconds: (performance.now() - started) / 1000 };
}

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

async function main() {
  const cookie = await signIn(baseUrl, benchReviewer.login, benchReviewer.password);
  const page = `/review?year=${benchYear}`;

  const first = await get(page, cookie);
  const html = first.bytes.toString("utf8");
  const rows = html.match(/data-testid="unit-row-/g)?.length ?? 0;
  if (first.status !== 200 || rows === 0) {
    throw new Error(`bench: ${page} answered HTTP ${first.status} with ${rows} unit rows:\n${html.slice(0, 500)}`);
  }
  const counts = [...html.matchAll(/data-testid="count-([A-Z_]+)"[^>]*>(\d+)</g)].map((m) => `${m[1]}=${m[2]}`).join(" ");

  for (let i = 0; i < warmUp; i++) await get(page, cookie);
  const sequential = await timed(requests, 1, page, cookie);
  const concurrent = await timed(requests, concurrency, page, cookie);
  const filtered = await timed(Math.max(20, Math.floor(requests / 4)), 1, `${page}&status=overdue&sort=days`, cookie);

  const exportLines: string[] = [];
  for (const format of ["csv", "xlsx"] as const) {
    const path = `/review/export?year=${benchYear}&format=${format}`;
    await get(path, cookie);
    const latencies: number[] = [];
    let size = 0;
    for (let i = 0; i < exportsPerFormat; i++) {
      const result = await get(path, cookie);
      if (result.status !== 200) throw new Error(`bench: GET ${path} answered HTTP ${result.status}`);
      latencies.push(result.ms);
      size = result.bytes.length;
    }
    exportLines.push(summary(`export ${format}`, latencies, `  file ${kb(size)}`));
  }

  console.log(`bench:dashboard ${databaseProvider(databaseUrl)}  ${page}  rows=${rows}  ${counts}`);
  console.log(`  page size: ${kb(first.bytes.length)} HTML (${kb(gzipSync(first.bytes).length)} gzipped)`);
  console.log(`  ${summary("sequential", sequential.latencies, `  ${(requests / sequential.seconds).toFixed(1)} req/s`)}`);
  console.log(`  ${summary(`concurrency ${concurrency}`, concurrent.latencies, `  ${(requests / concurrent.seconds).toFixed(1)} req/s`)}`);
  console.log(`  ${summary("filtered (overdue)", filtered.latencies)}`);
  for (const line of exportLines) console.log(`  ${line}`);
  // Other work on the machine shows in every figure; say how busy it was.
  console.log(`  load average during the run: ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  console.log(`target (DESIGN.md §10): dashboard for 1,000 units p50 < 200 ms`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
