// npm run bench:search — measures search and the public list over the generated data
// (scripts/bench/search.sh makes it and starts the app). Prints figures; asserts nothing about
// time. Target (DESIGN.md §10): with 10,000 published reports, list and search p50 < 50 ms.
//
//   function   searchReports() / the list readers called in this process: the database's
//              work plus building the results (snippets), without HTTP or rendering;
//   HTTP       full responses from the running app: GET /search?q=…, GET /api/public/reports?q=…
//              and the public lists (overviews, one year), one request at a time.
//
//   DATABASE_URL=file:./data/bench-search.db BENCH_BASE_URL=http://127.0.0.1:3240 \
//     npx tsx --conditions=react-server scripts/bench/search.ts
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { db } from "@/lib/db";
import { listPublicationOverview } from "@/lib/public/list-publication-overview";
import { listPublishedReports } from "@/lib/public/list-published-reports";
import { searchResultLimit } from "@/lib/public/search/match-options";
import { normaliseQuery } from "@/lib/public/search/search-query";
import { searchReports } from "@/lib/public/search/search-reports";
import { databaseProvider } from "@/lib/database-provider";

const baseUrl = (process.env.BENCH_BASE_URL ?? "http://127.0.0.1:3240").replace(/\/$/, "");
const runs = positiveInt(process.env.BENCH_RUNS, 30);
const warmUp = 3;

function positiveInt(raw: string | undefined, fallback: number): number {
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

type Case = { label: string; q: string; year?: number; kind?: "TOWN" | "DEPARTMENT" };

const cases: Case[] = [
  { label: "3+ chars, in 99%", q: "执法证" },
  { label: "6 chars, in 100%", q: "法治政府建设" },
  { label: "3+ chars, in 5%", q: "知识产权快速维权" },
  { label: "3+ chars, in 1%", q: "无人机巡查" },
  { label: "2 chars, in 97%", q: "复议" },
  { label: "2 chars, in 5%", q: "维权" },
  { label: "1 char", q: "罚" },
  { label: "no hits", q: "量子计算" },
  { label: "2 words", q: "执法证 复议" },
  { label: "3+ chars, year+kind", q: "执法证", year: 2020, kind: "TOWN" },
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

async function measure(run: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < warmUp; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

// The function-level runs before each HTTP series call SQLite synchronously and may hold this
// process's event loop for longer than the server keeps an idle connection open (Node's 5 s
// keep-alive timeout). fetch then sends the next request on a socket the server has already
// closed and fails with "other side closed": the server did not crash, the connection was
// stale. A GET is safe to send again, once, on a fresh connection; a server that is really gone
// fails the second time too.
async function get(path: string, isRetry = false): Promise<number> {
  let response: Response;
  try {
    response = await fetch(`${baseUrl}${path}`);
  } catch (error) {
    if (!isRetry && isStaleConnection(error)) return get(path, true);
    throw new Error(`bench: GET ${path} failed: ${causeOf(error)}`);
  }
  const body = await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`bench: GET ${path} answered HTTP ${response.status}`);
  return body.byteLength;
}

const causeOf = (error: unknown) => (error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error));
const isStaleConnection = (error: unknown) =>
  error instanceof Error && error.cause instanceof Error && "code" in error.cause && error.cause.code === "UND_ERR_SOCKET";

const ms = (v: number) => `${v.toFixed(1).padStart(7)} ms`;
const row = (cells: string[], widths: number[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");

function searchPath(base: string, c: Case): string {
  const params = new URLSearchParams({ q: c.q });
  if (c.year) params.set("year", String(c.year));
  if (c.kind) params.set("kind", c.kind === "TOWN" ? "town" : "department");
  return `${base}?${params}`;
}

async function main() {
  const reports = await db.publishedText.count();
  console.log(`bench:search ${databaseProvider(process.env.DATABASE_URL)}  ${reports} published reports in the search index, ${runs} runs per figure`);

  const widths = [22, 8, 20, 20, 20, 22];
  console.log(row(["query", "found", "function p50 / p95", "/search p50 / p95", "API p50 / p95", "query text"], widths));
  for (const c of cases) {
    const query = normaliseQuery(c.q);
    let found = "";
    const fn = await measure(async () => {
      const { total, isTotalCapped } = await searchReports({ query, year: c.year, kind: c.kind });
      found = `${total}${isTotalCapped ? "+" : ""}`;
    });
    const page = await measure(() => get(searchPath("/search", c)));
    const api = await measure(() => get(searchPath("/api/public/reports", c)));
    const filters = [c.year, c.kind].filter(Boolean).join(" ");
    console.log(
      row(
        [c.label, found, `${ms(fn.p50)} /${ms(fn.p95)}`, `${ms(page.p50)} /${ms(page.p95)}`, `${ms(api.p50)} /${ms(api.p95)}`, `${c.q}${filters ? ` (${filters})` : ""}`],
        widths,
      ),
    );
  }

  // The public lists as they are served: the overviews (units × years) and one year's list.
  console.log(row(["public list", "items", "function p50 / p95", "HTTP p50 / p95", "page size", "URL"], widths));
  const lists: { label: string; path: string; read: () => Promise<number> }[] = [
    { label: "街镇 overview", path: "/", read: async () => (await listPublicationOverview({ kind: "TOWN" })).rows.length },
    { label: "部门 overview", path: "/overview/departments", read: async () => (await listPublicationOverview({ kind: "DEPARTMENT" })).rows.length },
    { label: "街镇, one year", path: "/years/2020/towns", read: async () => (await listPublishedReports({ kind: "TOWN", year: 2020 })).length },
    { label: "部门, one year", path: "/years/2020/departments", read: async () => (await listPublishedReports({ kind: "DEPARTMENT", year: 2020 })).length },
  ];
  for (const list of lists) {
    let items = 0;
    const fn = await measure(async () => {
      items = await list.read();
    });
    let size = 0;
    const http = await measure(async () => {
      size = await get(list.path);
    });
    console.log(row([list.label, String(items), `${ms(fn.p50)} /${ms(fn.p95)}`, `${ms(http.p50)} /${ms(http.p95)}`, `${(size / 1024).toFixed(0)} KB`, list.path], widths));
  }
  console.log(`load average during the run: ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  console.log("target (DESIGN.md §10): with 10,000 published reports, public list and search p50 < 50 ms");
  console.log(`found: reports counted, "${searchResultLimit}+" when more match than a search counts and lists (searchResultLimit); page 1 measured`);
}

main()
  .catch((error) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
