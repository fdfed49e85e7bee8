// Where a save's time goes — a companion to save.ts for investigating, not part of bench:save.
// Run against the app save.sh starts (or any `next start` on DATABASE_URL) after a bench run has
// left its bench clerks in the database:
//   BENCH_BASE_URL=http://127.0.0.1:3200 DATABASE_URL=file:./data/bench-save.db npx tsx scripts/bench/probe.ts
// One clerk, one request at a time (no contention), each step BENCH_PROBE_N times:
//   saved      the server action saving (optimistic lock passes, revalidatePath, page re-render);
//   conflict   the same action with a stale version (no write, no revalidatePath, no re-render);
//   page RSC   GET of the section page as the router fetches it (the re-render a save carries);
//   db txn     saveSection's queries run directly with Prisma in this process;
//   template   getTemplateSections' query alone.
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/sqlite/client";
import { signIn } from "@/scripts/bench/sign-in";

const baseUrl = (process.env.BENCH_BASE_URL ?? "http://127.0.0.1:3200").replace(/\/$/, "");
const databaseUrl = process.env.DATABASE_URL ?? "file:./data/bench-save.db";
const n = Number(process.env.BENCH_PROBE_N ?? 40) || 40;
const password = "Bench@2023pass";
const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: databaseUrl, timeout: 5000 }) });


function summary(label: string, values: number[], extra = "") {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)].toFixed(1);
  console.log(`${label.padEnd(10)} n=${sorted.length}  p50=${at(50)}ms  p95=${at(95)}ms  min=${sorted[0].toFixed(1)}ms ${extra}`);
}

async function time(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

async function main() {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { exportedName?: string; workers: Record<string, unknown> }>;
  };
  const actionId = Object.entries(manifest.node).find(
    ([, a]) => a.exportedName === "saveSectionAction" && "app/(workspace)/workspace/reports/[reportId]/sections/[key]/page" in a.workers,
  )![0];
  const user = await db.user.findFirstOrThrow({ where: { login: { startsWith: "bench-" } }, orderBy: { createdAt: "desc" } });
  const section = await db.reportSection.findFirstOrThrow({ where: { updatedById: user.id }, orderBy: { version: "desc" } });
  const cookie = await signIn(baseUrl, user.login, password);
  const url = `${baseUrl}/workspace/reports/${section.reportId}/sections/${section.key}`;
  let version = section.version;
  const body = "探针正文。".repeat(160);

  const post = async (v: number) => {
    const response = await fetch(url, {
      method: "POST",
      headers: { "Next-Action": actionId, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Cookie: cookie },
      body: JSON.stringify([{ reportId: section.reportId, key: section.key, version: v, title: "探针", body, metrics: {} }]),
    });
    const text = await response.text();
    const m = /"version":(\d+)/.exec(text.split("\n").find((l) => l.includes('"ok":')) ?? "");
    return { text, version: m ? Number(m[1]) : v };
  };

  for (let i = 0; i < 5; i++) version = (await post(version)).version; // warm-up

  const saved: number[] = [];
  let savedBytes = 0;
  for (let i = 0; i < n; i++) {
    saved.push(await time(async () => {
      const r = await post(version);
      version = r.version;
      savedBytes = r.text.length;
    }));
  }
  summary("saved", saved, `response ${savedBytes} chars`);

  const conflict: number[] = [];
  let conflictBytes = 0;
  for (let i = 0; i < n; i++) conflict.push(await time(async () => (conflictBytes = (await post(1)).text.length)));
  summary("conflict", conflict, `response ${conflictBytes} chars`);

  const page: number[] = [];
  for (let i = 0; i < n; i++) {
    page.push(await time(async () => (await fetch(url, { headers: { RSC: "1", Cookie: cookie } })).text()));
  }
  summary("page RSC", page);

  // saveSection's transaction, query for query (lib/reports/save-section.ts), plus the user lookup.
  const txn: number[] = [];
  const template: number[] = [];
  for (let i = 0; i < n; i++) {
    txn.push(await time(() =>
      db.$transaction(async (tx) => {
        await tx.user.findUnique({ where: { id: user.id }, select: { id: true, isActive: true, unit: { select: { shortName: true } } } });
        const report = await tx.report.findUniqueOrThrow({
          where: { id: section.reportId },
          select: { id: true, unitId: true, status: true, version: true, title: true, docNumber: true, yearId: true, year: { select: { year: true } }, unit: { select: { districtId: true, kind: true, name: true, shortName: true, slug: true, orgCode: true } } },
        });
        const s = await tx.reportSection.findUniqueOrThrow({ where: { reportId_key: { reportId: report.id, key: section.key } }, select: { id: true, version: true } });
        await tx.template.findUnique({ where: { yearId_unitKind: { yearId: report.yearId, unitKind: report.unit.kind } }, select: { sections: { orderBy: { sortOrder: "asc" } } } });
        await tx.reportSection.updateMany({ where: { id: s.id, version: s.version }, data: { body, version: { increment: 1 }, updatedById: user.id } });
        const after = await tx.reportSection.findUniqueOrThrow({ where: { id: s.id }, select: { version: true, updatedAt: true } });
        await tx.sectionVersion.create({ data: { sectionId: s.id, version: after.version, title: "探针", body, metrics: {}, authorId: user.id } });
        await tx.auditEvent.create({ data: { kind: "SECTION_SAVED", actorId: user.id, districtId: report.unit.districtId, reportId: report.id, sectionKey: section.key, data: { version: after.version } } });
      }),
    ));
    const report = await db.report.findUniqueOrThrow({ where: { id: section.reportId }, select: { yearId: true } });
    template.push(await time(() => db.template.findUnique({ where: { yearId_unitKind: { yearId: report.yearId, unitKind: "TOWN" } }, select: { sections: { orderBy: { sortOrder: "asc" } } } })));
  }
  summary("db txn", txn);
  summary("template", template);
}

main()
  .catch((error) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
