// npm run bench:save — concurrent section saves against the running app (scripts/bench/save.sh
// starts it). It prints figures and asserts nothing about time; the target is DESIGN.md §10
// (p95 < 50 ms, no lost updates).
//
// Each writer is a clerk signed in over HTTP, saving through the real path the browser uses: a
// POST of the saveSectionAction server action to the section page. Two clerks share a unit's
// report; each mostly saves its own section, and every CONFLICT_EVERY-th save goes to a section
// both edit, so optimistic-lock conflicts happen. On a conflict the writer does what the editor
// does when its clerk keeps their text: it saves again from the version the server returned.
// Afterwards every acknowledged save is checked against SectionVersion and ReportSection.
//
//   BENCH_BASE_URL=http://127.0.0.1:3200 DATABASE_URL=file:./data/bench-save.db npx tsx scripts/bench/save.ts
//
// BENCH_RETRY_DOWN=1 (scripts/faults/kill-during-saves.sh): a save that gets no answer (the server
// was killed) or a 5xx is not acknowledged, and the writer sends it again until the server is
// back, as the editor keeps the text and retries.
//
// Knobs: BENCH_WRITERS (50, even), BENCH_SAVES per writer (40), BENCH_THINK_MS pause between a
// writer's saves (default 3000, the editor's autosave delay, ±50% jitter; 0 is a closed-loop
// saturation test where every writer always has a save in flight), BENCH_BODY_CHARS (800).
import { readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { hash } from "@node-rs/argon2";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "@/lib/generated/sqlite/client";
import { PrismaClient as PgClient } from "@/lib/generated/postgresql/client";
import { databaseProvider } from "@/lib/database-provider";
import { signIn } from "@/scripts/bench/sign-in";

const baseUrl = (process.env.BENCH_BASE_URL ?? "http://127.0.0.1:3200").replace(/\/$/, "");
const databaseUrl = process.env.DATABASE_URL ?? "file:./data/bench-save.db";
const writerCount = evenInt(process.env.BENCH_WRITERS, 50);
const savesPerWriter = positiveInt(process.env.BENCH_SAVES, 40);
const thinkMs = Math.max(0, Number(process.env.BENCH_THINK_MS ?? 3000) || 0);
const bodyChars = positiveInt(process.env.BENCH_BODY_CHARS, 800);
const conflictEvery = 5;
const retryDown = process.env.BENCH_RETRY_DOWN === "1";
const password = "Bench@2023pass";

function positiveInt(raw: string | undefined, fallback: number): number {
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}
function evenInt(raw: string | undefined, fallback: number): number {
  const n = positiveInt(raw, fallback);
  return n % 2 === 0 ? n : n + 1;
}

const db: SqliteClient =
  databaseProvider(databaseUrl) === "postgresql"
    ? (new PgClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) }) as unknown as SqliteClient)
    : new SqliteClient({ adapter: new PrismaBetterSQLite3({ url: databaseUrl, timeout: 5000 }) });

// ── setup ────────────────────────────────────────────────────────────────────────────────────

type Writer = {
  index: number;
  login: string;
  userId: string;
  reportId: string;
  ownKey: string;
  sharedKey: string;
  cookie: string;
  versions: Map<string, number>;
};

