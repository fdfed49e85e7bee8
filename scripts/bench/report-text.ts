// A generated report of any length for the import benchmarks (bench:split, bench:import): the
// furniture of a portal page, three levels of headings written the ways reports write them.
const cn = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
const clauses = [
  "镇党委政府高度重视法治政府建设工作",
  "将法治政府建设纳入年度工作计划",
  "全年共开展习近平法治思想专题学习12次",
  "严格落实重大行政决策程序暂行条例",
  "深化“放管服”改革，优化营商环境",
  "推动综合行政执法队伍规范化建设",
  "持续开展矛盾纠纷排查化解工作",
  "广泛运用村（居）公告栏、政策宣传流动车等平台",
];

function paragraph(seed: number, length: number): string {
  let text = "";
  for (let i = 0; text.length < length; i++) text += `${clauses[(seed + i * 3) % clauses.length]}${i % 4 === 3 ? "。" : "，"}`;
  return `${text.replace(/，$/, "")}。`;
}

/** A report as copied from a portal: navigation, metadata, three levels of headings, the ways
 * reports write them (own line, run in, 一是…), numbered paragraphs, signature, share bar. */
export function buildReport(targetChars: number): string {
  const lines = ["部  门", "街  镇", "重庆市涪陵区某某镇人民政府2024年法治政府建设工作年度报告", "索引号：\t11500102MB1530001\t发布机构：某某镇", "成文日期：2025-01-09", "字 号：", "【字体：大 中 小】 【打印本页】", ""];
  let size = lines.join("\n").length;
  for (let one = 0; size < targetChars; one++) {
    lines.push(`${cn[one % 10]}、主要举措和成效之${one + 1}`, "");
    for (let two = 0; two < 6 && size < targetChars; two++) {
      const parenthesised = one % 2 === 0 ? `（${cn[two]}）` : `(${cn[two]})`;
      lines.push(`\u2002\u2002\u2002${parenthesised}强化理论学习，筑牢法治根基`, "");
      for (let three = 1; three <= 3; three++) {
        lines.push(`${three}．健全工作机制。${paragraph(one + two + three, 260)}`, "");
        lines.push(`一是${paragraph(three, 120)}二是${paragraph(three + 1, 120)}`, "");
      }
      lines.push(`（${cn[two]}）${paragraph(two, 180)}`, "");
      size = lines.join("\n").length;
    }
  }
  lines.push("某某镇人民政府", "2025年1月9日", "", "分享到：", "微信 微博 QQ空间", "扫一扫在手机打开当前页");
  return lines.join("\n");
}

