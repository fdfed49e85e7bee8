// `npm run split -- FILE` (scripts/import/split.ts): JSON on stdout and exit 0, or a Chinese
// message on stderr and exit 1.
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const tsx = path.join(process.cwd(), "node_modules/.bin/tsx");
const script = path.join(process.cwd(), "scripts/import/split.ts");

async function split(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(tsx, [script, ...args], { encoding: "utf8" });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("the split command", { timeout: 30_000 }, () => {
  it("prints the 珍溪镇 report as JSON, without a preamble it does not have", async () => {
    const { code, stdout } = await split("tests/fixtures/import/zhenxi-2022.txt");
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(["title", "date", "docNumber", "removed", "sections"]);
    expect(report).toMatchObject({ title: "重庆市涪陵区珍溪镇人民政府2022年法治政府建设工作年度报告", date: "2023-01-09", docNumber: "" });
    expect(report.sections).toHaveLength(10);
  });

  it("reads a GB18030 text file and prints the preamble when there is one", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "split-"));
    const file = path.join(dir, "报告.txt");
    // "区委、区政府：\n一、基本情况\n全年学法6次。" in GB18030.
    const gb = Buffer.from("c7f8ceafa1a2c7f8d5feb8aea3ba0ad2bba1a2bbf9b1bec7e9bff60ac8abc4ead1a7b7a836b4cea1a3", "hex");
    writeFileSync(file, gb);
    const { code, stdout } = await split(file);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ preamble: ["区委、区政府："], sections: [{ level: 1, marker: "一、", heading: "基本情况", paragraphs: ["全年学法6次。"] }] });
  });

  it("says in Chinese what is wrong, and exits 1", async () => {
    expect(await split()).toMatchObject({ code: 1, stdout: "", stderr: expect.stringContaining("请给出要拆分的报告文件") });
    expect(await split("no-such-file.txt")).toMatchObject({ code: 1, stderr: expect.stringContaining("找不到文件") });
    expect(await split("tests")).toMatchObject({ code: 1, stderr: expect.stringContaining("是一个文件夹") });
    expect(await split("package.json")).toMatchObject({ code: 1, stderr: expect.stringContaining("不支持这种文件") });
  });
});
