// Field limits shared by the server's schemas and the browser's editor. A module of its own, free
// of zod, so the editor can show and enforce the same numbers without shipping the schemas.
export const limits = {
  title: 100,
  body: 20_000,
  metric: 10_000_000,
  comment: 2_000,
} as const;

