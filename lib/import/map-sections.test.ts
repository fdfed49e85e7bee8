import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { mapSections, templateSuggestionsFor, type SectionMapping } from "@/lib/import/map-sections";
import type { SplitSection } from "@/lib/import/types";
import { defaultTemplateSections, type TemplateSectionDef } from "@/lib/reports/template";

const fixtureLines = readFileSync(path.join(process.cwd(), "prisma/data/zhenxi-2022.txt"), "utf8")
  .split("\n")
  .map((line) => line.trim())
  .filter((line) => line !== "");

/** The fixture paragraph that starts with `start`, as the source has it. */
function paragraph(start: string): string {
  const found = fixtureLines.find((line) => line.startsWith(start));
  if (!found) throw new Error(`no paragraph starts with ${start}`);
  return found;
}

function section(level: 1 | 2 | 3, marker: string, heading: string, paragraphs: string[] = []): SplitSection {
  return { level, marker, heading, paragraphs };
}

/** The 珍溪镇 2022 outline, as a splitter would hand it over: the numbered paragraphs under 二、三、 stay body text. */
const zhenxi: SplitSection[] = [
  section(1, "一、", "基本情况"),
  section(2, "(一)", "学习贯彻习近平法治思想情况", [paragraph("根据区普法办")]),
  section(2, "(二)", "深化“放管服”改革、优化营商环境情况", [paragraph("2022年,我镇持续深化")]),
  section(2, "(三)", "依法行政制度体系建设情况", [paragraph("镇党委政府高度重视法治政府建设工作")]),
  section(2, "(四)", "重大决策部署落实情况", [paragraph("我镇进一步细化")]),
  section(2, "(五)", "行政执法工作情况", [paragraph("我镇严格按照")]),
  section(2, "(六)", "行政权力运行及受监督情况", [paragraph("2022年我镇在换届")]),
  section(2, "(七)", "矛盾纠纷化解情况", [paragraph("镇党委政府高度重视矛盾纠纷")]),
  section(1, "二、", "存在的不足和原因", [paragraph("(一)重点领域"), paragraph("(二)部分群众")]),
  section(1, "三、", "下一年度推进法治政府建设的主要安排", [paragraph("(一)切实加强"), paragraph("(二)持续加强")]),
];

/** A department's own wording: a dated works heading, sub-headings as slogans, 问题 and 打算. */
const department: SplitSection[] = [
  section(1, "一、", "2023年法治政府建设主要工作", ["2023年，我局坚持以习近平新时代中国特色社会主义思想为指导，全面推进依法行政。"]),
  section(2, "（一）", "强化理论学习，筑牢法治根基", [
    "局党组理论学习中心组开展习近平法治思想专题学习4次，举办领导干部学法专题讲座2次，落实会前学法制度，全年会前学法12次。",
  ]),
  section(2, "（二）", "优化营商环境，深化放管服改革", [
    "全面推行证明事项告知承诺制，取消证明材料8项；政务服务事项全部实现“一网通办”，审批时限平均压缩50%，持续优化服务市场主体。",
  ]),
  section(2, "（三）", "健全制度体系，严格规范性文件管理", [
    "制定出台规范性文件3件，全部经过合法性审核并按时报送备案审查；开展规范性文件清理，废止2件。聘请法律顾问参与重大事项研究。",
  ]),
  section(2, "（四）", "严格规范公正文明执法", [
    "全面落实行政执法“三项制度”，全年办理行政处罚案件56件，执法人员持证上岗率100%，组织执法人员培训3期。",
  ]),
  section(2, "（五）", "自觉接受监督，规范权力运行", [
    "认真办理人大代表建议和政协委员提案15件；办理行政复议案件2件，行政应诉案件1件，负责人出庭应诉率100%；及时主动做好政务公开。",
  ]),
  section(2, "（六）", "深入开展法治宣传", [
    "深入落实“谁执法谁普法”普法责任制，围绕宪法宣传周、民法典宣传月开展普法活动12场，推进“八五”普法规划落实。",
  ]),
  section(1, "二、", "存在的问题", ["一是执法人员专业化水平有待提高；二是普法宣传形式较为单一，针对性不强。"]),
  section(1, "三、", "下一步工作打算", ["一是加强执法队伍建设；二是创新普法形式，提升普法实效。"]),
];

