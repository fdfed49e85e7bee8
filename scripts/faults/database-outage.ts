// Requests against the app while PostgreSQL is stopped for FAULT_DOWN_SECONDS (default 10) and
// started again (scripts/faults/database-outage.sh does the stopping). Each request must answer
// within FAULT_MAX_MS (default 5000): the open-data API with 200 or a Chinese 503, pages with
// their cached copy or a Chinese error page; once the database is back, everything answers 200
// again without a restart. Prints counts per path and outcome; exit 1 on any breach.
import { existsSync, readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

const base = process.env.FAULT_BASE_URL ?? "http://127.0.0.1:3220";
const maxMs = Number(process.env.FAULT_MAX_MS ?? 5000);
const paths = ["/api/public/reports", "/api/public/metrics?year=2022", "/feed.xml", "/reports/2022/zhenxi", "/overview/towns", "/search?q=%E6%B3%95%E6%B2%BB", "/years/2022/towns"];
const cjk = /[\u4e00-\u9fff]/;
const phaseFile = process.env.FAULT_PHASE_FILE;
/** "up", "down" or "recovered": written by database-outage.sh as it stops and starts the database. */
const phase = () => (phaseFile && existsSync(phaseFile) ? readFileSync(phaseFile, "utf8").trim() || "up" : "up");

type Outcome = { path: string; phase: string; status: number; ms: number; chinese: boolean };
const outcomes: Outcome[] = [];
const breaches: string[] = [];

async function hit(path: string, round: number): Promise<void> {
  const started = performance.now();
  const state = phase();
  let status = 0;
  let body = "";
  try {
    const response = await fetch(`${base}${path}${path.includes("?") ? "&" : "?"}r=${round}`, { signal: AbortSignal.timeout(maxMs + 5000) });
    status = response.status;
    body = await response.text();
  } catch {
    status = 0;
  }
  const ms = performance.now() - started;
  const outcome = { path, phase: state, status, ms, chinese: cjk.test(body) };
  outcomes.push(outcome);
  if (ms > maxMs) breaches.push(`${path} (${state}): ${Math.round(ms)} ms`);
  if (status === 0) breaches.push(`${path} (${state}): no answer`);
  else if (status !== 200) {
    if (path.startsWith("/api/") && status !== 503) breaches.push(`${path} (${state}): HTTP ${status}, expected 200 or 503`);
    if (!outcome.chinese) breaches.push(`${path} (${state}): HTTP ${status} without Chinese text`);
    if (state === "recovered") breaches.push(`${path}: HTTP ${status} after the database came back`);
  }
}

const seconds = Number(process.env.FAULT_RUN_SECONDS ?? 24);
const until = Date.now() + seconds * 1000;
for (let round = 0; Date.now() < until; round++) {
  await Promise.all(paths.map((path) => hit(path, round)));
  await new Promise((resolve) => setTimeout(resolve, 100));
}

const counts = new Map<string, number>();
for (const o of outcomes) counts.set(`${o.phase} ${o.path} → ${o.status}`, (counts.get(`${o.phase} ${o.path} → ${o.status}`) ?? 0) + 1);
for (const [key, n] of [...counts].sort()) console.log(`${String(n).padStart(5)}  ${key}`);
const slowest = Math.max(...outcomes.map((o) => o.ms));
console.log(`requests=${outcomes.length}  slowest=${Math.round(slowest)} ms (limit ${maxMs})  breaches=${breaches.length}`);
for (const b of breaches.slice(0, 10)) console.log(`  breach: ${b}`);
if (!outcomes.some((o) => o.phase === "down")) {
  console.log("  the database was never seen down: nothing was tested");
  process.exitCode = 1;
}
if (breaches.length > 0) process.exitCode = 1;
