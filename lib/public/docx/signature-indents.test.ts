import { describe, expect, it } from "vitest";
import { signatureIndents, widthInChars } from "./signature-indents";

describe("widthInChars", () => {
  it("counts Chinese characters as one and digits as half", () => {
    expect(widthInChars("2023年1月9日")).toBe(6);
    expect(widthInChars("重庆市涪陵区珍溪镇人民政府")).toBe(13);
    expect(widthInChars("（一）")).toBe(3);
  });
});

describe("signatureIndents", () => {
  it("indents a long office name two characters and starts the date two characters to its right", () => {
    const indents = signatureIndents("重庆市涪陵区珍溪镇人民政府", "2023年1月9日");
    expect(indents).toEqual({ publisher: 2, date: 7 });
    // Where each line starts, counted from the right edge of the text block.
    const nameStart = indents.publisher + 13;
    const dateStart = indents.date + 6;
    expect(nameStart - dateStart).toBe(2);
  });

  it("keeps the date two characters in when it is longer than the name, and moves the name left", () => {
    expect(signatureIndents("区司法局", "2023年12月31日")).toEqual({ publisher: 7, date: 2 });
  });
});
