import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { entryKey } from "./matrix";
import { listEntryPoints } from "./list-entry-points";

function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), "entry-points-"));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

describe("listEntryPoints", () => {
  it("reads every export of a use-server file, route methods in each export form, and pages/api handlers", () => {
    const root = project({
      "app/a/actions.ts": `// comment\n"use server";\nimport x from "y";\nexport async function one() {}\nexport const two = async () => {};\nasync function three() {}\nexport { three as renamed };\nexport type T = string;\n`,
      "app/b/helpers.ts": `export async function notAnAction() {}\n`,
      "app/c/route.ts": `export async function GET() {}\nexport const POST = () => null;\nconst h = () => null;\nexport { h as DELETE, h as helper };\nexport const dynamic = "force-dynamic";\n`,
      "pages/api/hook.ts": `export default function handler() {}\n`,
      "components/form.tsx": `export function Form() {\n  async function save() {\n    "use server";\n  }\n  return null;\n}\n`,
    });
    expect(listEntryPoints(root).map(entryKey).sort()).toEqual(
      [
        "app/a/actions.ts#one",
        "app/a/actions.ts#two",
        "app/a/actions.ts#renamed",
        "app/c/route.ts GET",
        "app/c/route.ts POST",
        "app/c/route.ts DELETE",
        "pages/api/hook.ts *",
        'components/form.tsx#(inline "use server" at line 2)',
      ].sort(),
    );
  });

  it("does not take a use-server string after the first statement for a directive", () => {
    const root = project({ "app/d/actions.ts": `import x from "y";\n"use server";\nexport async function notAction() {}\n` });
    expect(listEntryPoints(root)).toEqual([]);
  });
});