/** 25 units × 2 clerks (for 50 writers), each unit with an open 2023 report made like openReport makes it. */
async function createWriters(): Promise<Writer[]> {
  const district = await db.district.findFirstOrThrow({ orderBy: { createdAt: "asc" } });
  const year = await db.reportingYear.findUniqueOrThrow({ where: { districtId_year: { districtId: district.id, year: 2023 } } });
  if (!year.isOpen) throw new Error("bench: the 2023 reporting year is closed in this database");
  const template = await db.template.findUniqueOrThrow({
    where: { yearId_unitKind: { yearId: year.id, unitKind: "TOWN" } },
    select: { sections: { orderBy: { sortOrder: "asc" } } },
  });
  const parents = new Set(template.sections.map((s) => s.parentKey).filter(Boolean));
  const editable = template.sections.filter((s) => !parents.has(s.key)).map((s) => s.key);
  if (editable.length < 3) throw new Error("bench: the TOWN template needs at least three leaf sections");

  const run = Date.now().toString(36);
  const passwordHash = await hash(password);
  const writers: Writer[] = [];
  for (let u = 0; u < writerCount / 2; u++) {
    const slug = `bench-${run}-${u}`;
    const unit = await db.unit.create({
      data: {
        districtId: district.id,
        kind: "TOWN",
        name: `重庆市涪陵区压测${u}镇人民政府`,
        shortName: `压测${u}镇`,
        slug,
        orgCode: `BENCH${run.toUpperCase()}${String(u).padStart(3, "0")}`.slice(0, 18),
        sortOrder: 1000 + u,
      },
    });
    const report = await db.report.create({
      data: {
        unitId: unit.id,
        yearId: year.id,
        title: `压测${u}镇2023年法治政府建设年度报告`,
        sections: {
          create: template.sections.map((s) => ({
            key: s.key,
            templateKey: s.key,
            level: s.level,
            parentKey: s.parentKey,
            sortOrder: s.sortOrder,
            title: s.title,
            isRequired: s.isRequired,
            metrics: {},
          })),
        },
      },
      select: { id: true },
    });
    // Writer A owns editable[0], writer B editable[1]; both edit editable[2].
    for (let c = 0; c < 2; c++) {
      const login = `${slug}-${c}`;
      const user = await db.user.create({
        data: { districtId: district.id, login, name: `压测${u}镇填报人${c}`, role: "CLERK", unitId: unit.id, passwordHash },
      });
      writers.push({
        index: writers.length,
        login,
        userId: user.id,
        reportId: report.id,
        ownKey: editable[c],
        sharedKey: editable[2],
        cookie: "",
        versions: new Map([
          [editable[c], 1],
          [editable[2], 1],
        ]),
      });
    }
  }
  return writers;
}

// ── HTTP: sign-in and the server action ──────────────────────────────────────────────────────

function findActionId(): string {
  const manifestPath = path.resolve(".next/server/server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; exportedName?: string; filename?: string }>;
  };
  const page = "app/(workspace)/workspace/reports/[reportId]/sections/[key]/page";
  const entry = Object.entries(manifest.node).find(([, a]) => a.exportedName === "saveSectionAction" && page in a.workers);
  if (!entry) throw new Error(`bench: no saveSectionAction for ${page} in ${manifestPath}; build the app first`);
  return entry[0];
}

type ActionResult =
  | { ok: true; data: { status: "saved"; version: number } }
  | { ok: false; code?: string; message?: string; details?: { version?: number; body?: string } };

/**
 * The action's return value from an RSC flight response: row 0 names it ("a":"$@N"), and the
 * row N holds it as JSON. Falls back to the first JSON row with a boolean "ok".
 */
function parseActionResult(flight: string): ActionResult | null {
  const rows = new Map<string, string>();
  for (const line of flight.split("\n")) {
    const match = /^([0-9a-f]+):(.*)$/.exec(line);
    if (match && !rows.has(match[1])) rows.set(match[1], match[2]);
  }
  const tryJson = (text: string | undefined): unknown => {
    if (!text || (text[0] !== "{" && text[0] !== "[")) return undefined;
    try {
      return JSON.parse(text);
    } catch {
      return undefined;
    }
  };
  const isResult = (value: unknown): value is ActionResult =>
    typeof value === "object" && value !== null && typeof (value as { ok?: unknown }).ok === "boolean";
  const root = tryJson(rows.get("0")) as { a?: unknown } | undefined;
  if (root && typeof root.a === "string" && root.a.startsWith("$@")) {
    const value = tryJson(rows.get(root.a.slice(2)));
    if (isResult(value)) return value;
  }
  for (const text of rows.values()) {
    const value = tryJson(text);
    if (isResult(value)) return value;
  }
  return null;
}

type Ack = { writer: number; userId: string; reportId: string; key: string; version: number; body: string };

const latencies: number[] = [];
const latencyByOutcome = { saved: [] as number[], conflict: [] as number[] };
const acks: Ack[] = [];
const counters = { requests: 0, saved: 0, conflicts: 0, conflictRetries: 0, gaveUp: 0, errors: 0, unanswered: 0 };
const errorSamples: string[] = [];
let responseSample = "";

function recordError(message: string) {
  counters.errors++;
  if (errorSamples.length < 5) errorSamples.push(message);
}

/** With BENCH_RETRY_DOWN: the same save again until the server answers (no answer is no acknowledgement). */
async function callSave(actionId: string, writer: Writer, key: string, version: number, body: string, timed: boolean) {
  for (let attempt = 0; ; attempt++) {
    const result = await callSaveOnce(actionId, writer, key, version, body, timed && attempt === 0);
    if (result !== "down" || !retryDown) return result === "down" ? null : result;
    counters.unanswered++;
    if (attempt > 600) return null;
    await sleep(100);
  }
}

