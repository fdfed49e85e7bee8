import { describe, expect, it } from "vitest";
import { z } from "zod";
import "@/lib/validation/zod-locale";
import { batchPublishSchema, commentSchema, publishSchema, returnSchema, saveSectionSchema } from "@/lib/reports/schemas";
import { credentialsSchema } from "@/lib/auth/schemas";

function messagesOf(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  expect(result.success).toBe(false);
  return result.error!.issues.map((issue) => issue.message);
}

function expectChineseOnly(messages: string[]) {
  expect(messages.length).toBeGreaterThan(0);
  for (const message of messages) {
    expect(message, message).toMatch(/\p{Script=Han}/u);
    expect(message, message).not.toMatch(/[A-Za-z]/);
  }
}

describe("zod messages", () => {
  it("are Chinese for bad section saves, whatever the shape of the input", () => {
    for (const input of [
      null,
      "text",
      [1, 2],
      { reportId: { a: 1 }, key: 5, version: "x", title: "", body: 123, metrics: "nope" },
      { reportId: "r", key: "k", version: 1, title: "标题", body: "字".repeat(20_001), metrics: { a: -1, b: 1.5, c: "abc" } },
    ]) {
      expectChineseOnly(messagesOf(saveSectionSchema, input));
    }
  });

  it("are Chinese for bad comments, decisions and publications", () => {
    expectChineseOnly(messagesOf(commentSchema, { reportId: "", sectionKey: 7, body: "  " }));
    expectChineseOnly(messagesOf(commentSchema, {}));
    expectChineseOnly(messagesOf(returnSchema, { reportId: 1, version: 0, comment: ["x"] }));
    expectChineseOnly(messagesOf(publishSchema, { reportId: 1, version: -1, publishedAt: "2026/1/1", docNumber: {}, correctionNote: "字".repeat(3000) }));
    expectChineseOnly(messagesOf(batchPublishSchema, { publishedAt: 5, reports: "x" }));
    expectChineseOnly(messagesOf(batchPublishSchema, { reports: [] }));
  });

  it("are Chinese for bad sign-ins", () => {
    expectChineseOnly(messagesOf(credentialsSchema, {}));
    expectChineseOnly(messagesOf(credentialsSchema, { login: ["zhenxi"], password: 5 }));
    expectChineseOnly(messagesOf(credentialsSchema, { login: "a".repeat(65), password: "" }));
  });

  it("are Chinese for every kind of issue, while a schema's own message still wins", () => {
    const kinds = z.object({
      email: z.email(),
      url: z.url(),
      choice: z.enum(["TOWN", "DEPARTMENT"]),
      either: z.union([z.number(), z.boolean()]),
      even: z.number().multipleOf(2),
      list: z.array(z.string()).max(1),
      strict: z.strictObject({ a: z.string() }),
      custom: z.string().refine(() => false),
    });
    const messages = messagesOf(kinds, { email: "x", url: "::", choice: "CITY", either: "x", even: 3, list: ["a", "b"], strict: { a: "a", b: 1 }, custom: "x" });
    expect(messages).toHaveLength(8);
    expectChineseOnly(messages);
    expect(messagesOf(z.string().min(1, "请填写小标题。"), "")).toEqual(["请填写小标题。"]);
  });

  it("name the limit in the reader's terms", () => {
    expect(messagesOf(z.string().max(20_000), "字".repeat(20_001))).toEqual(["不能超过 20,000 个字。"]);
    expect(messagesOf(z.string().min(1), "")).toEqual(["不能为空。"]);
    expect(messagesOf(z.object({ a: z.string() }), {})).toEqual(["缺少此项。"]);
    expect(messagesOf(z.string(), {})).toEqual(["应为文字。"]);
  });
});
