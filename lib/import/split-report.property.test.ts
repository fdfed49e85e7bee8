// Whatever the input, the split keeps every character: title, removed furniture, preamble,
// markers, headings and paragraphs together hold exactly the input's non-space characters.
import { describe, expect, it } from "vitest";
import { classifyLines } from "@/lib/import/classify-lines";
import { splitReport } from "@/lib/import/split-report";
import { textToSourceLines } from "@/lib/import/source-lines";
import { compact } from "@/lib/import/text-forms";
import type { SplitReport } from "@/lib/import/types";

/** mulberry32: a small seeded generator, so a failure can be replayed from its seed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pieces = [
  "一、", "二、", "十、", "(一)", "（二）", "(十)", "1.", "2．", "3、", "(1)", "（2）", "1.5亿元", "2022年", "一是", "二是", "首先",
  "基本情况", "学习贯彻习近平法治思想情况", "深化“放管服”改革、优化营商环境情况", "强化理论学习", "筑牢法治根基", "存在的不足和原因",
  "全年共开展学习12次", "我镇", "根据区委要求", "镇党委政府高度重视法治政府建设工作", "重庆市涪陵区某某镇人民政府",
  "2023年法治政府建设工作年度报告", "关于2023年度法治政府建设情况的报告", "2023年1月9日", "二〇二三年一月九日", "2023-01-09",
  "部门", "街镇", "日期:", "字 号:", "成文日期：", "发布日期:", "索引号：", "浏览次数:", "【字体:大 中 小】", "打印", "关闭窗口",
  "分享到:", "微信", "微博", "QQ空间", "扫一扫在手机打开当前页", "上一篇:", "您当前的位置:", "首页 > ", "涪司发〔2024〕3号", "(此件公开发布)",
  "。", "，", ",", "：", ":", "；", "“", "”", "《", "》", "(", ")", "|", "\t", " ", "\u3000", "\u2002", "\u00a0", "\u200b", "a", "Z", "9", "",
];

function randomText(next: () => number): string {
  const lineCount = 1 + Math.floor(next() * 40);
  const lines: string[] = [];
  for (let i = 0; i < lineCount; i++) {
    const pieceCount = Math.floor(next() * 6);
    let line = "";
    for (let j = 0; j < pieceCount; j++) line += pieces[Math.floor(next() * pieces.length)];
    lines.push(line);
  }
  return lines.join(next() < 0.8 ? "\n" : "\r\n");
}

function keptCharacters(report: SplitReport): string {
  return [
    report.title ?? "",
    ...report.removed,
    ...report.preamble,
    ...report.sections.flatMap((s) => [s.marker, s.heading, ...s.paragraphs]),
  ].join("");
}

const sorted = (text: string) => Array.from(compact(text)).sort().join("");

describe("splitReport keeps every character", () => {
  it("holds on 1000 random texts (the message names the seed to replay)", () => {
    for (let seed = 0; seed < 1000; seed++) {
      const text = randomText(random(seed));
      expect(sorted(keptCharacters(splitReport(text))), `seed ${seed}`).toBe(sorted(text));
    }
  });

  it("holds on the fixtures", async () => {
    const { readFileSync, readdirSync } = await import("node:fs");
    const dir = "tests/fixtures/import/corpus";
    for (const file of [...readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => `${dir}/${f}`), "tests/fixtures/import/zhenxi-2022.txt"]) {
      const text = readFileSync(file, "utf8");
      expect(sorted(keptCharacters(splitReport(text))), file).toBe(sorted(text));
    }
  });

  it("splits each heading line into marker, heading and rest without losing a character", () => {
    for (let seed = 1000; seed < 1200; seed++) {
      for (const line of classifyLines(textToSourceLines(randomText(random(seed))))) {
        if (line.role === "heading") expect(compact(`${line.marker}${line.heading}${line.rest ?? ""}`)).toBe(compact(line.text));
      }
    }
  });
});
