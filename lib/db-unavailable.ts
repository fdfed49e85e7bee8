// The database cannot be reached (stopped, restarting, network cut): Prisma's P1001 and kin.
// Requests in that window get a Chinese 503 that says to try again, not a 500 with a stack
// trace; the app reconnects by itself when the database is back.

const unavailableCodes = new Set([
  "P1001", // can't reach the database server
  "P1002", // reached but timed out
  "P1017", // the server closed the connection
  "P2024", // no connection from the pool in time
]);

export function isDatabaseUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && unavailableCodes.has(code);
}

export const databaseUnavailableMessage = "数据库暂时无法连接，请稍后再试。正在填写的内容不会丢失：编辑器会把文字留在本机并自动重试保存。";

/** The answer of a route handler when the database is away: JSON under /api, text elsewhere. */
export function databaseUnavailableResponse(json: boolean): Response {
  const headers = { "Retry-After": "10", "Cache-Control": "no-store" };
  return json
    ? Response.json({ error: databaseUnavailableMessage }, { status: 503, headers })
    : new Response(databaseUnavailableMessage, { status: 503, headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" } });
}

/** Runs a route handler's work, answering 503 instead of throwing when the database is away. */
export async function orDatabaseUnavailable(json: boolean, work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    if (isDatabaseUnavailable(error)) return databaseUnavailableResponse(json);
    throw error;
  }
}
