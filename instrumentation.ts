// Runs once when the server starts, before it serves anyone: a wrong environment variable stops
// the start with a message naming it (lib/parse-env.ts), instead of a server that answers every
// request with an error. Loading lib/env also installs zod's Chinese messages.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  let env: typeof import("@/lib/env").env;
  try {
    ({ env } = await import("@/lib/env"));
  } catch (error) {
    // Next would log this and keep serving errors; a service manager should see the exit.
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  // The mail and reminder worker runs inside the server unless WORKER=off (then `npm run worker`
  // runs it alone); never while `next build` loads the app to collect its pages.
  const { shouldStartWorker } = await import("@/lib/worker/worker-mode");
  if (shouldStartWorker(env.WORKER, process.env.NEXT_PHASE)) {
    const { startWorker } = await import("@/lib/worker/start-worker");
    const worker = startWorker();
    console.info(`[worker] 邮件与截止提醒在本进程运行（${worker.id}）；WORKER=off 可关闭`);
  }
}
