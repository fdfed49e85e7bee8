import type { ActionResult } from "@/lib/action-result";

export type OnResult = (result: ActionResult<unknown>) => void;

/**
 * Wraps a server action so the decision panel hears its outcome. The panel shows it, because a
 * successful decision changes the status and the form that took it disappears with the refresh.
 */
export function reporting<T>(action: (prev: unknown, formData: FormData) => Promise<ActionResult<T>>, onResult: OnResult) {
  return async (prev: unknown, formData: FormData): Promise<ActionResult<T>> => {
    const result = await action(prev, formData);
    onResult(result);
    return result;
  };
}
