// What a builder makes for one cell of the matrix: the request and how to see what it changed.
// Its own module so builders.ts can gather the per-area builders that use these types.
import type { APIRequestContext, APIResponse } from "@playwright/test";
import type { ActorKey } from "./vocabulary";
import type { ActionValue } from "./server-action";
import type { MatrixWorld } from "./arrange";

export type Unit = { id: string; slug: string; shortName: string; name: string; orgCode: string };
/** actorId: the signed-in account sending the request (null when signed out). */
export type CellContext = { world: MatrixWorld; unit: Unit; actor: ActorKey; actorId: string | null };

export type Call =
  /** POST to `page` with the action's id, as the browser does from that page. */
  | {
      kind: "action";
      page: string;
      args: unknown[];
      unwrap?: (value: ActionValue) => ActionValue;
      /** A form action that returns nothing: what it did, read from the database afterwards. */
      silent?: () => Promise<ActionValue>;
    }
  | { kind: "http"; method: "GET" | "POST"; path: string; json?: unknown }
  /** Requests that need a step of their own first (a CSRF token). */
  | { kind: "custom"; send: (api: APIRequestContext) => Promise<APIResponse> };

export type Cell = { call: Call; snapshot?: () => Promise<unknown> };
export type Builder = (ctx: CellContext) => Promise<Cell>;
