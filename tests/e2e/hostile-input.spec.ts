// Hostile input to every server action and route handler of the authorization matrix (issue 15
// §2): each row's valid request (its builder's), sent by an actor the row allows, with one field
// at a time replaced by something a browser would not send — oversize text, a wrong type, markup,
// SQL and LIKE metacharacters, a lone surrogate, huge, negative and fractional numbers, deep
// nesting — and with an unknown field added. Never a 500; a refusal changes nothing and says why
// in Chinese. The spec prints how many inputs it tried and how many 500s it saw. It sends some
// thousands of requests, so it runs on its own: `npm run test:hostile` (a CI stage of its own).
import { test as base, expect, type APIRequestContext } from "@playwright/test";
import { matrix, type ActorKey, type MatrixRow } from "@/tests/authorization/matrix";
import { builders, type Call } from "@/tests/authorization/builders";
import { createMatrixWorld, createUnit, createUser, matrixPassword, type MatrixWorld } from "@/tests/authorization/arrange";
import { postAction, readActionValue, readBuiltActions, type BuiltAction } from "@/tests/authorization/server-action";

type StorageState = Awaited<ReturnType<APIRequestContext["storageState"]>>;

const hostileStrings: [string, unknown][] = [
  ["oversize text", "长".repeat(300_000)],
  ["markup", '<script>alert("x")</script><img src=x onerror=alert(1)>'],
  ["SQL", "' OR '1'='1'; DROP TABLE \"Report\"; --"],
  ["LIKE metacharacters", "%_\\%\\_[]^"],
  ["lone surrogate", "前\ud800后"],
  ["control characters", "a\u0000b\u0007c\u202Ed"],
  ["empty", ""],
];
const hostileValues: [string, unknown][] = [
  ["number", 12345],
  ["huge number", 1e308],
  ["negative", -1],
  ["fraction", 1.5],
  ["null", null],
  ["object", { nested: { deeper: "x" } }],
  ["array", ["a", "b"]],
  ["deep nesting", Array.from({ length: 400 }).reduce<unknown>((inner) => ({ a: inner }), "x")],
];

/** One field of the valid call replaced (or added), as [what, call]. */
function variants(call: Call): [string, Call][] {
  const out: [string, Call][] = [];
  if (call.kind === "action") {
    call.args.forEach((arg, i) => {
      const withArg = (value: unknown): Call => ({ ...call, args: call.args.map((a, j) => (j === i ? value : a)) });
      if (arg instanceof FormData) {
        for (const key of new Set(arg.keys())) {
          for (const [what, value] of [...hostileStrings, ...hostileValues.slice(0, 4)]) {
            const data = new FormData();
            for (const [k, v] of arg.entries()) data.append(k, k === key ? String(value) : v);
            out.push([`form field ${key}: ${what}`, withArg(data)]);
          }
        }
        const extra = new FormData();
        for (const [k, v] of arg.entries()) extra.append(k, v);
        extra.append("isAdmin", "true");
        out.push(["an unknown form field", withArg(extra)]);
      } else if (arg !== null && typeof arg === "object" && !Array.isArray(arg)) {
        for (const key of Object.keys(arg)) {
          for (const [what, value] of [...hostileStrings, ...hostileValues]) out.push([`argument ${i}.${key}: ${what}`, withArg({ ...arg, [key]: value })]);
        }
        out.push([`argument ${i}: an unknown field`, withArg({ ...arg, role: "ADMIN" })]);
      } else {
        for (const [what, value] of [...hostileStrings, ...hostileValues]) out.push([`argument ${i}: ${what}`, withArg(value)]);
      }
    });
    out.push(["no arguments", { ...call, args: [] }]);
  } else if (call.kind === "http") {
    const url = new URL(call.path, "http://x");
    for (const key of new Set(url.searchParams.keys())) {
      for (const [what, value] of hostileStrings) {
        const next = new URL(url);
        // Kept within the 16 KB a request line may have (Node answers 431 past it, nginx 414).
        next.searchParams.set(key, String(value).slice(0, 800));
        out.push([`query ${key}: ${what}`, { ...call, path: `${next.pathname}${next.search}` }]);
      }
    }
    if (call.json && typeof call.json === "object") {
      for (const key of Object.keys(call.json)) {
        for (const [what, value] of [...hostileStrings, ...hostileValues]) out.push([`body ${key}: ${what}`, { ...call, json: { ...(call.json as object), [key]: value } }]);
      }
      out.push(["body: an unknown field", { ...call, json: { ...(call.json as object), role: "ADMIN" } }]);
    }
  }
  return out;
}

const cjk = /[\u4e00-\u9fff]/;

type Sent = { status: number; ok: boolean; message: string };

