import { describe, expect, it } from "vitest";
import { textToSourceLines } from "@/lib/import/source-lines";

describe("textToSourceLines", () => {
  it("makes one line per CR LF, CR or LF and keeps each line's text as it is", () => {
    expect(textToSourceLines("  一、基本情况\r\n\u2002正文\r\r末行 ")).toEqual([{ text: "  一、基本情况" }, { text: "\u2002正文" }, { text: "" }, { text: "末行 " }]);
  });
});
