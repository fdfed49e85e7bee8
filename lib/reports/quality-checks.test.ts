import { describe, expect, it } from "vitest";
import { copiedThreshold, findPersonalData, hasFigure, sectionWarnings, similarity } from "@/lib/reports/quality-checks";

describe("findPersonalData", () => {
  it("finds an 18-digit ID number and masks it", () => {
    const hits = findPersonalData("当事人张某（身份证号500102198803154512）到镇调解室申请调解。");
    expect(hits).toEqual([{ kind: "id-number", label: "疑似身份证号", masked: "500***********4512" }]);
  });

  it("accepts an X check digit", () => {
    expect(findPersonalData("身份证 50010219900101123X")).toHaveLength(1);
  });

  it("finds mobile numbers, also written with spaces or dashes", () => {
    const hits = findPersonalData("联系电话13812345678，备用 139-1234-5678。");
    expect(hits.map((h) => h.kind)).toEqual(["mobile", "mobile"]);
    expect(hits[0].masked).toBe("138****5678");
  });

  it("does not flag figures, dates, document numbers or landlines", () => {
    const text = "2022年共办理行政处罚案件1234件，涪府发〔2023〕12号，电话023-72212345，投入资金13500000元。";
    expect(findPersonalData(text)).toEqual([]);
  });

  it("does not report an ID number's digits again as a mobile number", () => {
    expect(findPersonalData("500102199001011388").map((h) => h.kind)).toEqual(["id-number"]);
  });
});

describe("hasFigure", () => {
  it("sees Arabic and Chinese figures", () => {
    expect(hasFigure("开展学法6次")).toBe(true);
    expect(hasFigure("开展专题讲座三次")).toBe(true);
  });
  it("finds none in vague text", () => {
    expect(hasFigure("高度重视，扎实推进，取得明显成效。")).toBe(false);
  });
});

describe("similarity", () => {
  const lastYear = "镇党委政府高度重视法治政府建设工作，将法治政府建设纳入年度工作计划，作为重要考核目标，重点部署研究。";
  it("is 1 for the same text and 0 for unrelated text", () => {
    expect(similarity(lastYear, lastYear)).toBe(1);
    expect(similarity(lastYear, "今年新建三个调解室")).toBe(0);
  });
  it("flags text copied with a few words changed", () => {
    const copied = lastYear.replace("年度工作计划", "2023年度工作计划");
    expect(similarity(copied, lastYear)).toBeGreaterThan(copiedThreshold);
  });
  it("does not flag a rewrite on the same subject", () => {
    const rewritten = "今年我们把依法行政列入各站所考核，召开专题会议四次，对三件重大决策开展合法性审查。";
    expect(similarity(rewritten, lastYear)).toBeLessThan(copiedThreshold);
  });
  it("is 0 when either text is empty", () => {
    expect(similarity("", lastYear)).toBe(0);
  });
});

describe("sectionWarnings", () => {
  it("warns about personal data and missing figures, never about group headings", () => {
    expect(sectionWarnings({ key: "a", title: "甲", body: "联系人电话13812345678", isGroup: false }).map((w) => w.message)).toEqual([
      "疑似手机号码 138****5678，公开前请删除或脱敏。",
    ]);
    expect(sectionWarnings({ key: "b", title: "乙", body: "扎实推进。", isGroup: false })[0].message).toContain("没有任何数字");
    expect(sectionWarnings({ key: "c", title: "丙", body: "扎实推进。", isGroup: true })).toEqual([]);
  });

  it("counts filled metric fields as figures, and only filled ones", () => {
    const section = { key: "law-study", title: "学法", body: "坚持学法制度，扎实推进。", isGroup: false };
    expect(sectionWarnings({ ...section, metrics: { meetings: 4, lectures: null } })).toEqual([]);
    expect(sectionWarnings({ ...section, metrics: { meetings: 0 } })).toEqual([]);
    for (const metrics of [{ meetings: null, lectures: null }, {}, null, undefined]) {
      expect(sectionWarnings({ ...section, metrics }).map((w) => w.message), JSON.stringify(metrics)).toEqual(["本部分没有任何数字，建议用具体数据说明工作成效。"]);
    }
  });
});
