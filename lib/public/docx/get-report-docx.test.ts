import { describe, expect, it } from "vitest";
import { zhenxiReport } from "@/tests/fixtures/zhenxi-report";
import { paragraphsOf, readDocxParts } from "@/tests/docx-xml";
import { reportForDocx } from "./build-report-docx";
import { getReportDocx } from "./get-report-docx";

const texts = (file: Buffer) => paragraphsOf(readDocxParts(file)["word/document.xml"]).map((p) => p.text);

describe("getReportDocx", () => {
  it("builds a text once, concurrent requests included, and a changed text anew", async () => {
    const report = reportForDocx(zhenxiReport());
    const [a, b] = await Promise.all([getReportDocx(report), getReportDocx(reportForDocx(zhenxiReport()))]);
    expect(b).toBe(a);
    expect(await getReportDocx(report)).toBe(a);

    const corrected = { ...report, correction: { note: "更正了执法人员数。", at: new Date("2023-03-01T00:00:00Z") } };
    const file = await getReportDocx(corrected);
    expect(file).not.toBe(a);
    expect(texts(file).at(-1)).toBe("（2023年3月1日更正。更正说明：更正了执法人员数。）");
    expect(texts(a)).not.toContain("（2023年3月1日更正。更正说明：更正了执法人员数。）");
  });
});
