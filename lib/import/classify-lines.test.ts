// Heading styles, each written once with half-width punctuation and checked in both widths.
import { describe, expect, it } from "vitest";
import { classifyLines } from "@/lib/import/classify-lines";
import { splitReport } from "@/lib/import/split-report";
import type { SourceLine } from "@/lib/import/types";
import { widths } from "@/tests/fixtures/import/widths";

type Outline = [number, string, string][];

function outline(text: string): Outline {
  return splitReport(text).sections.map((s) => [s.level, s.marker, s.heading]);
}

const body = "镇党委政府高度重视法治政府建设工作,将法治政府建设纳入年度工作计划,作为重要考核目标,层层落实责任。";
const body2 = "全年共开展习近平法治思想专题学习12次,组织法治讲座3次,全镇干部职工参学率100%,学法用法水平明显提升。";

describe.each(widths)("headings in %s text", (_, width) => {
  const w = (text: string) => width(text);
  const wOutline = (rows: Outline): Outline => rows.map(([level, marker, heading]) => [level, w(marker), w(heading)]);

  it("reads 一、 (一) 1. on their own lines as levels 1, 2 and 3", () => {
    const text = w(["一、基本情况", "(一)学习贯彻习近平法治思想情况", "1.加强组织领导", body, "2.健全工作机制", body2, "二、存在的不足和原因", body].join("\n"));
    expect(outline(text)).toEqual(
      wOutline([
        [1, "一、", "基本情况"],
        [2, "(一)", "学习贯彻习近平法治思想情况"],
        [3, "1.", "加强组织领导"],
        [3, "2.", "健全工作机制"],
        [1, "二、", "存在的不足和原因"],
      ]),
    );
  });

  it("reads (1) as level 3 under (一), and 1、 as a level-3 marker", () => {
    const text = w(["一、主要举措", "(一)强化理论学习", "(1)中心组学法", body, "(2)专题讲座", body2, "(二)规范执法行为", "1、执法队伍建设", body].join("\n"));
    expect(outline(text)).toEqual(
      wOutline([
        [1, "一、", "主要举措"],
        [2, "(一)", "强化理论学习"],
        [3, "(1)", "中心组学法"],
        [3, "(2)", "专题讲座"],
        [2, "(二)", "规范执法行为"],
        [3, "1、", "执法队伍建设"],
      ]),
    );
  });

  it("splits a heading run into its paragraph at the 。 or : that closes it", () => {
    const split = splitReport(w(["一、主要举措", `(一)强化理论学习,筑牢法治根基。${body}`, `(二)规范执法行为:${body2}`].join("\n")));
    expect(split.sections.slice(1)).toEqual([
      { level: 2, marker: w("(一)"), heading: w("强化理论学习,筑牢法治根基。"), paragraphs: [w(body)] },
      { level: 2, marker: w("(二)"), heading: w("规范执法行为:"), paragraphs: [w(body2)] },
    ]);
  });

  it("keeps the space after a marker out of marker and heading", () => {
    expect(outline(w(["一、 主要举措", `(一) 强化理论学习。${body}`, `1. 压实主体责任:${body2}`].join("\n")))).toEqual(
      wOutline([
        [1, "一、", "主要举措"],
        [2, "(一)", "强化理论学习。"],
        [3, "1.", "压实主体责任:"],
      ]),
    );
  });

  it("finds a heading glued to its text by a template title or a heading word before the text's opening", () => {
    const split = splitReport(
      w(["一、基本情况", `(一)学习贯彻习近平法治思想情况根据区委要求,${body}`, `(二)法治宣传教育工作2022年,我镇${body2}`].join("\n")),
    );
    expect(split.sections.slice(1).map((s) => [s.heading, s.paragraphs])).toEqual([
      ["学习贯彻习近平法治思想情况", [w(`根据区委要求,${body}`)]],
      [w("法治宣传教育工作"), [w(`2022年,我镇${body2}`)]],
    ]);
  });

  it("makes 1. a level-2 heading under a 一、 that has no (一)", () => {
    const text = w(["一、2024年度推进法治政府建设的主要举措和成效", `1.高擎思想旗帜,提高法治意识。${body}`, `2.健全法治队伍,打造法治校园。${body2}`, "二、存在的不足", "(一)执法力量不足", body, "1.人员少", body2].join("\n"));
    expect(outline(text)).toEqual(
      wOutline([
        [1, "一、", "2024年度推进法治政府建设的主要举措和成效"],
        [2, "1.", "高擎思想旗帜,提高法治意识。"],
        [2, "2.", "健全法治队伍,打造法治校园。"],
        [1, "二、", "存在的不足"],
        [2, "(一)", "执法力量不足"],
        [3, "1.", "人员少"],
      ]),
    );
  });

  it("reads a short unnumbered line between paragraphs as a sub-heading one level down", () => {
    const text = w(["一、主要举措和成效", body, "全面加强党的领导", body2, "依法全面履行政府职能", body, "二、存在的不足", body2].join("\n"));
    expect(outline(text)).toEqual(
      wOutline([
        [1, "一、", "主要举措和成效"],
        [2, "", "全面加强党的领导"],
        [2, "", "依法全面履行政府职能"],
        [1, "二、", "存在的不足"],
      ]),
    );
  });

  it("leaves short lines that end a sentence, introduce a list or stand before a short line as body", () => {
    const text = w(["一、主要举措和成效", body, "全年未发生行政诉讼。", body2, "现将有关情况报告如下", body, "加强组织领导", "成立领导小组。"].join("\n"));
    expect(outline(text)).toEqual(wOutline([[1, "一、", "主要举措和成效"]]));
  });

  it("does not take 一是/二是, 首先/其次 or a numbered list inside a paragraph for headings", () => {
    const text = w(
      [
        "一、主要举措",
        `一是加强组织领导。${body}`,
        `二是健全工作机制。${body2}`,
        `首先,${body}其次,${body2}`,
        `全年重点做了三件事:1.建立台账;2.开展培训;3.督促整改。${body}`,
      ].join("\n"),
    );
    const split = splitReport(text);
    expect(split.sections.map((s) => s.heading)).toEqual(["主要举措"]);
    expect(split.sections[0].paragraphs).toHaveLength(4);
  });

  it("keeps numbered sentences as paragraphs, and a short run-in phrase among them too", () => {
    const long1 = "(一)重点领域矛盾纠纷情况依然严峻,执法队伍建设和力量配备与实际存在差距,我镇执法人员普遍缺乏法律专业背景,工作体量较大,导致我镇执法工作压力较大。";
    const long2 = "(三)部分群众思想守旧,依旧存在信访不信法的现象,对法治政府建设的参与度不高,还需要更广泛的发动村(居)组干部进一步加大宣传力度。";
    const split = splitReport(w(["二、存在的不足和原因", long1, `(二)宣传方式单一。${body}`, long2, "三、下一年度安排", body].join("\n")));
    expect(split.sections.map((s) => s.heading)).toEqual(["存在的不足和原因", "下一年度安排"]);
    expect(split.sections[0].paragraphs).toEqual([w(long1), w(`(二)宣传方式单一。${body}`), w(long2)]);
  });

  it("takes a longer run-in phrase for a heading among sibling headings, not alone among sentences", () => {
    const longPhrase = "(一)狠抓领导干部这个关键少数,全面落实党委理论学习中心组学法制度。";
    const amongHeadings = w(["二、强化依法执政", `${longPhrase}${body}`, `(二)加强公务员的法治宣传教育。${body2}`].join("\n"));
    expect(outline(amongHeadings).map((row) => row[2])).toEqual([
      "强化依法执政",
      w("狠抓领导干部这个关键少数,全面落实党委理论学习中心组学法制度。"),
      "加强公务员的法治宣传教育。",
    ]);
    const long = "(二)部分群众思想守旧,依旧存在信访不信法的现象,对法治政府建设的参与度不高,还需要进一步加大宣传力度。";
    const amongSentences = w(["二、存在的不足", `${longPhrase}${body}`, long, long.replace("(二)", "(三)")].join("\n"));
    expect(outline(amongSentences)).toEqual([[1, "二、", "存在的不足"]]);
  });
});

