// Generates the data bench:search measures (scripts/bench/search.sh runs it after the seed):
// the demo district grown to BENCH_UNITS units (default 1,000; 街镇 and 部门 about 1 : 3), each
// with a published report for each of BENCH_YEARS years (default 10: 2015–2024), so 10,000
// published reports of 5,000–8,000 characters (scripts/bench/search-text.ts). Each has what a
// real publication has for the public side: report, frozen revision, current publication and
// its row in the search index, written with the app's own text builders. Deterministic.
//
// The big rows go in through the database drivers: Prisma takes tens of milliseconds per row
// of this size, which would make generating them take ten minutes instead of one.
//
//   DATABASE_URL=file:./data/bench-search.db npx tsx scripts/bench/search-data.ts
import Database from "better-sqlite3";
import pg from "pg";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "@/lib/generated/sqlite/client";
import { PrismaClient as PgClient } from "@/lib/generated/postgresql/client";
import { databaseProvider, sqliteFilePath } from "@/lib/database-provider";
import { foldText } from "@/lib/public/search/fold-text";
import { searchableText } from "@/lib/public/search/searchable-text";
import { formatIndexNumber } from "@/lib/reports/index-number";
import { benchSnapshot, seededRandom } from "@/scripts/bench/search-text";

const databaseUrl = process.env.DATABASE_URL ?? "file:./data/bench-search.db";
const unitTarget = positiveInt(process.env.BENCH_UNITS, 1000);
const yearCount = positiveInt(process.env.BENCH_YEARS, 10);
const lastBenchYear = 2024;

function positiveInt(raw: string | undefined, fallback: number): number {
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

const db: SqliteClient =
  databaseProvider(databaseUrl) === "postgresql"
    ? (new PgClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) }) as unknown as SqliteClient)
    : new SqliteClient({ adapter: new PrismaBetterSQLite3({ url: databaseUrl, timeout: 5000 }) });

type Row = Record<string, string | number | boolean | Date | null | object>;

