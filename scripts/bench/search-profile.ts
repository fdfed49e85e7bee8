// Where a search's time goes, step by step, on the bench:search data (scripts/bench/search.sh
// makes it): counting and finding the page (findMatches), reading the page's rows and passages
// (readResults), the year list of the search form, and the whole searchReports() call.
//
//   DATABASE_URL=file:./data/bench-search.db npx tsx --conditions=react-server scripts/bench/search-profile.ts [query,…]
import { performance } from "node:perf_hooks";
import { db } from "@/lib/db";
import { findMatches } from "@/lib/public/search/find-matches";
import { listSearchYears } from "@/lib/public/search/list-search-years";
import { readResults } from "@/lib/public/search/read-results";
import { normaliseQuery } from "@/lib/public/search/search-query";
import { searchReports } from "@/lib/public/search/search-reports";
import { databaseProvider } from "@/lib/database-provider";

const runs = 21;

async function median(run: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 3; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

const ms = (v: number) => `${v.toFixed(1).padStart(7)} ms`;

async function main() {
  const queries = (process.argv[2] ?? "执法证,法治政府建设,知识产权快速维权,无人机巡查,复议,维权,罚,量子计算,执法证 复议").split(",");
  console.log(`search profile, ${databaseProvider(process.env.DATABASE_URL)}, median of ${runs} runs`);
  console.log(`${"year list".padEnd(20)}${ms(await median(() => listSearchYears()))}`);
  console.log(`${"query".padEnd(20)}${"findMatches".padStart(10)}${"readResults".padStart(13)}${"searchReports".padStart(15)}`);
  for (const q of queries) {
    const { terms } = normaliseQuery(q);
    const { ids } = await findMatches({ terms, offset: 0, limit: 20 });
    const find = await median(() => findMatches({ terms, offset: 0, limit: 20 }));
    const read = await median(() => readResults(ids, terms));
    const whole = await median(() => searchReports({ query: normaliseQuery(q) }));
    console.log(`${q.padEnd(20 - q.length)}${ms(find)}${ms(read)}  ${ms(whole)}`);
  }
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
