import { z } from "zod";

// zod's own zh-CN locale still names JavaScript types ("期望 string，实际接收 object") and
// prints regular expressions: readable to a developer, not to a clerk. This map says the same
// things in plain Chinese. It is the lowest-priority message source, so every message a schema
// writes itself still wins. Imported for its side effect by lib/env.ts (which every server
// bundle loads), instrumentation.ts (runs once at server start) and every schemas module
// (which brings it into any browser bundle that validates); the setting lives on globalThis,
// shared by every copy of zod in the process.

type Issue = Parameters<z.core.$ZodErrorMap>[0];

const typeNames: Record<string, string> = {
  string: "文字",
  number: "数字",
  int: "整数",
  bigint: "整数",
  boolean: "“是”或“否”",
  date: "日期",
  array: "列表",
  tuple: "列表",
  set: "列表",
  object: "一组字段",
  record: "一组字段",
  map: "一组字段",
  file: "文件",
};

const formatNames: Record<string, string> = {
  email: "电子邮件地址",
  url: "网址",
  date: "日期（如 2026-03-31）",
  datetime: "日期和时间",
  time: "时间",
  uuid: "编号",
  cuid: "编号",
  cuid2: "编号",
  ipv4: "IP 地址",
  ipv6: "IP 地址",
};

const number = (value: unknown) => (typeof value === "number" ? value.toLocaleString("zh-CN") : String(value));

function tooBig(issue: Extract<Issue, { code: "too_big" }>): string {
  const max = number(issue.maximum);
  switch (issue.origin) {
    case "string":
      return issue.inclusive ? `不能超过 ${max} 个字。` : `应少于 ${max} 个字。`;
    case "array":
    case "set":
      return `最多 ${max} 项。`;
    case "file":
      return `文件不能超过 ${max} 字节。`;
    case "date":
      return "日期太晚。";
    default:
      return issue.inclusive ? `不能大于 ${max}。` : `应小于 ${max}。`;
  }
}

function tooSmall(issue: Extract<Issue, { code: "too_small" }>): string {
  const min = number(issue.minimum);
  switch (issue.origin) {
    case "string":
      return Number(issue.minimum) <= 1 ? "不能为空。" : `至少 ${min} 个字。`;
    case "array":
    case "set":
      return Number(issue.minimum) <= 1 ? "请至少选择一项。" : `至少 ${min} 项。`;
    case "date":
      return "日期太早。";
    default:
      return issue.inclusive ? `不能小于 ${min}。` : `应大于 ${min}。`;
  }
}

/** Plain-Chinese messages for every issue zod can raise; never English, never a type name. */
export function chineseErrorMessage(issue: Issue): string {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return "缺少此项。";
      return `应为${typeNames[issue.expected] ?? "有效的值"}。`;
    case "too_big":
      return tooBig(issue);
    case "too_small":
      return tooSmall(issue);
    case "invalid_format":
      return `${formatNames[issue.format] ?? "格式"}不正确。`;
    case "not_multiple_of":
      return `应为 ${number(issue.divisor)} 的倍数。`;
    case "unrecognized_keys":
      return "包含无法识别的字段。";
    case "invalid_value":
      return "所选的值无效。";
    default:
      return "填写内容无效。";
  }
}

z.config({ localeError: chineseErrorMessage });
