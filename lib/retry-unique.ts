// A sequence read then written inside one transaction (索引号) can race another transaction
// doing the same on PostgreSQL; the unique index refuses the loser, which simply runs again.
const uniqueViolation = "P2002";

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === uniqueViolation;
}

export async function retryOnUniqueViolation<T>(run: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= attempts || !isUniqueViolation(error)) throw error;
    }
  }
}
