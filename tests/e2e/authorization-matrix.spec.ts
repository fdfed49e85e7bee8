// The authorization matrix (tests/authorization/matrix.ts), cell by cell, against the built app:
// each actor sends each row's request over HTTP, through the real entry point, and gets exactly
// the outcome the table names. A refusal must leave the database as it was.
import { test as base, expect, type APIRequestContext } from "@playwright/test";
import { actorKeys, matrix, type ActorKey, type MatrixRow } from "@/tests/authorization/matrix";
import { builders, type Call } from "@/tests/authorization/builders";
import { testDb } from "./db";
import { createMatrixWorld, createUnit, createUser, matrixPassword, type MatrixWorld } from "@/tests/authorization/arrange";
import { isPageOf, observeAction, observeHttp, postAction, readBuiltActions, type BuiltAction, type Observed } from "@/tests/authorization/server-action";

type StorageState = Awaited<ReturnType<APIRequestContext["storageState"]>>;
type SignedIn = Exclude<ActorKey, "signedOut" | "clerkOwnUnit" | "unitHeadOwnUnit">;

async function signIn(newContext: () => Promise<APIRequestContext>, login: string): Promise<StorageState> {
  const api = await newContext();
  const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await api.post("/api/auth/callback/credentials", { form: { csrfToken, login, password: matrixPassword, json: "true" }, maxRedirects: 0 });
  const state = await api.storageState();
  await api.dispose();
  if (!state.cookies.some((c) => /next-auth\.session-token$/.test(c.name))) throw new Error(`sign-in failed for ${login}: HTTP ${response.status()}`);
  return state;
}

/**
 * A cookie the proxy still lets through (it only checks that a session cookie is there and
 * valid) for an account deactivated since: what only the action's own check can refuse.
 */
async function signInThenDeactivate(newContext: (state?: StorageState) => Promise<APIRequestContext>, world: MatrixWorld): Promise<StorageState> {
  const user = await createUser(world, "CLERK", world.otherUnit.id);
  const state = await signIn(newContext, user.login);
  await testDb.user.update({ where: { id: user.id }, data: { isActive: false } });
  // Sessions may be cached for a few seconds: use the cookie only once the app refuses it.
  const stale = await newContext(state);
  await expect
    .poll(async () => (await stale.get("/workspace", { maxRedirects: 0 })).headers().location ?? "", { timeout: 15_000 })
    .toMatch(/^(https?:\/\/[^/]+)?\/login/);
  await stale.dispose();
  return state;
}

const test = base.extend<object, { world: MatrixWorld; sessions: Record<SignedIn | "deactivated", StorageState>; built: BuiltAction[] }>({
  world: [async ({}, use) => use(await createMatrixWorld()), { scope: "worker" }],
  sessions: [
    async ({ world, playwright }, use, workerInfo) => {
      const newContext = (storageState?: StorageState) => playwright.request.newContext({ baseURL: workerInfo.project.use.baseURL, storageState });
      await use({
        clerkOtherUnit: await signIn(newContext, world.otherClerk.login),
        reviewer: await signIn(newContext, world.reviewer.login),
        admin: await signIn(newContext, world.admin.login),
        deactivated: await signInThenDeactivate(newContext, world),
      });
    },
    { scope: "worker" },
  ],
  built: [async ({}, use) => use(readBuiltActions()), { scope: "worker" }],
});

function actionOf(row: MatrixRow, built: BuiltAction[]): BuiltAction | undefined {
  const entry = row.entry;
  return entry.kind === "action" ? built.find((a) => a.file === entry.file && a.name === entry.name) : undefined;
}

async function send(api: APIRequestContext, row: MatrixRow, call: Call, built: BuiltAction[]): Promise<Observed> {
  if (call.kind === "action") {
    const action = actionOf(row, built);
    if (!action) return { outcome: "unexpected", detail: "the action is not in the build's server-reference-manifest.json" };
    return observeAction(await postAction(api, call.page, action.id, call.args), call.unwrap, call.silent);
  }
  if (call.kind === "custom") return observeHttp(await call.send(api));
  return observeHttp(await api.fetch(call.path, { method: call.method, data: call.json, maxRedirects: 0 }));
}

