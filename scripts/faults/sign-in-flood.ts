// Sign-in flooding (issue 15 §2): wrong passwords from one address, then from many, while a
// reader keeps loading a page and real users sign in from their own addresses. Prints the page's
// p95 idle and under each flood, what the flooding addresses were answered, and whether the real
// users got in. Asserts the limits: the one address ends up locked out, and real users sign in
// throughout. The app trusts X-Real-IP (as behind deploy/nginx.conf), so addresses are set there.
import { performance } from "node:perf_hooks";
import { signIn } from "@/scripts/bench/sign-in";

const base = process.env.FAULT_BASE_URL ?? "http://127.0.0.1:3240";
const seconds = Number(process.env.FAULT_FLOOD_SECONDS ?? 8);
const flooders = Number(process.env.FAULT_FLOODERS ?? 20);
const page = "/overview/towns";

async function pageTimes(stop: () => boolean): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; !stop(); i++) {
    const started = performance.now();
    // A query keeps the page past any cache in front; the page itself is Next's cached copy.
    await (await fetch(`${base}${page}?t=${i}`, { headers: { "X-Real-IP": "10.9.9.9" } })).arrayBuffer();
    times.push(performance.now() - started);
  }
  return times;
}

const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.max(0, Math.ceil(values.length * 0.95) - 1)] ?? NaN;

async function attempt(login: string, password: string, ip: string): Promise<"ok" | "refused" | "locked" | "error"> {
  try {
    const csrf = await fetch(`${base}/api/auth/csrf`, { headers: { "X-Real-IP": ip } });
    const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const response = await fetch(`${base}/api/auth/callback/credentials`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: jar, "X-Real-IP": ip },
      body: new URLSearchParams({ csrfToken, login, password, json: "true" }),
      redirect: "manual",
    });
    const text = await response.text();
    if (response.headers.getSetCookie().some((c) => c.startsWith("next-auth.session-token="))) return "ok";
    // next-auth puts the refusal's message, URL-encoded, in the answer's url.
    const answer = decodeURIComponent(text + (response.headers.get("location") ?? ""));
    return /次数过多/.test(answer) ? "locked" : "refused";
  } catch {
    return "error";
  }
}

async function flood(name: string, ipOf: (i: number) => string) {
  const until = Date.now() + seconds * 1000;
  const answers = { ok: 0, refused: 0, locked: 0, error: 0 };
  const realUsers: boolean[] = [];
  const reader = pageTimes(() => Date.now() > until);
  const attackers = Array.from({ length: flooders }, async (_, w) => {
    for (let i = 0; Date.now() < until; i++) answers[await attempt("shenhe", "wrong-password", ipOf(w * 100_000 + i))]++;
  });
  const users = (async () => {
    for (let i = 0; Date.now() < until; i++) {
      realUsers.push(await signIn(base, "zhenxi", "Fazhi@2023").then(() => true, () => false));
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  })();
  const [times] = await Promise.all([reader, users, ...attackers]);
  return { name, p95: p95(times), pages: times.length, answers, realUsersIn: realUsers.filter(Boolean).length, realUsersTried: realUsers.length };
}

const idleUntil = Date.now() + seconds * 1000;
const idle = await pageTimes(() => Date.now() > idleUntil);
const idleP95 = p95(idle);
console.log(`idle: ${page} p95 ${idleP95.toFixed(1)} ms over ${idle.length} loads`);
let failed = false;
for (const run of [await flood("one address", () => "10.1.1.1"), await flood("many addresses", (i) => `10.2.${(i >> 8) & 255}.${i & 255}`)]) {
  console.log(
    `${run.name}: ${page} p95 ${run.p95.toFixed(1)} ms (${(run.p95 / idleP95).toFixed(1)}× idle, target ≤ 2×) over ${run.pages} loads; flood answered ${JSON.stringify(run.answers)}; real users signed in ${run.realUsersIn}/${run.realUsersTried}`,
  );
  if (run.realUsersIn !== run.realUsersTried || run.answers.ok > 0) failed = true;
  if (run.name === "one address" && run.answers.locked === 0) failed = true;
}
console.log(failed ? "sign-in flood: FAILED (limits did not hold)" : "sign-in flood: the limits held; real users signed in throughout");
process.exitCode = failed ? 1 : 0;
