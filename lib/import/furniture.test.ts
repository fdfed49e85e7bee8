// Page furniture, the title and the signature: recognised, listed in `removed`, kept out of the body.
import { describe, expect, it } from "vitest";
import { matchFurniture } from "@/lib/import/furniture";
import { splitReport } from "@/lib/import/split-report";
import { widths } from "@/tests/fixtures/import/widths";

const title = "重庆市涪陵区某某镇人民政府2023年法治政府建设工作年度报告";
const body = "镇党委政府高度重视法治政府建设工作,将法治政府建设纳入年度工作计划,作为重要考核目标,层层落实责任。";

/** A report with the given lines around it; returns what was removed and what stayed. */
function around(before: string[], after: string[] = []) {
  const split = splitReport([...before, title, "一、基本情况", body, ...after].join("\n"));
  return { ...split, kept: split.sections.flatMap((s) => s.paragraphs) };
}

describe("matchFurniture", () => {
  const cases: [string, string][] = [
    ["部  门", "导航栏"],
    ["街\u00a0\u00a0镇", "导航栏"],
    ["您当前的位置:首页 > 政务公开 > 法治政府建设", "面包屑导航"],
    ["当前位置:首页>信息公开", "面包屑导航"],
    ["首页 > 政府信息公开 > 法治政府建设年度报告", "面包屑导航"],
    ["今天是:2024年3月1日 星期五", "页眉"],
    ["无障碍 简体 | 繁体", "站点工具栏"],
    ["索引号:11500102MB1530001/2023-00012", "元数据"],
    ["发布机构:重庆市涪陵区某某镇人民政府", "元数据"],
    ["主题分类:综合政务", "元数据"],
    ["体裁分类:报告", "元数据"],
    ["有效性:有效", "元数据"],
    ["生效日期:2023-01-10", "日期"],
    ["来源:某某镇", "来源"],
    ["文章来源:司法局 更新时间:2021/03/29 11:30:01", "来源"],
    ["浏览次数:1024", "浏览次数"],
    ["阅读次数: 35", "浏览次数"],
    ["访问量:12", "浏览次数"],
    ["【字体:大 中 小】", "字体大小"],
    ["字号:大 中 小", "字体大小"],
    ["打印", "打印/关闭"],
    ["【打印本页】 【关闭窗口】", "打印/关闭"],
    ["【关闭】", "打印/关闭"],
    ["分享到:", "分享栏"],
    ["分享文章到:", "分享栏"],
    ["分享到: 微信 微博 QQ空间", "分享栏"],
    ["微信 微博 QQ空间", "分享栏"],
    ["作者:张三", "署名"],
    ["编辑:李四", "署名"],
    ["【责任编辑:王五】", "署名"],
    ["扫一扫在手机打开当前页", "二维码"],
    ["相关链接", "相关链接"],
    ["上一篇:某某镇2022年法治政府建设年度报告", "上一篇/下一篇"],
    ["下一篇:无", "上一篇/下一篇"],
    ["(此件公开发布)", "公开属性"],
    ["主办:重庆市涪陵区人民政府办公室", "页脚"],
    ["渝ICP备05003300号", "页脚"],
    ["网站地图 | 联系我们", "页脚"],
  ];

  describe.each(widths)("in %s text", (_, width) => {
    it.each(cases)("recognises %s as %s", (text, reason) => {
      expect(matchFurniture(width(text))?.reason).toBe(reason);
    });
  });

  it("reads the dates and 字号 that metadata carries", () => {
    expect(matchFurniture("日期:2023-01-09")).toMatchObject({ date: "2023-01-09" });
    expect(matchFurniture("发布日期：2023年1月10日")).toMatchObject({ date: "2023-01-10" });
    expect(matchFurniture("时间:2023-02-28 15:36 浏览量:1")).toMatchObject({ date: "2023-02-28" });
    expect(matchFurniture("生效日期:2023-01-10")?.date).toBeUndefined();
    expect(matchFurniture("字 号:")).toMatchObject({ reason: "字号", docNumber: "" });
    expect(matchFurniture("字号：无")).toMatchObject({ docNumber: "" });
    expect(matchFurniture("发文字号：涪珍府发〔2023〕3号")).toMatchObject({ docNumber: "涪珍府发〔2023〕3号" });
    expect(matchFurniture("字号: 打印")?.docNumber).toBeUndefined();
  });

  it("reads a portal's table pasted onto one line", () => {
    expect(matchFurniture("索引号：\t11500102MB1530001/2023-00012\t发布机构：某某镇\t成文日期：2023-01-09\t字号：某府发〔2023〕1号")).toEqual({
      reason: "元数据",
      date: "2023-01-09",
      docNumber: "某府发〔2023〕1号",
    });
    expect(matchFurniture("索 引 号\t11500102MB1530001")).toMatchObject({ reason: "元数据" });
  });

  it("leaves report text alone", () => {
    for (const text of [
      body,
      "来源于群众的意见建议全部办结。",
      "时间紧、任务重,我镇全力推进。",
      "分享经验做法,推动工作落实。",
      "编辑出版《法治宣传手册》1000册。",
      "审核规范性文件25件。",
      "一、基本情况",
      "农历春节期间开展法治宣传活动3场,发放资料500余份,群众反响良好,营造了浓厚的法治氛围。",
    ]) {
      expect(matchFurniture(text), text).toBeNull();
    }
  });
});

