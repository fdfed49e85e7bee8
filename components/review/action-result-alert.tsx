import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import type { ActionResult } from "@/lib/action-result";

/** The outcome of a review decision, with a link to the public page when there is one. */
export function ActionResultAlert({ state }: { state: ActionResult<unknown> | null }) {
  if (!state) return null;
  const url = state.ok && state.data && typeof state.data === "object" && "url" in state.data ? String(state.data.url) : null;
  return (
    <Alert tone={state.ok ? "success" : "error"}>
      {state.message}
      {url ? (
        <>
          {" "}
          <Link href={url} className="underline">
            查看公开页面
          </Link>
        </>
      ) : null}
    </Alert>
  );
}
