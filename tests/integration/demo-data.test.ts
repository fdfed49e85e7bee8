// The demo layer (prisma/demo.ts) on top of the base seed, run as `npm run demo` runs them, in
// child processes with DEMO_TODAY set. It gets databases of its own (the shared integration
// database's name with a suffix), so the other test files never see the demo's data.
// The demo writes some 65 reports through the real commands: about 40 s on SQLite and several
// minutes on PostgreSQL on a loaded 2-core machine, hence the long timeouts.
import { execFileSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "@/lib/generated/sqlite/client";
import { PrismaClient as PgClient } from "@/lib/generated/postgresql/client";
import { databaseProvider } from "@/lib/database-provider";
import { parseSnapshot } from "@/lib/reports/snapshot";
import { dropDb, resetDb } from "../reset-db";
import { zhenxiReport } from "../fixtures/zhenxi-report";
import { publishedSections } from "@/lib/public/published-sections";
import type { TemplateSectionRow } from "@/lib/reports/get-template-sections";
import type { MetricField } from "@/lib/reports/template";
import { roundTrip } from "./import-round-trip";

function siblingUrl(suffix: string): string {
  const base = process.env.DATABASE_URL!;
  if (databaseProvider(base) === "sqlite") return base.replace(/(\.db)?$/, `-${suffix}.db`);
  const url = new URL(base);
  url.pathname = `${url.pathname}_${suffix}`;
  return url.toString();
}

function connect(url: string): SqliteClient {
  if (databaseProvider(url) === "postgresql") return new PgClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as SqliteClient;
  return new SqliteClient({ adapter: new PrismaBetterSQLite3({ url }) });
}

function run(script: "seed" | "demo", url: string, today?: string) {
  const env = { ...process.env, DATABASE_URL: url, DEMO_TODAY: today ?? "" };
  try {
    execFileSync("npx", ["tsx", "--conditions=react-server", `prisma/${script}.ts`], { env, stdio: "pipe", timeout: 600_000 });
  } catch (error) {
    const e = error as { stderr?: Buffer; stdout?: Buffer };
    throw new Error(`${script} failed:\n${e.stderr?.toString() ?? ""}${e.stdout?.toString() ?? ""}`);
  }
}

/** Everything the demo writes, in a comparable form. */
async function fingerprint(db: SqliteClient) {
  const [reports, sections, versions, revisions, comments, publications, texts, users, throttles, years, audit] = await Promise.all([
    db.report.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, version: true, docNumber: true, indexNumber: true, updatedAt: true } }),
    db.reportSection.findMany({ orderBy: { id: "asc" }, select: { id: true, version: true, body: true, updatedAt: true } }),
    db.sectionVersion.count(),
    db.revision.count(),
    db.reviewComment.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true } }),
    db.publication.findMany({ orderBy: { id: "asc" }, select: { id: true, isCurrent: true, withdrawnAt: true } }),
    db.publishedText.findMany({ orderBy: { id: "asc" }, select: { id: true, reportId: true, text: true } }),
    db.user.findMany({ orderBy: { id: "asc" }, select: { id: true, login: true, isActive: true, passwordHash: true, updatedAt: true } }),
    db.loginThrottle.findMany({ select: { id: true, failures: true, lockedUntil: true, updatedAt: true } }),
    db.reportingYear.findMany({ orderBy: { year: "asc" }, select: { year: true, isOpen: true, internalDeadline: true, publicationDeadline: true } }),
    db.auditEvent.count(),
  ]);
  return { reports, sections, versions, revisions, comments, publications, texts, users, throttles, years, audit };
}

async function report2022(db: SqliteClient) {
  return db.report.findFirstOrThrow({
    where: { unit: { slug: "zhenxi" }, year: { year: 2022 } },
    include: { sections: { orderBy: { sortOrder: "asc" } }, publications: true, revisions: true, publishedText: true },
  });
}

const utc = (value: string) => new Date(`${value}T00:00:00.000Z`);

