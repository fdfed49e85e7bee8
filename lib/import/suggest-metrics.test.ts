import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isMetricsSentence, suggestMetrics } from "@/lib/import/suggest-metrics";
import { defaultTemplateSections, type MetricField } from "@/lib/reports/template";

const template = defaultTemplateSections(2022, "TOWN");
const fieldsOf = (key: string): MetricField[] => template.find((t) => t.key === key)!.metrics;
const lawStudy = fieldsOf("law-study");
const enforcement = fieldsOf("enforcement");
const disputes = fieldsOf("disputes");
const allFields = template.flatMap((t) => t.metrics);

const fixture = readFileSync(path.join(process.cwd(), "prisma/data/zhenxi-2022.txt"), "utf8");
const fixtureParagraph = (start: string) => fixture.split("\n").find((line) => line.trim().startsWith(start))!;

const values = (suggestions: { key: string; value: number }[]) => Object.fromEntries(suggestions.map((s) => [s.key, s.value]));

describe("suggestMetrics", () => {
  it("reads the 珍溪镇 law-study figures, each with its sentence", () => {
    const suggestions = suggestMetrics(fixtureParagraph("根据区普法办"), lawStudy);
    expect(values(suggestions)).toEqual({ "study-sessions": 6, lectures: 1, "publicity-events": 6 });
    expect(suggestions[0].sentence).toContain("党委中心组共计开展习近平法治思想学习6次");
    expect(suggestions[0].sentence.endsWith("宪法日等法治宣传")).toBe(true);
  });

  it("reads the brief's wording of the same figures", () => {
    const text = "党委中心组学习开展习近平法治思想学习6次，组织开展习近平法治思想专题讲座1次，法治政府建设及普法宣传会6次。";
    expect(values(suggestMetrics(text, lawStudy))).toEqual({ "study-sessions": 6, lectures: 1, "publicity-events": 6 });
  });

  it("adds up an enumeration the 换发执法证 is said of: 4名…、1名…换发执法证 is 5", () => {
    const suggestions = suggestMetrics(fixtureParagraph("我镇严格按照"), enforcement);
    expect(values(suggestions)).toEqual({ "new-certificates": 5 });
    expect(suggestions[0].sentence).toContain("共计为4名综合行政执法人员、1名应急执法人员换发执法证");
    expect(values(suggestMetrics("共计为4名综合行政执法人员和1名应急执法人员换发执法证。", enforcement))).toEqual({ "new-certificates": 5 });
  });

  it("tells the total of officers from the certified ones", () => {
    const text = "全镇共有执法人员12名，其中持证执法人员10名，全年办理行政处罚案件23件。";
    expect(values(suggestMetrics(text, enforcement))).toEqual({ officers: 12, "certified-officers": 10, "penalty-cases": 23 });
  });

  it("reads Chinese numerals", () => {
    expect(values(suggestMetrics("党委中心组集中学法六次，举办专题讲座两场，开展普法宣传活动十二次。", lawStudy))).toEqual({
      "study-sessions": 6,
      lectures: 2,
      "publicity-events": 12,
    });
    expect(values(suggestMetrics("全年共排查矛盾纠纷一百零五件。", disputes))).toEqual({ "disputes-screened": 105 });
  });

  it("reads full-width digits and thousands separators, and keeps the sentence as written", () => {
    const suggestions = suggestMetrics("开展普法宣传活动１２场，覆盖群众２,０００余人。", lawStudy);
    expect(suggestions).toEqual([{ key: "publicity-events", value: 12, sentence: "开展普法宣传活动１２场，覆盖群众２,０００余人" }]);
    const fields: MetricField[] = [{ key: "audience", label: "受教育群众人次", unit: "人次" }];
    expect(values(suggestMetrics("开展送法下乡活动,受教育群众1,200人次。", fields))).toEqual({ audience: 1200 });
  });

  it("does not read a rate as a count: 调解成功率100% gives no 调解成功件数", () => {
    const suggestions = suggestMetrics("全年排查化解矛盾纠纷56件，调解成功率100%。", disputes);
    expect(values(suggestions)).toEqual({ "disputes-screened": 56 });
    expect(suggestMetrics("调解成功率100％。", disputes)).toEqual([]);
  });

  it("reads 排查 and 调解成功 and 信访 apart", () => {
    const text = "共排查矛盾纠纷120件，调解成功118件；受理群众信访件9件。";
    expect(values(suggestMetrics(text, disputes))).toEqual({ "disputes-screened": 120, "disputes-mediated": 118, petitions: 9 });
  });

  it("ignores years, percentages, money and figures without a unit", () => {
    const text = [
      "2022年中心组学法工作扎实开展。",
      "中心组学法参学率达100%。",
      "投入普法宣传活动经费3万元。",
      "专题讲座经费5000元。",
      "中心组学法6。",
      "出台《法治社会建设工作方案(2021-2025年)》。",
    ].join("\n");
    expect(suggestMetrics(text, lawStudy)).toEqual([]);
  });

  it("ignores ordinals, rates and approximate figures", () => {
    const text = "第3次中心组学法会议召开。中心组每月学法1次。开展普法宣传活动100余次。专题讲座10次以上。";
    expect(suggestMetrics(text, lawStudy)).toEqual([]);
  });

  it("suggests nothing when a figure's words do not fit a label", () => {
    expect(suggestMetrics("推动消防、综合执法、生态环境保护3支执法队伍加强制度建设。组织干部培训3次。", [...lawStudy, ...enforcement])).toEqual([]);
  });

  it("suggests nothing for a field two different figures fit equally well", () => {
    expect(suggestMetrics("上半年专题讲座3次。下半年专题讲座4次。", lawStudy)).toEqual([]);
  });

  it("reads the whole 珍溪镇 report against all of the template's fields", () => {
    expect(values(suggestMetrics(fixture, allFields))).toEqual({
      "study-sessions": 6,
      lectures: 1,
      "publicity-events": 6,
      "new-certificates": 5,
    });
  });

  it("reads the app's own Word sentence exactly, before anything else", () => {
    const text = "党委中心组共计开展习近平法治思想学习8次。\n主要数据：中心组学法次数6次；专题讲座次数1次。";
    const suggestions = suggestMetrics(text, lawStudy);
    expect(suggestions).toEqual([
      { key: "study-sessions", value: 6, sentence: "主要数据：中心组学法次数6次；专题讲座次数1次。" },
      { key: "lectures", value: 1, sentence: "主要数据：中心组学法次数6次；专题讲座次数1次。" },
    ]);
  });

  it("works from an edited template's labels and units, whatever the keys", () => {
    const fields: MetricField[] = [
      { key: "m1", label: "法律顾问审核合同份数", unit: "份" },
      { key: "m2", label: "公职律师人数", unit: "名" },
    ];
    const text = "聘请法律顾问审核各类合同45份，全局现有公职律师3人。";
    expect(values(suggestMetrics(text, fields))).toEqual({ m1: 45, m2: 3 });
    expect(suggestMetrics("主要数据：法律顾问审核合同份数45份；公职律师人数3名。", fields).map((s) => s.value)).toEqual([45, 3]);
  });
});

describe("isMetricsSentence", () => {
  it("recognises the app's own rendering of the figures", () => {
    expect(isMetricsSentence("主要数据：中心组学法次数6次；专题讲座次数1次。", lawStudy)).toBe(true);
    expect(isMetricsSentence("  主要数据:普法宣传活动次数12次。", lawStudy)).toBe(true);
    expect(isMetricsSentence("主要数据：行政处罚案件数23件。", enforcement)).toBe(true);
  });

  it("leaves ordinary text and other fields' sentences alone", () => {
    expect(isMetricsSentence("党委中心组共计开展习近平法治思想学习6次。", lawStudy)).toBe(false);
    expect(isMetricsSentence("主要数据：中心组学法次数6次；执法人员数12人。", lawStudy)).toBe(false);
    expect(isMetricsSentence("主要数据：中心组学法次数六次。", lawStudy)).toBe(false);
    expect(isMetricsSentence("主要数据如下。", lawStudy)).toBe(false);
  });
});
