// Scores the splitter on real published reports (tests/fixtures/import/corpus): for each file,
// the share of the headings read by hand (expected.json) that it finds exactly — level, marker
// and phrase — and whether it finds no others, the title and the date.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { splitReport } from "@/lib/import/split-report";

type Expected = { title: string | null; date: string | null; headings: [number, string, string][]; heldOut?: boolean };

const dir = path.join(process.cwd(), "tests/fixtures/import/corpus");
const expected = (JSON.parse(readFileSync(path.join(dir, "expected.json"), "utf8")) as { files: Record<string, Expected> }).files;

const minOverall = 0.95;
const minPerFile = 0.8;

type Score = { file: string; found: number; expected: number; extra: number; title: boolean; date: boolean; heldOut: boolean };

function score(file: string, want: Expected): Score {
  const split = splitReport(readFileSync(path.join(dir, file), "utf8"));
  const got = split.sections.map((s) => `${s.level}|${s.marker}|${s.heading}`);
  const pending = [...got];
  let found = 0;
  for (const [level, marker, heading] of want.headings) {
    const at = pending.indexOf(`${level}|${marker}|${heading}`);
    if (at !== -1) {
      found++;
      pending.splice(at, 1);
    }
  }
  return {
    file,
    found,
    expected: want.headings.length,
    extra: pending.length,
    title: split.title === want.title,
    date: split.date === want.date,
    heldOut: want.heldOut === true,
  };
}

const scores = Object.entries(expected).map(([file, want]) => score(file, want));

function share(of: Score[]): string {
  const found = of.reduce((n, s) => n + s.found, 0);
  const total = of.reduce((n, s) => n + s.expected, 0);
  return `${found}/${total} = ${((100 * found) / total).toFixed(1)}%`;
}

describe("the splitter on published reports", () => {
  it("finds the headings read by hand", () => {
    const found = scores.reduce((n, s) => n + s.found, 0);
    const total = scores.reduce((n, s) => n + s.expected, 0);
    const lines = scores.map(
      (s) =>
        `${s.file.padEnd(32)} ${String(s.found).padStart(2)}/${String(s.expected).padEnd(2)} ${((100 * s.found) / s.expected).toFixed(0).padStart(3)}%` +
        `  extra ${s.extra}  title ${s.title ? "ok" : "WRONG"}  date ${s.date ? "ok" : "WRONG"}${s.heldOut ? "  (held out)" : ""}`,
    );
    const heldOut = scores.filter((s) => s.heldOut);
    console.log(`${lines.join("\n")}\noverall ${share(scores)}; held out ${share(heldOut)}`);
    expect(found / total).toBeGreaterThanOrEqual(minOverall);
    for (const s of scores) expect(s.found / s.expected, s.file).toBeGreaterThanOrEqual(minPerFile);
  });

  it("finds no headings that are not there", () => {
    expect(scores.filter((s) => s.extra > 0).map((s) => s.file)).toEqual([]);
  });

  it("finds each title and date", () => {
    expect(scores.filter((s) => !s.title).map((s) => s.file)).toEqual([]);
    expect(scores.filter((s) => !s.date).map((s) => s.file)).toEqual([]);
  });
});