describe("the demo layer on 2026-12-04", () => {
  const url = siblingUrl("demo");
  let db: SqliteClient;
  let before2022: Awaited<ReturnType<typeof report2022>>;

  beforeAll(async () => {
    await resetDb(url);
    run("seed", url);
    db = connect(url);
    before2022 = await report2022(db);
    run("demo", url, "2026-12-04");
  }, 900_000);

  afterAll(async () => {
    await db?.$disconnect();
    await dropDb(url);
  });

  it("opens the 2026 cycle with its deadlines ahead and closes every other year", async () => {
    const years = await db.reportingYear.findMany({ orderBy: { year: "asc" } });
    expect(years.map((y) => [y.year, y.isOpen])).toEqual([[2022, false], [2023, false], [2024, false], [2025, false], [2026, true]]);
    const open = years.at(-1)!;
    expect(open.internalDeadline).toEqual(utc("2027-03-01"));
    expect(open.publicationDeadline).toEqual(utc("2027-03-31"));
    // The base seed's 2023 keeps the deadlines it had.
    expect(years[1].publicationDeadline).toEqual(utc("2024-03-31"));
    // The unit's own sign-off is on for the open year only, and 珍溪镇 has its head.
    expect(years.filter((y) => y.unitSignOff).map((y) => y.year)).toEqual([2026]);
    const head = await db.user.findUniqueOrThrow({ where: { login: "zhenxi-lead" }, select: { role: true, unit: { select: { slug: true } } } });
    expect(head).toEqual({ role: "UNIT_HEAD", unit: { slug: "zhenxi" } });
  });

  it("publishes 2023–2025 for nearly every unit, with two corrections and one withdrawal", async () => {
    const units = await db.unit.count({ where: { isActive: true } });
    for (const year of [2023, 2024, 2025]) {
      const published = await db.report.count({ where: { year: { year }, status: "PUBLISHED" } });
      expect(published, `${year}`).toBeGreaterThanOrEqual(units - 2);
    }
    const corrections = await db.publication.findMany({ where: { correctionNote: { not: null } }, include: { report: { select: { year: true, indexNumber: true } } } });
    expect(corrections.length).toBeGreaterThanOrEqual(2);
    for (const c of corrections) {
      expect(c.correctionNote).toMatch(/更正为/);
      expect(c.indexNumber).toBe(c.report.indexNumber);
      expect(await db.publication.count({ where: { reportId: c.reportId } })).toBe(2);
    }
    const withdrawn = await db.publication.findMany({ where: { withdrawnAt: { not: null } }, include: { report: { select: { status: true } } } });
    expect(withdrawn).toHaveLength(1);
    expect(withdrawn[0].withdrawReason).toBeTruthy();
    expect(withdrawn[0].report.status).toBe("WITHDRAWN");
    // The search index holds exactly the reports the public may read.
    const publicReports = await db.publication.count({ where: { isCurrent: true, withdrawnAt: null } });
    expect(await db.publishedText.count()).toBe(publicReports);
    expect(await db.publishedText.count({ where: { reportId: withdrawn[0].reportId } })).toBe(0);
  });

  it("imports every published demo report back from its Word file into identical sections", async () => {
    const publications = await db.publication.findMany({
      where: { isCurrent: true, withdrawnAt: null },
      select: {
        publisher: true,
        docNumber: true,
        publishedAt: true,
        correctionNote: true,
        revision: { select: { snapshot: true } },
        report: { select: { documentDate: true, yearId: true, unit: { select: { kind: true, slug: true } }, year: { select: { year: true } } } },
      },
    });
    expect(publications.length).toBeGreaterThan(50);
    const templates = new Map<string, TemplateSectionRow[]>();
    for (const p of publications) {
      const key = `${p.report.yearId}-${p.report.unit.kind}`;
      if (!templates.has(key)) {
        const rows = await db.templateSection.findMany({ where: { template: { yearId: p.report.yearId, unitKind: p.report.unit.kind } }, orderBy: { sortOrder: "asc" } });
        templates.set(key, rows.map((r) => ({ ...r, level: r.level === 1 ? 1 : 2, metrics: r.metrics as MetricField[] })));
      }
      const snapshot = parseSnapshot(p.revision.snapshot);
      const { plan, expected, actual } = await roundTrip({
        title: snapshot.title,
        publisher: p.publisher,
        docNumber: p.docNumber,
        documentDate: p.report.documentDate,
        publishedAt: p.publishedAt,
        correction: p.correctionNote ? { note: p.correctionNote, at: p.publishedAt } : null,
        sections: publishedSections(snapshot),
        template: templates.get(key)!,
      });
      const which = `${p.report.year.year} ${p.report.unit.slug}`;
      expect(plan.blockers, which).toEqual([]);
      expect(plan.title, which).toBe(snapshot.title);
      expect(plan.docNumber ?? "", which).toBe(p.docNumber);
      expect(actual, which).toEqual(expected);
    }
  });

  it("writes varied text: no two earlier-year reports alike, each 2,000–5,000 characters", async () => {
    const texts = await db.publishedText.findMany({ where: { year: { in: [2023, 2024, 2025] } }, select: { text: true } });
    expect(new Set(texts.map((t) => t.text)).size).toBe(texts.length);
    for (const { text } of texts) expect(text.length).toBeGreaterThan(2000);
  });

  it("has units in every state in 2026, at least two submissions waiting, and one overdue 2025 report", async () => {
    const reports = await db.report.findMany({ where: { year: { year: 2026 } }, select: { status: true, unitId: true } });
    expect(new Set(reports.map((r) => r.status))).toEqual(new Set(["DRAFT", "SUBMITTED", "RETURNED", "APPROVED", "PUBLISHED"]));
    expect(reports.filter((r) => r.status === "SUBMITTED").length).toBeGreaterThanOrEqual(2);
    expect(await db.unit.count({ where: { isActive: true, id: { notIn: reports.map((r) => r.unitId) } } })).toBeGreaterThan(0);
    // Approved but not published by 2026-03-31: overdue on 2026-12-04.
    const overdue = await db.report.findMany({ where: { year: { year: 2025, publicationDeadline: { lt: utc("2026-12-04") } }, status: { in: ["SUBMITTED", "APPROVED"] } } });
    expect(overdue).toHaveLength(1);
  });

  it("returns zhenxi's 2026 report with two open comments on two sections", async () => {
    const report = await db.report.findFirstOrThrow({ where: { unit: { slug: "zhenxi" }, year: { year: 2026 } }, include: { comments: true } });
    expect(report.status).toBe("RETURNED");
    const open = report.comments.filter((c) => c.status === "OPEN");
    expect(open).toHaveLength(2);
    expect(new Set(open.map((c) => c.sectionKey)).size).toBe(2);
    expect(open.every((c) => c.sectionKey !== null)).toBe(true);
    const kinds = (await db.auditEvent.findMany({ where: { reportId: report.id }, orderBy: { createdAt: "asc" }, select: { kind: true } })).map((e) => e.kind);
    expect(kinds[0]).toBe("REPORT_CREATED");
    expect(kinds.slice(-4)).toEqual(["REPORT_SUBMITTED", "COMMENT_ADDED", "COMMENT_ADDED", "REPORT_RETURNED"]);
    // Some sections were saved more than once, so their history has versions to compare.
    expect(await db.sectionVersion.count({ where: { section: { reportId: report.id }, version: { gt: 2 } } })).toBeGreaterThan(0);
  });

  it("leaves exactly one active unit without an active clerk, and one locked login", async () => {
    const units = await db.unit.findMany({ where: { isActive: true }, select: { slug: true, users: { where: { isActive: true, role: "CLERK" }, select: { id: true } } } });
    expect(units.filter((u) => u.users.length === 0).map((u) => u.slug)).toEqual(["yihe"]);
    const clerks = await db.user.findMany({ where: { role: "CLERK", isActive: true }, select: { mustChangePassword: true } });
    expect(clerks.every((c) => !c.mustChangePassword)).toBe(true);
    const locks = await db.loginThrottle.findMany({ where: { lockedUntil: { gt: new Date("2026-12-04T04:00:00Z") } } });
    expect(locks).toMatchObject([{ scope: "ACCOUNT_IP", ip: "203.0.113.7", failures: 5, lockedUntil: new Date("2026-12-04T15:59:59.999Z") }]);
    expect(await db.user.count({ where: { login: locks[0].login, role: "CLERK" } })).toBe(1);
  });

  it("leaves the 珍溪镇 2022 report exactly as the base seed published it from the fixture", async () => {
    const after = await report2022(db);
    expect(after).toEqual(before2022);
    const snapshot = parseSnapshot(after.revisions[0].snapshot);
    const fixture = zhenxiReport();
    expect(snapshot.title).toBe(fixture.title);
    expect(snapshot.sections.map((s) => [s.title, s.body])).toEqual(fixture.sections.map((s) => [s.title, s.paragraphs.join("\n")]));
    expect(after.publications).toHaveLength(1);
  });

  it("changes nothing when run again on the same day, and still works on a later day", async () => {
    const first = await fingerprint(db);
    run("demo", url, "2026-12-04");
    expect(await fingerprint(db)).toEqual(first);

    run("demo", url, "2027-04-02");
    const open = await db.reportingYear.findMany({ where: { isOpen: true }, select: { year: true } });
    expect(open).toEqual([{ year: 2027 }]);
    expect(await db.report.count({ where: { year: { year: 2026 }, status: "RETURNED", unit: { slug: "zhenxi" } } })).toBe(1);
  }, 900_000);
});

