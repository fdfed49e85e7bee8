// Runs once when the server starts, before it serves anyone: a wrong environment variable stops
// the start with a message naming it (lib/parse-env.ts), instead of a server that answers every
// request with an error. Loading lib/env also installs zod's Chinese messages.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  try {
    await import("@/lib/env");
  } catch (error) {
    // Next would log this and keep serving errors; a service manager should see the exit.
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