const keysOf = (mappings: SectionMapping[]) =>
  mappings.map((m) => (m.target.kind === "template" ? m.target.key : m.target.kind === "extra" ? `extra:${m.target.parentKey}` : m.target.kind));

describe("mapSections", () => {
  it("places the 珍溪镇 2022 outline in the 2022 template by identical titles", () => {
    const mappings = mapSections(zhenxi, defaultTemplateSections(2022, "TOWN"));
    expect(keysOf(mappings)).toEqual([
      "overview",
      "law-study",
      "reform",
      "rules",
      "decisions",
      "enforcement",
      "oversight",
      "disputes",
      "shortcomings",
      "plans",
    ]);
    expect(mappings.map((m) => m.reason)).toEqual(Array(10).fill("标题相同"));
    expect(mappings.map((m) => m.source)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("places the 珍溪镇 2022 outline in the 2023 template: 基本情况 as 主要举措和成效", () => {
    const mappings = mapSections(zhenxi, defaultTemplateSections(2023, "TOWN"));
    expect(keysOf(mappings)).toEqual([
      "measures",
      "law-study",
      "reform",
      "rules",
      "decisions",
      "enforcement",
      "oversight",
      "disputes",
      "shortcomings",
      "plans",
    ]);
    expect(mappings[0].reason).toMatch(/^同义标题：基本情况 ≈ 主要举措和成效/);
  });

  it("places the 珍溪镇 sub-sections by their text alone when their headings say nothing", () => {
    const anonymous = zhenxi.map((s) => (s.level === 2 ? { ...s, heading: "工作情况" } : s));
    const mappings = mapSections(anonymous, defaultTemplateSections(2023, "TOWN"));
    expect(keysOf(mappings).slice(1, 8)).toEqual(["law-study", "reform", "rules", "decisions", "enforcement", "oversight", "disputes"]);
    expect(mappings[1].reason).toMatch(/^按关键词：/);
  });

  it("places a department's own-worded report in the 2023 template", () => {
    const mappings = mapSections(department, defaultTemplateSections(2023, "DEPARTMENT"));
    expect(keysOf(mappings)).toEqual([
      "measures",
      "law-study",
      "reform",
      "rules",
      "enforcement",
      "oversight",
      "publicity",
      "shortcomings",
      "plans",
    ]);
    expect(mappings[0].reason).toBe("同义标题：2023年法治政府建设主要工作 ≈ 主要举措和成效；小节内容相符");
    expect(mappings[1].reason).toMatch(/^按关键词：.*(学法|中心组|理论学习)/);
    expect(mappings[7].reason).toBe("同义标题：存在的问题 ≈ 存在的不足和原因");
    expect(mappings[8].reason).toBe("同义标题：下一步工作打算 ≈ 下一年度推进法治政府建设的主要安排");
  });

  it("places the department report in the 2022 template, its 法治宣传 sub-section as an extra there", () => {
    const mappings = mapSections(department, defaultTemplateSections(2022, "DEPARTMENT"));
    expect(keysOf(mappings)).toEqual([
      "overview",
      "law-study",
      "reform",
      "rules",
      "enforcement",
      "oversight",
      "extra:overview",
      "shortcomings",
      "plans",
    ]);
  });

  it("matches the own-worded sub-headings of the brief to their topics", () => {
    const sections = [
      section(1, "一、", "主要工作"),
      section(2, "（一）", "多元化解矛盾纠纷", ["全年排查矛盾纠纷120件，调解成功118件，信访件办结率100%。"]),
      section(2, "（二）", "严格规范公正文明执法", ["落实行政执法公示制度，办理行政处罚案件20件。"]),
      section(2, "（三）", "优化营商环境，深化放管服改革", ["推进简政放权，政务服务事项全程网办。"]),
      section(2, "（四）", "强化理论学习，筑牢法治根基", ["党委中心组学法6次。"]),
    ];
    expect(keysOf(mapSections(sections, defaultTemplateSections(2022, "TOWN")))).toEqual([
      "overview",
      "disputes",
      "enforcement",
      "reform",
      "law-study",
    ]);
  });

  it("places a level-1 heading no synonym knows by what its sub-sections are about", () => {
    const sections = [
      section(1, "一、", "聚焦群众急难愁盼问题，推动法治建设走深走实"),
      section(2, "（一）", "强化理论学习，筑牢法治根基", ["党委中心组学法6次。"]),
      section(2, "（二）", "多元化解矛盾纠纷", ["全年排查矛盾纠纷120件。"]),
      section(1, "二、", "存在的不足", ["执法力量不足，群众参与度不高。"]),
    ];
    const mappings = mapSections(sections, defaultTemplateSections(2023, "TOWN"));
    expect(keysOf(mappings)).toEqual(["measures", "law-study", "disputes", "shortcomings"]);
    expect(mappings[0].reason).toBe("按小节内容");
  });

  it("folds level-3 headings, and sub-headings under a section that has none, into their parent", () => {
    const sections = [
      section(1, "一、", "基本情况"),
      section(2, "（一）", "行政执法工作情况", ["严格落实行政执法“三项制度”。"]),
      section(3, "1.", "执法队伍建设", ["全镇共有执法人员12名。"]),
      section(1, "二、", "存在的不足和原因"),
      section(2, "（一）", "执法力量不足", ["执法人员普遍缺乏法律专业背景。"]),
      section(2, "（二）", "群众参与度不高", ["部分群众依旧存在信访不信法的现象。"]),
    ];
    const mappings = mapSections(sections, defaultTemplateSections(2022, "TOWN"));
    expect(keysOf(mappings)).toEqual(["overview", "enforcement", "fold", "shortcomings", "fold", "fold"]);
  });

  it("folds level-2 sections when the template has no level 2 at all", () => {
    const flat = defaultTemplateSections(2022, "TOWN")
      .filter((t) => t.level === 1)
      .map((t) => ({ ...t }));
    const mappings = mapSections(zhenxi, flat);
    expect(keysOf(mappings)).toEqual(["overview", ...Array(7).fill("fold"), "shortcomings", "plans"]);
  });

  it("keeps what the template has no place for as extras, and empty leftovers as unplaced", () => {
    const sections = [
      section(1, "一、", "基本情况"),
      section(2, "（一）", "学习贯彻习近平法治思想情况", ["中心组学法6次。"]),
      section(2, "（二）", "加强党风廉政建设", ["召开党风廉政建设专题会议，签订目标责任书。"]),
      section(1, "二、", "安全生产工作", ["全年开展安全生产大检查，排查整改隐患，未发生较大以上安全事故，全镇安全形势总体平稳。"]),
      section(2, "（一）", "隐患排查", ["排查整改隐患32处。"]),
      section(1, "三、", "附件"),
      section(1, "四、", "存在的不足和原因", ["执法力量不足。"]),
    ];
    const mappings = mapSections(sections, defaultTemplateSections(2022, "TOWN"));
    expect(keysOf(mappings)).toEqual(["overview", "law-study", "extra:overview", "extra:null", "fold", "unplaced", "shortcomings"]);
    expect(mappings.map((m) => m.source)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it("fills each template section once: a second 执法 section becomes an extra", () => {
    const sections = [
      section(1, "一、", "基本情况"),
      section(2, "（一）", "推进综合行政执法改革", ["整合执法队伍。"]),
      section(2, "（二）", "行政执法工作情况", ["办理行政处罚案件20件。"]),
    ];
    const mappings = mapSections(sections, defaultTemplateSections(2022, "TOWN"));
    expect(keysOf(mappings)).toEqual(["overview", "extra:overview", "enforcement"]);
  });

  it("matches an 其他 heading and a leadership heading in the 2023 template", () => {
    const sections = [
      section(1, "一、", "主要举措和成效", ["全年工作有序推进。"]),
      section(1, "二、", "党政主要负责人履行推进法治建设第一责任人职责情况", ["主要负责人带头学法，专题研究法治建设4次。"]),
      section(1, "三、", "存在的不足"),
      section(1, "四、", "2024年工作计划"),
      section(1, "五、", "其他", ["无。"]),
    ];
    expect(keysOf(mapSections(sections, defaultTemplateSections(2023, "TOWN")))).toEqual([
      "measures",
      "leadership",
      "shortcomings",
      "plans",
      "other",
    ]);
  });

  it("breaks a tie by position and says so", () => {
    const body = ["全年围绕法治政府建设目标，扎实推进各项工作，取得明显成效。"];
    const sections = [section(1, "一、", "主要工作", body), section(1, "二、", "主要工作", body)];
    const mappings = mapSections(sections, defaultTemplateSections(2023, "TOWN"));
    expect(keysOf(mappings)).toEqual(["measures", "extra:null"]);
    expect(mappings[0].reason).toMatch(/按位置$/);
  });

  it("works from an edited template's titles, whatever its keys", () => {
    const edited: TemplateSectionDef[] = defaultTemplateSections(2023, "TOWN").map((t, i) => ({
      ...t,
      key: `k${i}`,
      parentKey: t.parentKey === null ? null : "k0",
    }));
    const renamed = edited.map((t) =>
      t.title === "主要举措和成效"
        ? { ...t, title: "年度工作开展情况" }
        : t.title === "行政执法工作情况"
          ? { ...t, title: "严格规范公正文明执法", guidance: "写明执法队伍和执法案件办理情况。" }
          : t.title === "法治宣传教育情况"
            ? { ...t, title: "法律顾问和公职律师工作", guidance: "写明法律顾问参与决策和审核的情况。" }
            : t,
    );
    const sections = [
      section(1, "一、", "基本情况"),
      section(2, "（一）", "强化理论学习", ["中心组学法6次。"]),
      section(2, "（二）", "发挥法律顾问作用", ["聘请常年法律顾问1名，公职律师参与合同审查20件。"]),
      section(2, "（三）", "行政执法工作", ["办理行政处罚案件20件，执法人员全部持证上岗。"]),
      section(1, "二、", "问题和不足", ["执法力量不足。"]),
    ];
    const byKey = new Map(renamed.map((t) => [t.key, t.title]));
    const mappings = mapSections(sections, renamed);
    expect(keysOf(mappings).map((key) => byKey.get(key) ?? key)).toEqual([
      "年度工作开展情况",
      "学习贯彻习近平法治思想情况",
      "法律顾问和公职律师工作",
      "严格规范公正文明执法",
      "存在的不足和原因",
    ]);
  });

  it("never drops a section", () => {
    const sections = [section(3, "1.", "孤立的三级标题"), section(2, "（一）", "无上级的小节", ["一段没有上级标题的正文，长度足够作为正文保留下来。"])];
    const mappings = mapSections(sections, defaultTemplateSections(2022, "TOWN"));
    expect(mappings.map((m) => m.source)).toEqual([0, 1]);
    expect(keysOf(mappings)).toEqual(["unplaced", "extra:null"]);
  });
});

describe("templateSuggestionsFor", () => {
  it("ranks every template section for the re-map drop-down, the likeliest first", () => {
    const template = defaultTemplateSections(2023, "TOWN");
    const ranked = templateSuggestionsFor(section(2, "（七）", "多元化解矛盾纠纷", [paragraph("镇党委政府高度重视矛盾纠纷")]), template);
    expect(ranked[0].key).toBe("disputes");
    expect(ranked.map((r) => r.key).sort()).toEqual(template.map((t) => t.key).sort());
    expect(ranked.every((r, i) => i === 0 || ranked[i - 1].score >= r.score)).toBe(true);
  });

  it("ranks level-1 headings by their synonyms", () => {
    const ranked = templateSuggestionsFor(section(1, "三、", "下一步工作打算"), defaultTemplateSections(2023, "TOWN"));
    expect(ranked[0]).toMatchObject({ key: "plans" });
    expect(ranked[0].score).toBeGreaterThan(0.5);
  });
});