async function callSaveOnce(actionId: string, writer: Writer, key: string, version: number, body: string, timed: boolean): Promise<ActionResult | null | "down"> {
  const input = { reportId: writer.reportId, key, version, title: `压测小标题 ${key}`, body, metrics: {} };
  const started = performance.now();
  let text: string;
  let status: number;
  try {
    const response = await fetch(`${baseUrl}/workspace/reports/${writer.reportId}/sections/${key}`, {
      method: "POST",
      headers: {
        "Next-Action": actionId,
        "Content-Type": "text/plain;charset=UTF-8",
        Accept: "text/x-component",
        Cookie: writer.cookie,
      },
      body: JSON.stringify([input]),
      redirect: "manual",
    });
    status = response.status;
    text = await response.text();
  } catch (error) {
    if (retryDown) return "down";
    if (timed) latencies.push(performance.now() - started);
    recordError(`fetch failed: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
  if (retryDown && status >= 500) return "down";
  if (timed) {
    latencies.push(performance.now() - started);
    counters.requests++;
  }
  if (!responseSample) responseSample = text;
  const result = status === 200 ? parseActionResult(text) : null;
  if (!result) {
    recordError(`HTTP ${status}: ${text.slice(0, 300)}`);
    return null;
  }
  if (timed && (result.ok || result.code === "CONFLICT")) latencyByOutcome[result.ok ? "saved" : "conflict"].push(latencies[latencies.length - 1]);
  if (result.ok) {
    acks.push({ writer: writer.index, userId: writer.userId, reportId: writer.reportId, key, version: result.data.version, body });
    writer.versions.set(key, result.data.version);
    if (timed) counters.saved++;
  } else if (result.code === "CONFLICT") {
    if (timed) counters.conflicts++;
  } else {
    recordError(`action failed: ${JSON.stringify(result).slice(0, 300)}`);
  }
  return result;
}

const filler = "本年度，我镇坚持以习近平法治思想为指导，深入推进依法行政，严格规范公正文明执法，持续优化法治化营商环境。";
function bodyFor(writer: Writer, save: number, key: string): string {
  const head = `【写入者${writer.index}·第${save}次·${key}】`;
  let body = head;
  while (body.length < bodyChars) body += filler;
  return body.slice(0, Math.max(bodyChars, head.length));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function runWriter(actionId: string, writer: Writer) {
  // Clerks do not start typing in the same millisecond: with a think time, spread the first saves
  // over one think interval so the run measures steady autosave traffic, not a start-up burst.
  if (thinkMs > 0) await sleep(thinkMs * Math.random());
  for (let i = 0; i < savesPerWriter; i++) {
    // Stagger the two writers of a unit so their shared-section saves overlap without lock-step.
    const shared = (i + (writer.index % 2)) % conflictEvery === conflictEvery - 1;
    const key = shared ? writer.sharedKey : writer.ownKey;
    const body = bodyFor(writer, i, key);
    const result = await callSave(actionId, writer, key, writer.versions.get(key)!, body, true);
    if (result && !result.ok && result.code === "CONFLICT") {
      const current = result.details?.version;
      if (typeof current === "number") {
        // The editor's "keep mine": save the same text again on top of the version now stored.
        writer.versions.set(key, current);
        counters.conflictRetries++;
        const retry = await callSave(actionId, writer, key, current, body, true);
        if (retry && !retry.ok && retry.code === "CONFLICT") {
          counters.gaveUp++;
          if (typeof retry.details?.version === "number") writer.versions.set(key, retry.details.version);
        }
      } else {
        recordError(`CONFLICT without a current version: ${JSON.stringify(result).slice(0, 200)}`);
      }
    }
    if (thinkMs > 0) await sleep(thinkMs * (0.5 + Math.random()));
  }
}

// ── lost-update check ────────────────────────────────────────────────────────────────────────

async function countLostUpdates(writers: Writer[]): Promise<{ lost: number; samples: string[] }> {
  const samples: string[] = [];
  let lost = 0;
  const note = (message: string) => {
    lost++;
    if (samples.length < 5) samples.push(message);
  };
  const sections = await db.reportSection.findMany({
    where: { reportId: { in: [...new Set(writers.map((w) => w.reportId))] } },
    select: { id: true, reportId: true, key: true, body: true, version: true },
  });
  const sectionOf = new Map(sections.map((s) => [`${s.reportId}/${s.key}`, s]));
  const history = await db.sectionVersion.findMany({
    where: { sectionId: { in: sections.map((s) => s.id) } },
    select: { sectionId: true, version: true, body: true, authorId: true },
  });
  const stored = new Map(history.map((h) => [`${h.sectionId}#${h.version}`, h]));

  const highest = new Map<string, Ack>();
  const claimed = new Map<string, Ack>();
  for (const ack of acks) {
    const section = sectionOf.get(`${ack.reportId}/${ack.key}`)!;
    const slot = `${section.id}#${ack.version}`;
    const twice = claimed.get(slot);
    if (twice) note(`version ${ack.version} of ${ack.key} acknowledged to writers ${twice.writer} and ${ack.writer}`);
    claimed.set(slot, ack);
    const row = stored.get(slot);
    if (!row) note(`writer ${ack.writer}: saved version ${ack.version} of ${ack.key} has no SectionVersion row`);
    else if (row.body !== ack.body || row.authorId !== ack.userId) note(`writer ${ack.writer}: SectionVersion ${ack.version} of ${ack.key} holds another text`);
    const top = highest.get(section.id);
    if (!top || ack.version > top.version) highest.set(section.id, ack);
  }
  for (const section of sections) {
    const top = highest.get(section.id);
    if (!top) continue;
    if (section.version !== top.version || section.body !== top.body) {
      note(`${section.key} of report ${section.reportId}: final version ${section.version} is not the last acknowledged save (version ${top.version}, writer ${top.writer})`);
    }
  }
  return { lost, samples };
}

// ── main ─────────────────────────────────────────────────────────────────────────────────────

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
}

async function inBatches<T>(items: T[], size: number, run: (item: T) => Promise<void>) {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(run));
}

