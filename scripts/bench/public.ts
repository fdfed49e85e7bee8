// npm run bench:public — the public report page of 珍溪镇 2022 measured side by side with one tool
// (wrk) and one load (BENCH_CONNECTIONS, default 50), as DESIGN.md §10 asks:
//   (a) nginx serving the page saved as a static file — the limit on this machine;
//   (b) the app alone (`next start`);
//   (c) the app behind deploy/nginx.conf.
// Prints requests/s, p50 and p99 of each and the ratios to (a), then the gzipped JavaScript the
// page ships. It asserts nothing about time; scripts/bench/public.sh starts what it measures.
//
//   BENCH_STATIC_URL, BENCH_APP_URL, BENCH_FRONT_URL   the three addresses of the same page
//   BENCH_DURATION (6 s), BENCH_CONNECTIONS (50), BENCH_THREADS (2), BENCH_ROUNDS (5)
// Each round measures (a), (b), (c) in turn after a short warm-up; each figure printed at the end
// is its median over the rounds, so a burst of load from elsewhere on the machine counts once.
import { execFileSync } from "node:child_process";
import { loadavg, cpus } from "node:os";
import { measurePageScripts } from "@/scripts/bench/public-js";

type Target = { key: "a" | "b" | "c" | "r"; label: string; url: string };
type Run = { rps: number; p50: number; p99: number; errors: number; requests: number };

const duration = positiveInt(process.env.BENCH_DURATION, 6);
const connections = positiveInt(process.env.BENCH_CONNECTIONS, 50);
const threads = positiveInt(process.env.BENCH_THREADS, 2);
const rounds = positiveInt(process.env.BENCH_ROUNDS, 5);
const jsTargetKb = 80;

const targets: Target[] = [
  { key: "a", label: "(a) nginx, saved static file", url: required("BENCH_STATIC_URL") },
  { key: "b", label: "(b) next start alone", url: required("BENCH_APP_URL") },
  { key: "c", label: "(c) next start behind deploy/nginx.conf", url: required("BENCH_FRONT_URL") },
];
// For scale, not a target: the cheapest response `next start` gives from its own pipeline, a
// route built at build time (app/icon.svg, under 1 KB). The report page cannot be cheaper.
const reference: Target = { key: "r", label: "(ref) next start, built route /icon.svg", url: new URL("/icon.svg", required("BENCH_APP_URL")).toString() };

