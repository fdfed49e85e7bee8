// A form action's FormData as sent — or an empty one when the request carried something else (a
// hand-made request can call an action with no arguments, or a string where the form goes). The
// action's zod schema then refuses the missing fields with its Chinese messages instead of the
// action throwing a TypeError that Next answers with a 500.
export function formOf(value: unknown): FormData {
  return value instanceof FormData ? value : new FormData();
}

/** The form's fields as an object for a zod schema (the last value of a repeated field). */
export function formFields(value: unknown): Record<string, FormDataEntryValue> {
  return Object.fromEntries(formOf(value));
}