// The date rules are the same code on both databases, and the run above already takes a later day
// on PostgreSQL; a second fresh PostgreSQL run would add minutes to CI and no coverage.
describe.skipIf(databaseProvider(process.env.DATABASE_URL!) === "postgresql")("the demo layer on 2027-04-02, on a fresh database", () => {
  const url = siblingUrl("demo2027");
  let db: SqliteClient;

  beforeAll(async () => {
    await resetDb(url);
    run("seed", url);
    run("demo", url, "2027-04-02");
    db = connect(url);
  }, 900_000);

  afterAll(async () => {
    await db?.$disconnect();
    await dropDb(url);
  });

  it("opens the 2027 cycle and publishes 2024–2026", async () => {
    const open = await db.reportingYear.findMany({ where: { isOpen: true } });
    expect(open.map((y) => y.year)).toEqual([2027]);
    expect(await db.reportingYear.findMany({ where: { unitSignOff: true }, select: { year: true } })).toEqual([{ year: 2027 }]);
    expect(open[0].publicationDeadline).toEqual(utc("2028-03-31"));
    expect(open[0].internalDeadline).toEqual(utc("2028-03-01"));
    for (const year of [2024, 2025, 2026]) expect(await db.report.count({ where: { year: { year }, status: "PUBLISHED" } }), `${year}`).toBeGreaterThan(10);
    expect(await db.report.count({ where: { year: { year: 2023 } } })).toBe(0);
    expect(await db.report.count({ where: { year: { year: 2027 }, status: "PUBLISHED" } })).toBe(1);
  });
});
