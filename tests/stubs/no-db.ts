// The unit project resolves @/lib/db here: unit tests are DB-free (STYLE.md C14), so a unit
// test that reaches the database fails at once instead of quietly using data/app.db.
throw new Error("unit tests must not use the database (@/lib/db); write an integration test in tests/integration/");