async function send(api: APIRequestContext, call: Call, action: BuiltAction | undefined): Promise<Sent | null> {
  if (call.kind === "action") {
    let response;
    try {
      response = await postAction(api, call.page, action!.id, call.args);
    } catch {
      return null; // React's encoder refused the value: no browser could send it either.
    }
    const text = await response.text();
    if (response.status() !== 200) return { status: response.status(), ok: false, message: text.slice(0, 300) };
    if (response.headers()["x-action-redirect"]) return { status: 200, ok: true, message: "" };
    // A form action without a result: whether it did anything is read from the database.
    if (call.silent) return { status: 200, ok: (await call.silent()).ok, message: "（表单操作，无返回信息）" };
    const raw = readActionValue(text);
    const value = raw && call.unwrap ? call.unwrap(raw) : raw;
    return { status: 200, ok: !!value?.ok, message: value?.message ?? text.slice(0, 300) };
  }
  if (call.kind === "http") {
    const response = await api.fetch(call.path, { method: call.method, data: call.json, maxRedirects: 0 });
    return { status: response.status(), ok: response.status() < 300, message: (await response.text()).slice(0, 300) };
  }
  return null;
}

/** The actor a row lets do the thing, so the input reaches the parser; null when only the unit's own people may. */
function allowedActor(row: MatrixRow): ActorKey | null {
  for (const actor of ["admin", "reviewer", "clerkOwnUnit", "unitHeadOwnUnit", "clerkOtherUnit"] as const) if (row.expect[actor] === "ok") return actor;
  return null;
}

const test = base.extend<object, { world: MatrixWorld; built: BuiltAction[] }>({
  world: [async ({}, use) => use(await createMatrixWorld()), { scope: "worker" }],
  built: [async ({}, use) => use(readBuiltActions()), { scope: "worker" }],
});

async function signIn(api: APIRequestContext, login: string): Promise<void> {
  const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await api.post("/api/auth/callback/credentials", { form: { csrfToken, login, password: matrixPassword, json: "true" }, maxRedirects: 0 });
}

// Rows whose request is not app input: next-auth's own endpoints and the internal refresh.
const skipped = new Set(["auth-get", "auth-post", "revalidate-report-pages", "health"]);

test.describe("hostile input", () => {
  for (const row of (matrix as readonly MatrixRow[]).filter((r) => !skipped.has(r.id) && allowedActor(r))) {
    test(`${row.id}: no 500, nothing changed by a refusal, a Chinese message`, async ({ world, built, playwright, baseURL }) => {
      test.setTimeout(180_000);
      const actor = allowedActor(row)!;
      const unit = await createUnit(world);
      const role = ({ admin: "ADMIN", reviewer: "REVIEWER", clerkOwnUnit: "CLERK", unitHeadOwnUnit: "UNIT_HEAD", clerkOtherUnit: "CLERK" } as const)[actor as Exclude<ActorKey, "signedOut">];
      const user = await createUser(world, role, role === "CLERK" || role === "UNIT_HEAD" ? (actor === "clerkOtherUnit" ? world.otherUnit.id : unit.id) : null);
      const login = await playwright.request.newContext({ baseURL });
      await signIn(login, user.login);
      const state: StorageState = await login.storageState();
      await login.dispose();
      const api = await playwright.request.newContext({ baseURL, storageState: state, extraHTTPHeaders: { Origin: baseURL! } });
      const action = row.entry.kind === "action" ? built.find((a) => a.file === (row.entry as { file: string }).file && a.name === (row.entry as { name: string }).name) : undefined;

      const problems: string[] = [];
      let tried = 0;
      // A refusal changes nothing (checked), so one cell serves until an input is accepted as
      // valid (markup is text): then the next input gets a fresh cell.
      const build = async () => builders[row.id as keyof typeof builders]({ world, unit: await createUnit(world), actor, actorId: user.id });
      let cell = await build();
      let list = variants(cell.call);
      for (let k = 0; k < list.length; k++) {
        const [what, call] = list[k];
        const before = await cell.snapshot?.();
        const sent = await send(api, call, action);
        if (!sent) continue;
        tried += 1;
        if (sent.ok) {
          cell = await build();
          list = variants(cell.call);
        }
        if (sent.status >= 500) problems.push(`${what}: HTTP ${sent.status} ${sent.message.slice(0, 120)}`);
        else if (!sent.ok) {
          if (cell.snapshot && JSON.stringify(await cell.snapshot()) !== JSON.stringify(before)) problems.push(`${what}: refused, but the database changed`);
          // A refusal says why in Chinese: an action's result message, or the body of a 4xx.
          const says = sent.status === 200 || sent.status >= 400;
          if (says && !cjk.test(sent.message)) problems.push(`${what}: refused without a Chinese message (HTTP ${sent.status}: ${sent.message.slice(0, 80)})`);
        }
      }
      await api.dispose();
      console.log(`hostile input · ${row.id}: ${tried} inputs tried, ${problems.filter((p) => p.includes("HTTP 5")).length} answered 500`);
      expect(problems, problems.join("\n")).toEqual([]);
    });
  }
});
