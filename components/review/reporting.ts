import type { ActionResult } from "@/lib/action-result";

export type OnResult = (result: ActionResult<unknown>) => void;

/** A server action as useActionState calls it: the previous state, then the form. */
export type FormAction<T = null> = (prev: unknown, formData: FormData) => Promise<ActionResult<T>>;

/**
 * Wraps a server action so the decision panel hears its outcome. The panel shows it, because a
 * successful decision changes the status and the form that took it disappears with the refresh.
 */
export function reporting<T>(action: FormAction<T>, onResult: OnResult) {
  return async (prev: unknown, formData: FormData): Promise<ActionResult<T>> => {
    const result = await action(prev, formData);
    onResult(result);
    return result;
  };
}