describe("furniture in context", () => {
  it("takes a label's value from the line under it", () => {
    const split = around(["索引号：", "11500102MB1530001", "成文日期：", "2023-01-09", "字号：", "涪珍府发〔2023〕3号"]);
    expect(split.removed).toEqual(["索引号：", "11500102MB1530001", "成文日期：", "2023-01-09", "字号：", "涪珍府发〔2023〕3号"]);
    expect(split.date).toBe("2023-01-09");
    expect(split.docNumber).toBe("涪珍府发〔2023〕3号");
  });

  it("returns 字号 '' when the page shows it empty and null when it has none", () => {
    expect(around(["字 号:"]).docNumber).toBe("");
    expect(around([]).docNumber).toBeNull();
  });

  it("prefers 成文日期 to 发布日期, wherever each stands", () => {
    expect(around(["发布日期：2023-01-12", "成文日期：2023-01-09"]).date).toBe("2023-01-09");
    expect(around(["发布日期：2023-01-12", "日期：2023-01-11"]).date).toBe("2023-01-12");
  });

  it("removes the page's header lines above the title", () => {
    const split = around(["今天是:2019年10月31日 星期三 农历十月初七", "工作报告", "", "您所在的位置:政务公开 > 工作报告", "2025-03-20"]);
    expect(split.removed).toEqual(["今天是:2019年10月31日 星期三 农历十月初七", "工作报告", "您所在的位置:政务公开 > 工作报告", "2025-03-20"]);
    expect(split.title).toBe(title);
    expect(split.date).toBeNull();
  });

  it("removes closing furniture: share bar and targets, print and close, QR code, links", () => {
    const closing = ["【打印本页】【关闭窗口】", "分享到：", "微信  微博  QQ空间", "扫一扫在手机打开当前页", "相关链接", "上一篇：某某镇2022年度报告", "下一篇：无"];
    const split = around([], closing);
    expect(split.removed).toEqual(closing);
    expect(split.kept).toEqual([body]);
  });

  it("takes the signature out and its date when the page gives none", () => {
    const signature = ["重庆市涪陵区某某镇人民政府", "2023年1月9日"];
    expect(around([], signature)).toMatchObject({ removed: signature, date: "2023-01-09", kept: [body] });
    expect(around(["发布日期：2023-01-12"], signature).date).toBe("2023-01-12");
    expect(around([], ["某某镇人民政府 二〇二三年一月九日", "（此件公开发布）"])).toMatchObject({ date: "2023-01-09", kept: [body] });
  });

  it("lists a note after the signature (附注, such as the app's correction note) as removed, not as a section's text", () => {
    const note = "（2024年3月1日更正。更正说明：更正了执法人员人数。）";
    const split = around([], ["某某镇人民政府", "2023年1月9日", note]);
    expect(split.removed).toEqual(["某某镇人民政府", "2023年1月9日", note]);
    expect(split.kept).toEqual([body]);
  });

  it("reads the 字号 line the app's Word export puts above the title", () => {
    expect(around(["涪司发〔2024〕3号", ""])).toMatchObject({ docNumber: "涪司发〔2024〕3号", removed: ["涪司发〔2024〕3号"] });
  });
});

describe("the title", () => {
  it("joins a title broken over lines", () => {
    const split = splitReport(["南岸区司法局", "关于2022年度法治政府建设情况的报告", body, "一、主要举措", body].join("\n"));
    expect(split.title).toBe("南岸区司法局关于2022年度法治政府建设情况的报告");
    expect(splitReport(["某某乡人民政府关于2023年度法治政府建设", "工作的报告", "一、主要举措", body].join("\n")).title).toBe(
      "某某乡人民政府关于2023年度法治政府建设工作的报告",
    );
  });

  it("removes a second copy of the title, whole or broken over lines", () => {
    const once = splitReport([title, "日期:2023-01-09", title, "一、基本情况", body].join("\n"));
    expect(once).toMatchObject({ title, removed: ["日期:2023-01-09", title] });
    const broken = splitReport(["某某街道办事处关于2025年度法治政府建设情况的报告", "某某街道办事处", "关于2025年度法治政府建设情况的报告", body].join("\n"));
    expect(broken).toMatchObject({
      title: "某某街道办事处关于2025年度法治政府建设情况的报告",
      removed: ["某某街道办事处", "关于2025年度法治政府建设情况的报告"],
      preamble: [body],
    });
  });

  it("has no title when the copy starts with the text", () => {
    expect(splitReport([body, "一、基本情况", body].join("\n"))).toMatchObject({ title: null, preamble: [body] });
  });
});