test.describe("authorization matrix", () => {
  test("the build holds exactly the table's server actions, each called from one of its pages", async ({ built }) => {
    const listed = new Set(matrix.flatMap((row) => (row.entry.kind === "action" ? [`${row.entry.file}#${row.entry.name}`] : [])));
    expect(built.map((a) => `${a.file}#${a.name}`).sort()).toEqual([...listed].sort());
  });

  for (const row of matrix as readonly MatrixRow[]) {
    for (const actor of actorKeys) {
      const expected = row.expect[actor];
      test(`${row.id} · ${actor} → ${expected}`, async ({ world, sessions, built, playwright, baseURL }) => {
        const unit = await createUnit(world);
        let storageState: StorageState | undefined;
        let actorId: string | null = null;
        if (actor === "clerkOwnUnit" || actor === "unitHeadOwnUnit") {
          const member = await createUser(world, actor === "clerkOwnUnit" ? "CLERK" : "UNIT_HEAD", unit.id);
          actorId = member.id;
          storageState = await signIn(() => playwright.request.newContext({ baseURL }), member.login);
        } else if (actor !== "signedOut" && row.freshActor) {
          const role = ({ clerkOtherUnit: "CLERK", reviewer: "REVIEWER", admin: "ADMIN" } as const)[actor];
          const fresh = await createUser(world, role, role === "CLERK" ? world.otherUnit.id : null);
          actorId = fresh.id;
          storageState = await signIn(() => playwright.request.newContext({ baseURL }), fresh.login);
        } else if (actor !== "signedOut") {
          storageState = sessions[actor];
          actorId = { clerkOtherUnit: world.otherClerk.id, reviewer: world.reviewer.id, admin: world.admin.id }[actor];
        }
        // Browsers send Origin with every POST; Next refuses a server action without a matching one.
        const api = await playwright.request.newContext({ baseURL, storageState, extraHTTPHeaders: { Origin: baseURL! } });
        const cell = await builders[row.id as keyof typeof builders]({ world, unit, actor, actorId });
        if (cell.call.kind === "action") {
          const page = cell.call.page;
          expect(actionOf(row, built)?.pages.some((pattern) => isPageOf(pattern, page)), `${row.id}: ${page} is not a page that uses the action`).toBe(true);
        }
        const before = await cell.snapshot?.();

        const observed = await send(api, row, cell.call, built);
        const where = `${row.id} (${row.given}) as ${actor}`;
        expect(observed.outcome, `${where}: expected ${expected}, got ${observed.outcome} — ${observed.detail}`).toBe(expected);
        if (cell.snapshot && observed.outcome !== "ok") expect(await cell.snapshot(), `${where}: the refusal changed the database`).toEqual(before);
        // An allowed action must have done something: a refusal answered as ok would pass otherwise.
        if (cell.snapshot && observed.outcome === "ok" && cell.call.kind === "action") {
          expect(await cell.snapshot(), `${where}: answered ok but changed nothing`).not.toEqual(before);
        }

        // The proxy sends a request without a session cookie to /login before any action runs
        // (an action posted to another page is forwarded, through the proxy, to its own), so
        // the action's own check is reached with the cookie of an account deactivated since.
        if (actor === "signedOut" && cell.call.kind === "action") {
          const stale = await playwright.request.newContext({ baseURL, storageState: sessions.deactivated, extraHTTPHeaders: { Origin: baseURL! } });
          const direct = await send(stale, row, cell.call, built);
          await stale.dispose();
          expect(direct.outcome, `${where}, with a deactivated account's cookie: expected login, got ${direct.outcome} — ${direct.detail}`).toBe("login");
          if (cell.snapshot) expect(await cell.snapshot(), `${where}: the refusal past the proxy changed the database`).toEqual(before);
        }
        await api.dispose();
      });
    }
  }
});
