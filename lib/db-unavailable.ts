// The database cannot be reached (stopped, restarting, network cut): Prisma's P1001 and kin.
// Requests in that window get a Chinese 503 that says to try again, not a 500 with a stack
// trace; the app reconnects by itself when the database is back.

const unavailableCodes = new Set([
  "P1001", // can't reach the database server
  "P1002", // reached but timed out
  "P1017", // the server closed the connection
  "P2024", // no connection from the pool in time
]);

// The driver's own words for it, as Prisma passes them on (in `cause`, or in meta.driverAdapterError
// of a query error such as P2010): not reachable, a connection closed, or PostgreSQL shutting
// down or starting (SQLSTATE class 08, 57P01–57P03).
const unavailableKinds = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout"]);
const unavailableSqlState = /^(08|57P0[1-3])/;

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (error === null || typeof error !== "object" || depth > 4) return false;
  const e = error as { code?: unknown; kind?: unknown; cause?: unknown; meta?: { code?: unknown; driverAdapterError?: unknown } };
  if (typeof e.code === "string" && (unavailableCodes.has(e.code) || unavailableSqlState.test(e.code))) return true;
  if (typeof e.kind === "string" && unavailableKinds.has(e.kind)) return true;
  if (typeof e.meta?.code === "string" && unavailableSqlState.test(e.meta.code)) return true;
  return isDatabaseUnavailable(e.cause, depth + 1) || isDatabaseUnavailable(e.meta?.driverAdapterError, depth + 1);
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