/** Inserts rows into a table with plain multi-row INSERTs, in one transaction per call. */
async function openBulkInserter(url: string): Promise<{ insert: (table: string, rows: Row[]) => Promise<void>; close: () => Promise<void> }> {
  if (databaseProvider(url) === "postgresql") {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    return {
      async insert(table, rows) {
        const columns = Object.keys(rows[0]);
        const values = rows.flatMap((row) => columns.map((c) => (row[c] !== null && typeof row[c] === "object" && !(row[c] instanceof Date) ? JSON.stringify(row[c]) : row[c])));
        const tuples = rows.map((_, r) => `(${columns.map((__, c) => `$${r * columns.length + c + 1}`).join(", ")})`);
        await client.query(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES ${tuples.join(", ")}`, values);
      },
      close: () => client.end(),
    };
  }
  const sqlite = new Database(sqliteFilePath(url));
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("busy_timeout = 5000");
  // Prisma's SQLite adapter stores DateTime as ISO text with an explicit offset; so do we.
  const value = (v: Row[string]) =>
    v instanceof Date ? v.toISOString().replace("Z", "+00:00") : typeof v === "boolean" ? Number(v) : v !== null && typeof v === "object" ? JSON.stringify(v) : v;
  return {
    async insert(table, rows) {
      const columns = Object.keys(rows[0]);
      const statement = sqlite.prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`);
      sqlite.transaction(() => {
        for (const row of rows) statement.run(...columns.map((c) => value(row[c])));
      })();
    },
    close: async () => {
      sqlite.close();
    },
  };
}

const rand = seededRandom(20250301);
const placeSyllables = ["青", "石", "龙", "桥", "白", "马", "清", "溪", "新", "妙", "江", "东", "南", "北", "义", "和", "百", "胜", "罗", "云", "大", "顺", "增", "福", "同", "乐", "武", "陵", "珍", "蔺"];
const departmentNames = ["司法局", "市场监管局", "生态环境局", "交通运输局", "住房城乡建委", "农业农村委", "卫生健康委", "应急管理局", "城市管理局", "自然资源局", "文化旅游委", "人力社保局", "民政局", "水利局", "林业局", "商务委", "教委", "税务局", "统计局", "医保局"];

const inBatches = async <T>(items: T[], size: number, run: (batch: T[]) => Promise<unknown>) => {
  for (let i = 0; i < items.length; i += size) await run(items.slice(i, i + size));
};

async function main() {
  const started = Date.now();
  const district = await db.district.findFirstOrThrow({ orderBy: { createdAt: "asc" } });
  const reviewer = await db.user.findFirstOrThrow({ where: { districtId: district.id, role: "REVIEWER" } });
  const existing = await db.unit.count({ where: { districtId: district.id } });

  const newUnits = Array.from({ length: Math.max(0, unitTarget - existing) }, (_, i) => {
    const isTown = i % 4 === 0;
    const place = placeSyllables[i % placeSyllables.length] + placeSyllables[Math.floor(i / placeSyllables.length) % placeSyllables.length];
    const shortName = isTown ? `${place}${i % 8 === 0 ? "街道" : "镇"}${i}` : `区${departmentNames[i % departmentNames.length]}${i}`;
    return {
      id: `benchunit${String(i).padStart(5, "0")}`,
      districtId: district.id,
      kind: isTown ? ("TOWN" as const) : ("DEPARTMENT" as const),
      name: isTown ? `重庆市涪陵区${shortName}${shortName.includes("街道") ? "办事处" : "人民政府"}` : `重庆市涪陵${shortName}`,
      shortName,
      slug: `bench-${i}`,
      orgCode: `BENCH${String(i).padStart(8, "0")}`,
      sortOrder: 100 + i,
    };
  });
  await inBatches(newUnits, 500, (batch) => db.unit.createMany({ data: batch }));
  const units = await db.unit.findMany({ where: { districtId: district.id }, select: { id: true, kind: true, name: true, shortName: true, slug: true, orgCode: true } });

  const years: { id: string; year: number }[] = [];
  for (let year = lastBenchYear - yearCount + 1; year <= lastBenchYear; year++) {
    years.push(
      await db.reportingYear.upsert({
        where: { districtId_year: { districtId: district.id, year } },
        update: {},
        create: { districtId: district.id, year, isOpen: false, publicationDeadline: new Date(Date.UTC(year + 1, 2, 31)) },
        select: { id: true, year: true },
      }),
    );
  }
  const taken = new Set((await db.report.findMany({ select: { unitId: true, yearId: true } })).map((r) => `${r.unitId}/${r.yearId}`));

  const bulk = await openBulkInserter(databaseUrl);
  const now = new Date();
  let made = 0;
  for (const { id: yearId, year } of years) {
    const rows = units.filter((unit) => !taken.has(`${unit.id}/${yearId}`)).map((unit) => {
      const title = `${unit.name}${year}年法治政府建设年度报告`;
      const snapshot = benchSnapshot({ rand, unit: unit.shortName, year, kind: unit.kind, title });
      const publishedAt = new Date(Date.UTC(year + 1, Math.floor(rand() * 3), 1 + Math.floor(rand() * 28)));
      const indexNumber = formatIndexNumber(unit.orgCode, year + 1, 1);
      const id = `bench-${year}-${unit.slug}`;
      const text = searchableText(snapshot);
      return {
        report: { id, unitId: unit.id, yearId, status: "PUBLISHED", title, docNumber: "", indexNumber, version: 1, documentDate: publishedAt, submittedAt: publishedAt, createdAt: now, updatedAt: now },
        revision: { id: `${id}-r1`, reportId: id, number: 1, kind: "PUBLICATION", snapshot, createdById: reviewer.id, createdAt: now },
        publication: { id: `${id}-p1`, reportId: id, revisionId: `${id}-r1`, indexNumber, publishedAt, publisher: unit.name, docNumber: "", isCurrent: true, createdById: reviewer.id, createdAt: now },
        text: {
          reportId: id, year, unitKind: unit.kind, unitName: unit.name, unitShortName: unit.shortName, unitSlug: unit.slug,
          title, docNumber: "", indexNumber, publishedAt, text, searchText: foldText(text),
        },
      };
    });
    await inBatches(rows, 100, async (batch) => {
      await bulk.insert("Report", batch.map((r) => r.report));
      await bulk.insert("Revision", batch.map((r) => r.revision));
      await bulk.insert("Publication", batch.map((r) => r.publication));
      await bulk.insert("PublishedText", batch.map((r) => r.text));
    });
    made += rows.length;
    process.stdout.write(`\r  ${year}: ${made} reports generated`);
  }
  await bulk.close();
  // As autovacuum would have by the time anyone searches: the planner's statistics, and the
  // GIN indexes' pending lists merged (a fresh bulk load leaves them long, and slow to scan).
  if (databaseProvider(databaseUrl) === "postgresql") await db.$executeRawUnsafe(`VACUUM ANALYZE "PublishedText"`);
  const [published, characters] = await Promise.all([
    db.publishedText.count(),
    db.$queryRawUnsafe<{ n: number | bigint }[]>(`SELECT sum(length("text")) AS n FROM "PublishedText"`),
  ]);
  console.log(
    `\nbench data: ${units.length} units × ${years.length} years, ${published} published reports in the search index, ` +
      `${Math.round(Number(characters[0].n) / published)} characters each on average (${((Date.now() - started) / 1000).toFixed(0)} s)`,
  );
}

main()
  .catch((error) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