async function main() {
  const provider = databaseProvider(databaseUrl);
  const actionId = findActionId();
  const writers = await createWriters();
  await inBatches(writers, 10, async (w) => {
    w.cookie = await signIn(baseUrl, w.login, password);
  });

  // Warm-up, untimed: one save per writer to its own section, a few at a time.
  await inBatches(writers, 5, async (w) => {
    await callSave(actionId, w, w.ownKey, w.versions.get(w.ownKey)!, bodyFor(w, -1, w.ownKey), false);
  });
  if (counters.errors > 0) {
    console.error(`bench: warm-up saves failed:\n  ${errorSamples.join("\n  ")}`);
    console.error(`first response:\n${responseSample.slice(0, 1000)}`);
    process.exit(1);
  }
  if (process.env.BENCH_SHOW_RESPONSE === "1") console.log(`sample response:\n${responseSample}\n`);

  const started = performance.now();
  await Promise.all(writers.map((w) => runWriter(actionId, w)));
  const seconds = (performance.now() - started) / 1000;

  const { lost, samples } = await countLostUpdates(writers);
  const sorted = [...latencies].sort((a, b) => a - b);
  const ms = (v: number) => v.toFixed(1);
  console.log(
    [
      `bench:save ${provider}`,
      `writers=${writerCount}`,
      `saves/writer=${savesPerWriter}`,
      `think=${thinkMs}ms`,
      `requests=${counters.requests}`,
      `saved=${counters.saved}`,
      `saves/s=${(counters.saved / seconds).toFixed(1)}`,
      `conflicts=${counters.conflicts} (retried ${counters.conflictRetries}, gave up ${counters.gaveUp})`,
      `errors=${counters.errors}`,
      ...(retryDown ? [`unanswered=${counters.unanswered} (sent again)`] : []),
      `p50=${ms(percentile(sorted, 50))}ms p95=${ms(percentile(sorted, 95))}ms p99=${ms(percentile(sorted, 99))}ms max=${ms(sorted[sorted.length - 1] ?? NaN)}ms`,
      `lost=${lost}`,
    ].join("  "),
  );
  for (const [outcome, values] of Object.entries(latencyByOutcome)) {
    const byOutcome = [...values].sort((a, b) => a - b);
    if (byOutcome.length) console.log(`  ${outcome} responses: n=${byOutcome.length} p50=${ms(percentile(byOutcome, 50))}ms p95=${ms(percentile(byOutcome, 95))}ms`);
  }
  // A fault run's latencies include the restarts: only the loss count is its figure.
  console.log(retryDown ? "target (issue 15 §2): lost = 0" : `target (DESIGN.md §10): p95 < 50 ms, lost = 0`);
  for (const s of errorSamples) console.log(`  error: ${s}`);
  for (const s of samples) console.log(`  lost or silently overwritten: ${s}`);
  return lost;
}

main()
  .then((lost) => {
    // A fault run asserts: every acknowledged save must be there.
    if (retryDown && lost > 0) process.exitCode = 1;
  })
  .catch((error) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