describe("indentation", () => {
  const spaces = [" ", "\u3000", "\u2002", "\u00a0", "\t", "\u3000\u3000", "\u2002\u2002\u2002"];

  it.each(spaces.map((s) => [JSON.stringify(s), s]))("reads lines indented with %s the same way", (_, space) => {
    const text = [`${space}一、基本情况`, `${space}(一)学习贯彻习近平法治思想情况`, `${space}${body}`, `${space}(二)规范执法。${body2}${space}`].join("\n");
    const split = splitReport(text);
    expect(split.sections.map((s) => [s.level, s.marker, s.heading, s.paragraphs])).toEqual([
      [1, "一、", "基本情况", []],
      [2, "(一)", "学习贯彻习近平法治思想情况", [body]],
      [2, "(二)", "规范执法。", [body2]],
    ]);
  });
});

describe("Word's formatting", () => {
  const lines = (...rows: SourceLine[]) => classifyLines(rows).filter((l) => l.role === "heading");

  it("takes a heading style's level, whatever the numbering says", () => {
    expect(
      lines({ text: "总体情况", styleLevel: 1 }, { text: "(一)学法情况", styleLevel: 3 }, { text: body }, { text: "执法情况", styleLevel: 3 }, { text: body }),
    ).toMatchObject([
      { level: 1, marker: "", heading: "总体情况" },
      { level: 3, marker: "(一)", heading: "学法情况" },
      { level: 3, marker: "", heading: "执法情况" },
    ]);
  });

  it("reads Word's automatic numbering as the marker", () => {
    expect(lines({ text: "基本情况", listMarker: "一、", listLevel: 0 }, { text: "学法情况", listMarker: "（一）", listLevel: 1 }, { text: body })).toMatchObject([
      { level: 1, marker: "一、", heading: "基本情况" },
      { level: 2, marker: "（一）", heading: "学法情况" },
    ]);
  });

  it("lets the bold prefix decide where a run-in heading ends", () => {
    const [heading] = lines({ text: "  （一）强化理论学习全年共开展学习12次。", boldPrefix: 11 });
    expect(heading).toMatchObject({ marker: "（一）", heading: "强化理论学习", rest: "全年共开展学习12次。" });
  });

  it("reads a whole short bold line without a number as a sub-heading", () => {
    expect(lines({ text: "一、主要举措" }, { text: "强化组织领导", boldPrefix: 6 }, { text: body })).toMatchObject([
      { level: 1, heading: "主要举措" },
      { level: 2, marker: "", heading: "强化组织领导" },
    ]);
  });
});
