// Stands in for the `server-only` marker package under Vitest: the real package throws
// outside React Server Components, and lib/ modules import it on their first line.
export {};
