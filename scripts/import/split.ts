// npm run --silent split -- FILE
// Splits a report (.docx, or .txt in UTF-8 or GB18030) the way the import preview does and
// prints it as JSON: title, date, 字号, the page furniture left out, the preamble (only when
// there is one) and the sections. Bad input: a message in Chinese on stderr and exit code 1.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { isAppError } from "@/lib/errors";
import { readSourceFile } from "@/lib/import/read-source-file";
import { splitReport } from "@/lib/import/split-report";
import type { SplitReport } from "@/lib/import/types";

const usage = "用法：npm run --silent split -- 文件路径（.docx 或 .txt）";

class InputError extends Error {}

async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new InputError(`找不到文件：${file}`);
    if (code === "EISDIR") throw new InputError(`${file} 是一个文件夹，请给出报告文件的路径。`);
    if (code === "EACCES" || code === "EPERM") throw new InputError(`没有权限读取文件：${file}`);
    throw new InputError(`无法读取文件 ${file}：${(error as Error).message}`);
  }
}

/** The JSON the command prints: the preamble only when the report has one. */
function asOutput(report: SplitReport) {
  const { title, date, docNumber, removed, preamble, sections } = report;
  return { title, date, docNumber, removed, ...(preamble.length > 0 ? { preamble } : {}), sections };
}

async function main(args: string[]): Promise<number> {
  if (args.length !== 1) {
    process.stderr.write(`${args.length === 0 ? "请给出要拆分的报告文件。" : "一次只能拆分一个文件。"}\n${usage}\n`);
    return 1;
  }
  const [file] = args;
  try {
    const lines = await readSourceFile({ name: path.basename(file), bytes: await readBytes(file) });
    process.stdout.write(`${JSON.stringify(asOutput(splitReport(lines)), null, 2)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof InputError || isAppError(error)) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
