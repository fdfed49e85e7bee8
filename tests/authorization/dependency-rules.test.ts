// The architecture rules of .dependency-cruiser.cjs (checked over the project by `npm run lint`)
// catch what they name: a tree with one of each violation must fail with exactly those.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");

function cruise(files: Record<string, string>): { rule: string; from: string; to: string }[] {
  const dir = mkdtempSync(path.join(tmpdir(), "depcruise-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: { module: "esnext", moduleResolution: "bundler", jsx: "react-jsx", strict: true } }));
  let out: string;
  try {
    out = execFileSync(path.join(root, "node_modules/.bin/depcruise"), ["app", "components", "lib", "--config", path.join(root, ".dependency-cruiser.cjs"), "--output-type", "json"], { cwd: dir, encoding: "utf8" });
  } catch (error) {
    // depcruise exits non-zero when it finds errors; the report is on stdout all the same.
    out = (error as { stdout: string }).stdout;
  }
  const report = JSON.parse(out) as { summary: { violations: { rule: { name: string }; from: string; to: string }[] } };
  return report.summary.violations.map((v) => ({ rule: v.rule.name, from: v.from, to: v.to })).sort((a, b) => a.from.localeCompare(b.from));
}

describe("dependency rules", () => {
  it("let app → components → lib through", () => {
    expect(
      cruise({
        "app/page.tsx": 'import { Card } from "../components/card";\nimport { total } from "../lib/total";\nexport default () => Card(total);\n',
        "components/card.tsx": 'import { total } from "../lib/total";\nexport const Card = (n: number) => n + total;\n',
        "lib/total.ts": "export const total = 1;\n",
      }),
    ).toEqual([]);
  });

  it("refuse lib importing a route or a component, a component importing a route, and a cycle", () => {
    const violations = cruise({
      "app/actions.ts": "export async function save() {}\n",
      "components/form.tsx": 'import { save } from "../app/actions";\nexport const form = save;\n',
      "lib/a.ts": 'import { form } from "../components/form";\nimport { b } from "./b";\nexport const a = [form, b];\n',
      "lib/b.ts": 'import type { a } from "./a";\nexport const b: typeof a | null = null;\n',
    });
    expect(violations).toEqual([
      { rule: "components-import-no-routes", from: "components/form.tsx", to: "app/actions.ts" },
      { rule: "lib-imports-only-lib", from: "lib/a.ts", to: "components/form.tsx" },
      // A cycle is reported once, from where it was entered.
      { rule: "no-circular", from: "lib/a.ts", to: "lib/b.ts" },
    ]);
  });
});
