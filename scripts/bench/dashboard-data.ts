// Generates the data bench:dashboard measures (scripts/bench/dashboard.sh runs it after the
// seed): the demo district grown to BENCH_UNITS active units (default 1,000; 街镇 and 部门 about
// 1 : 3), a reporting year BENCH_YEAR (2024) in the middle of its season — the internal
// deadline passed 3 days ago, publication due in 28 days — with a realistic mix of statuses and
// review comments, and BENCH_PAST_YEARS (9) earlier years of published reports, so the
// database holds the 10,000 reports of DESIGN.md §10. Deterministic: the same mix every run.
//
// Only the rows the dashboard reads are made in bulk (units, years, reports, comments); the
// reports carry no sections, which the dashboard never reads.
//
//   DATABASE_URL=file:./data/bench-dashboard.db npx tsx scripts/bench/dashboard-data.ts
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "@/lib/generated/sqlite/client";
import { PrismaClient as PgClient } from "@/lib/generated/postgresql/client";
import { databaseProvider } from "@/lib/database-provider";
import { chinaToday } from "@/lib/dates";
import { benchYear } from "@/scripts/bench/dashboard-config";

const databaseUrl = process.env.DATABASE_URL ?? "file:./data/bench-dashboard.db";
const unitTarget = positiveInt(process.env.BENCH_UNITS, 1000);
const pastYears = Math.max(0, Math.min(20, Number(process.env.BENCH_PAST_YEARS ?? 9) || 0));

function positiveInt(raw: string | undefined, fallback: number): number {
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

const db: SqliteClient =
  databaseProvider(databaseUrl) === "postgresql"
    ? (new PgClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) }) as unknown as SqliteClient)
    : new SqliteClient({ adapter: new PrismaBetterSQLite3({ url: databaseUrl, timeout: 5000 }) });

/** mulberry32: a small seeded generator, so every run measures the same data. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = random(20240301);
const between = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));

// Mid-season, a week after the internal deadline: most units have submitted.
const statusMix = [
  ["NONE", 0.08],
  ["DRAFT", 0.17],
  ["SUBMITTED", 0.22],
  ["RETURNED", 0.1],
  ["APPROVED", 0.15],
  ["PUBLISHED", 0.26],
  ["WITHDRAWN", 0.02],
] as const;
type Drawn = (typeof statusMix)[number][0];
function drawStatus(): Drawn {
  let r = rand();
  for (const [status, share] of statusMix) {
    if ((r -= share) < 0) return status;
  }
  return "PUBLISHED";
}

const dayMs = 86_400_000;
const inBatches = async <T>(items: T[], size: number, run: (batch: T[]) => Promise<unknown>) => {
  for (let i = 0; i < items.length; i += size) await run(items.slice(i, i + size));
};

async function main() {
  const district = await db.district.findFirstOrThrow({ orderBy: { createdAt: "asc" } });
  const reviewer = await db.user.findFirstOrThrow({ where: { districtId: district.id, role: "REVIEWER" } });
  const existing = await db.unit.count({ where: { districtId: district.id, isActive: true } });

  const newUnits = Array.from({ length: Math.max(0, unitTarget - existing) }, (_, i) => {
    const isTown = i % 4 === 0;
    const shortName = isTown ? `压测${i}镇` : `区压测${i}局`;
    return {
      id: `benchunit${String(i).padStart(5, "0")}`,
      districtId: district.id,
      kind: isTown ? ("TOWN" as const) : ("DEPARTMENT" as const),
      name: `重庆市涪陵区${shortName}${isTown ? "人民政府" : ""}`,
      shortName,
      slug: `bench-${i}`,
      orgCode: `BENCH${String(i).padStart(8, "0")}`,
      sortOrder: 100 + i,
    };
  });
  await inBatches(newUnits, 500, (batch) => db.unit.createMany({ data: batch }));
  const units = await db.unit.findMany({ where: { districtId: district.id, isActive: true }, select: { id: true, shortName: true } });

  const today = chinaToday();
  const year = await db.reportingYear.create({
    data: {
      districtId: district.id,
      year: benchYear,
      internalDeadline: new Date(today.getTime() - 3 * dayMs),
      publicationDeadline: new Date(today.getTime() + 28 * dayMs),
    },
  });

  const reports: { id: string; unitId: string; yearId: string; status: Exclude<Drawn, "NONE">; title: string; submittedAt: Date | null }[] = [];
  const comments: { reportId: string; authorId: string; body: string; status: "OPEN" | "ANSWERED" | "RESOLVED"; sectionKey: string | null }[] = [];
  const comment = (reportId: string, status: "OPEN" | "ANSWERED" | "RESOLVED") =>
    comments.push({ reportId, authorId: reviewer.id, body: "请补充本年度行政执法案件的具体数据和典型案例。", status, sectionKey: rand() < 0.7 ? "enforcement" : null });
  for (const unit of units) {
    const status = drawStatus();
    if (status === "NONE") continue;
    const id = `benchrep-${benchYear}-${unit.id}`;
    const submittedAt = status === "DRAFT" ? null : new Date(today.getTime() - between(1, 40) * dayMs - between(0, 86_000) * 1000);
    reports.push({ id, unitId: unit.id, yearId: year.id, status, title: `${unit.shortName}${benchYear}年法治政府建设年度报告`, submittedAt });
    const [open, done] =
      status === "RETURNED" ? [between(1, 4), between(0, 2)] : status === "SUBMITTED" ? [between(0, 2), between(0, 3)] : status === "DRAFT" ? [0, 0] : [0, between(0, 3)];
    for (let i = 0; i < open; i++) comment(id, "OPEN");
    for (let i = 0; i < done; i++) comment(id, rand() < 0.5 ? "ANSWERED" : "RESOLVED");
  }

  // Earlier years, every unit published: the history a district has after a decade.
  const taken = await db.report.findMany({ select: { unitId: true, yearId: true } });
  const has = new Set(taken.map((r) => `${r.unitId}/${r.yearId}`));
  for (let y = benchYear - pastYears; y < benchYear; y++) {
    const past = await db.reportingYear.upsert({
      where: { districtId_year: { districtId: district.id, year: y } },
      update: {},
      create: { districtId: district.id, year: y, isOpen: false, internalDeadline: new Date(Date.UTC(y + 1, 2, 1)), publicationDeadline: new Date(Date.UTC(y + 1, 2, 31)) },
    });
    for (const unit of units) {
      if (has.has(`${unit.id}/${past.id}`)) continue;
      reports.push({
        id: `benchrep-${y}-${unit.id}`,
        unitId: unit.id,
        yearId: past.id,
        status: "PUBLISHED",
        title: `${unit.shortName}${y}年法治政府建设年度报告`,
        submittedAt: new Date(Date.UTC(y + 1, 1, between(1, 27))),
      });
    }
  }
  await inBatches(reports, 500, (batch) => db.report.createMany({ data: batch }));
  await inBatches(comments, 500, (batch) => db.reviewComment.createMany({ data: batch }));

  const mix = Object.fromEntries(statusMix.map(([s]) => [s, 0]));
  for (const r of reports) if (r.yearId === year.id) mix[r.status] += 1;
  mix.NONE = units.length - reports.filter((r) => r.yearId === year.id).length;
  console.log(
    `bench data: ${units.length} active units, ${benchYear} mix ${JSON.stringify(mix)}, ${comments.length} comments ` +
      `(${comments.filter((c) => c.status === "OPEN").length} open), ${await db.report.count()} reports in all`,
  );
}

main()
  .catch((error) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
