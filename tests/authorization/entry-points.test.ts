import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { entryKey, matrix } from "./matrix";
import { listEntryPoints } from "./list-entry-points";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

describe("the authorization matrix", () => {
  const real = new Set(listEntryPoints(root).map(entryKey));
  const listed = new Set(matrix.map((row) => entryKey(row.entry)));

  it("finds the app's entry points in its source", () => {
    // A parser that finds nothing would make the next two checks pass vacuously.
    expect(real).toContain("app/(workspace)/workspace/reports/[reportId]/sections/[key]/actions.ts#saveSectionAction");
    expect(real).toContain("app/api/auth/[...nextauth]/route.ts POST");
    expect(real).toContain("pages/api/revalidate-report-pages.ts *");
  });

  it("lists every server action and route handler of the app", () => {
    const missing = [...real].filter((key) => !listed.has(key)).sort();
    expect(missing, `entry points missing from tests/authorization/matrix.ts:\n${missing.join("\n")}`).toEqual([]);
  });

  it("lists nothing that no longer exists", () => {
    const stale = [...listed].filter((key) => !real.has(key)).sort();
    expect(stale, `rows naming entry points that do not exist:\n${stale.join("\n")}`).toEqual([]);
  });

  it("gives every row a unique id", () => {
    const ids = matrix.map((row) => row.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});
