// Runs once when the server starts, before it serves anyone: a wrong environment variable stops
// the start with a message naming it (lib/parse-env.ts), instead of surfacing at the first
// request that happens to read it. Loading lib/env also installs zod's Chinese messages.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("@/lib/env");
}