function positiveInt(raw: string | undefined, fallback: number): number {
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (scripts/bench/public.sh sets it)`);
  return value;
}

function wrk(url: string, seconds: number): Run {
  const output = execFileSync(
    "wrk",
    [`-t${threads}`, `-c${connections}`, `-d${seconds}s`, "--latency", "-s", "scripts/bench/wrk-json.lua", url],
    { encoding: "utf8", maxBuffer: 1 << 20 },
  );
  const line = output.split("\n").find((l) => l.startsWith("WRK_JSON "));
  if (!line) throw new Error(`wrk printed no figures for ${url}:\n${output}`);
  const r = JSON.parse(line.slice("WRK_JSON ".length)) as {
    requests: number;
    durationUs: number;
    p50Us: number;
    p99Us: number;
    errors: Record<string, number>;
  };
  return {
    requests: r.requests,
    rps: r.requests / (r.durationUs / 1e6),
    p50: r.p50Us / 1000,
    p99: r.p99Us / 1000,
    errors: Object.values(r.errors).reduce((a, b) => a + b, 0),
  };
}

/** Each figure's median over the rounds, so one round disturbed by other load counts once. */
function median(runs: Run[]): Run {
  const mid = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];
  return {
    rps: mid(runs.map((r) => r.rps)),
    p50: mid(runs.map((r) => r.p50)),
    p99: mid(runs.map((r) => r.p99)),
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
    requests: runs.reduce((sum, r) => sum + r.requests, 0),
  };
}

/** Each target must answer 200 with the same page, or the comparison means nothing. */
async function checkSamePage(): Promise<void> {
  const bodies = await Promise.all(
    targets.map(async (t) => {
      const response = await fetch(t.url);
      const body = await response.text();
      if (response.status !== 200) throw new Error(`${t.label} answered ${response.status} for ${t.url}`);
      if (!body.includes("重庆市涪陵区珍溪镇人民政府2022年法治政府建设工作年度报告")) throw new Error(`${t.label} did not serve the 珍溪镇 2022 report`);
      return { target: t, bytes: Buffer.byteLength(body), cache: response.headers.get("x-nextjs-cache") ?? "-" };
    }),
  );
  for (const b of bodies) console.log(`  ${b.target.label.padEnd(44)} ${b.target.url}  ${b.bytes} bytes  x-nextjs-cache: ${b.cache}`);
}

const ms = (v: number) => `${v.toFixed(2)} ms`.padStart(10);
const pct = (v: number) => `${(v * 100).toFixed(1)}%`.padStart(7);
const verdict = (ok: boolean) => (ok ? "met" : "NOT met");

async function main() {
  console.log(`bench:public — wrk -t${threads} -c${connections} -d${duration}s, ${rounds} round(s), ${cpus().length} CPUs, load average ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  await checkSamePage();

  const runs: Record<Target["key"], Run[]> = { a: [], b: [], c: [], r: [] };
  for (let round = 1; round <= rounds; round++) {
    for (const target of [...targets, reference]) {
      wrk(target.url, 2);
      const run = wrk(target.url, duration);
      runs[target.key].push(run);
      console.log(`  round ${round} ${target.label.padEnd(44)} ${run.rps.toFixed(0).padStart(7)} req/s  p50 ${ms(run.p50)}  p99 ${ms(run.p99)}${run.errors ? `  errors ${run.errors}` : ""}`);
    }
  }

  const result = { a: median(runs.a), b: median(runs.b), c: median(runs.c), r: median(runs.r) };
  console.log("");
  console.log(`${"".padEnd(44)} ${"req/s".padStart(8)} ${"p50".padStart(10)} ${"p99".padStart(10)} ${"vs (a)".padStart(7)}`);
  for (const target of [...targets, reference]) {
    const r = result[target.key];
    console.log(`${target.label.padEnd(44)} ${r.rps.toFixed(0).padStart(8)} ${ms(r.p50)} ${ms(r.p99)} ${pct(r.rps / result.a.rps)}${r.errors ? `  (${r.errors} errors in ${r.requests} requests)` : ""}`);
  }
  const c = result.c.rps / result.a.rps;
  const b = result.b.rps / result.a.rps;
  console.log("");
  console.log(`target (c) ≥ 50% of (a) and p99 < 20 ms: ${pct(c).trim()}, p99 ${ms(result.c.p99).trim()} — ${verdict(c >= 0.5 && result.c.p99 < 20)}`);
  console.log(`target (b) ≥ 4% of (a) and p50 < 20 ms:  ${pct(b).trim()}, p50 ${ms(result.b.p50).trim()} — ${verdict(b >= 0.04 && result.b.p50 < 20)}`);

  const scripts = await measurePageScripts(targets[1].url);
  const shipped = scripts.filter((s) => !s.isNoModule);
  const legacy = scripts.filter((s) => s.isNoModule);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const sum = (list: typeof scripts) => list.reduce((total, s) => total + s.gzipBytes, 0);
  console.log("");
  console.log(`JavaScript the report page ships (gzip -9; 1 KB = 1024 bytes):`);
  for (const s of [...shipped].sort((x, y) => y.gzipBytes - x.gzipBytes)) {
    console.log(`  ${kb(s.gzipBytes).padStart(9)}  ${s.src}${s.isFramework ? "  (framework)" : ""}`);
  }
  const total = sum(shipped);
  const framework = sum(shipped.filter((s) => s.isFramework));
  console.log(`  ${kb(total).padStart(9)}  total in ${shipped.length} scripts — target ≤ ${jsTargetKb} KB: ${verdict(total <= jsTargetKb * 1024)}`);
  console.log(`             of which ${kb(framework)} is the framework (Next.js router and React, on every page) and ${kb(total - framework)} the page's own`);
  if (legacy.length) console.log(`             not counted: ${kb(sum(legacy))} of nomodule polyfills, which current browsers do not download`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
