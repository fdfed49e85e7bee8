import { describe, expect, it } from "vitest";
import { snippetOfPassage } from "./passage";

describe("snippetOfPassage", () => {
  it("starts the snippet at a paragraph when the passage's first character is a line break", () => {
    const snippet = snippetOfPassage({ passage: "\n全年换发执法证5人。\n二、存在的不足", reachesEnd: false }, ["执法证"])!;
    expect(snippet.parts.map((p) => p.text).join("")).toBe("全年换发执法证5人。");
    expect([snippet.isCutBefore, snippet.isCutAfter]).toEqual([false, false]);
  });

  it("says the snippet is cut when the passage starts or ends inside the paragraph", () => {
    const snippet = snippetOfPassage({ passage: "年换发执法证5人，持证率", reachesEnd: false }, ["执法证"])!;
    expect(snippet.parts.map((p) => p.text).join("")).toBe("换发执法证5人，持证率");
    expect([snippet.isCutBefore, snippet.isCutAfter]).toEqual([true, true]);
    const atEnd = snippetOfPassage({ passage: "年换发执法证5人", reachesEnd: true }, ["执法证"])!;
    expect(atEnd.isCutAfter).toBe(false);
  });

  it("keeps a first character outside the Basic Multilingual Plane whole, and is null without a passage", () => {
    expect(snippetOfPassage({ passage: "𠀀执法证", reachesEnd: true }, ["执法证"])!.parts.map((p) => p.text).join("")).toBe("执法证");
    expect(snippetOfPassage({ passage: null, reachesEnd: false }, ["执法证"])).toBeNull();
  });
});
