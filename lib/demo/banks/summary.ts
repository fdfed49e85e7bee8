// Phrase banks for the level-1 parts after 主要举措和成效: the leaders' duty, shortcomings,
// next year's plans and other matters. Shortcomings and plans are numbered 一是、二是… as units write them.
import type { Paragraph, SectionBank, TextContext } from "@/lib/demo/text-context";

const ordinals = ["一", "二", "三", "四", "五"];

/** "一是……；二是……；三是……。" from a few items of a list. */
function enumerate(c: TextContext, lead: string, items: readonly Paragraph[], count: number): string {
  const chosen = c.some(items, count).map((item, i) => `${ordinals[i]}是${item(c)}`);
  return `${lead}${chosen.join("；")}。`;
}

export const leadershipBank: SectionBank = {
  titles: [],
  slots: [
    [
      (c) => `${c.party}主要负责人认真履行推进法治建设第一责任人职责，坚持重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办。全年主持召开${c.party.endsWith("党委") || c.party.endsWith("党工委") ? "党委会" : "党组会"}专题研究法治建设工作${c.int(2, 6)}次，听取法治政府建设情况汇报，研究解决重点难点问题${c.int(3, 12)}个。`,
      (c) => `${c.year}年，${c.unit.shortName}党政主要负责人把法治建设纳入全局工作统筹谋划，${c.date(1, 3)}召开会议安排部署年度法治政府建设任务，签订法治建设责任书，将法治建设成效纳入${c.isTown ? "村（社区）和站所" : "科室和下属单位"}年度考核。`,
    ],
    [
      (c) => `主要负责人带头尊法学法守法用法，带头讲授法治课${c.int(1, 2)}次，在年终述职中专题述法；带头落实重大行政决策程序和法律顾问制度，坚持重大事项“不经合法性审查不上会”。`,
      (c) => `主要负责人带头参加中心组学法和年度学法考试，带头出庭应诉，带头接访下访，全年接待来访群众${c.int(10, 60)}人次，推动依法解决群众诉求。`,
    ],
  ],
  extras: [
    (c) => `${c.date(6, 9)}主要负责人带队到${c.isTown ? "村（社区）" : "基层执法一线"}调研法治建设情况，现场协调解决${c.int(2, 8)}个具体问题。`,
    () => "主要负责人定期听取班子成员履行法治建设职责情况汇报，对工作推进不力的及时约谈提醒，层层压实法治建设责任。",
  ],
  extraCount: 1,
};

const problems: Paragraph[] = [
  () => "学习贯彻习近平法治思想的深度和广度还不够，以学促用的成效有待提升",
  (c) => `${c.isTown ? "基层综合行政执法" : "执法"}队伍力量不足，部分执法人员的专业能力与执法任务要求还有差距`,
  () => "行政执法规范化水平还需提高，个别案卷存在文书制作不规范、证据收集不全面的问题",
  (c) => `法治宣传教育的针对性和实效性不够强，${c.isTown ? "面向留守老人和外出务工人员" : "面向企业和服务对象"}的普法方式较为单一`,
  () => "合法性审查力量较为薄弱，主要依靠法律顾问，内部法制审核人员不足",
  (c) => `${c.isTown ? "矛盾纠纷源头预防" : "行业风险隐患排查"}机制还不够健全，部分矛盾纠纷发现不及时`,
  () => "数字化手段运用不够充分，政务服务和执法监管的信息共享还有堵点",
];

const reasons: Paragraph[] = [
  () => "究其原因，主要是对法治政府建设的重要性认识还不够深，工作中存在重业务、轻法治的倾向；同时，专业人才引进和培养力度不够，制度执行的监督检查还不到位。",
  () => "原因主要在于：部分干部运用法治思维解决问题的自觉性不强，培训的系统性不足；工作任务繁重与人员力量有限的矛盾较为突出，制度落实存在“上热下冷”现象。",
];

export const shortcomingsBank: SectionBank = {
  titles: [],
  slots: [[(c) => enumerate(c, `${c.year}年，${c.we}法治政府建设取得了一定成效，但对照上级要求和群众期盼，仍存在一些不足：`, problems, 3)], reasons],
};

const planItems: Paragraph[] = [
  (c) => `持续深化学习贯彻习近平法治思想，把法治学习纳入${c.party}理论学习中心组学习计划，全年集中学法不少于4次`,
  () => "严格落实重大行政决策程序，健全合法性审查机制，充分发挥法律顾问作用",
  (c) => `加强${c.isTown ? "综合行政执法" : "执法"}队伍建设，开展执法人员轮训，规范执法程序，提升执法质效`,
  (c) => `深化“放管服”改革，优化${c.isTown ? "便民服务中心" : "政务服务窗口"}服务，持续打造市场化、法治化营商环境`,
  (c) => `扎实开展法治宣传教育，创新普法形式，${c.isTown ? "培育更多“法律明白人”" : "推动“谁执法谁普法”责任落实"}`,
  () => "坚持和发展新时代“枫桥经验”，健全矛盾纠纷多元化解机制，把矛盾化解在基层、消除在萌芽状态",
  () => "强化权力运行监督，动态调整权责清单，深化政务公开，自觉接受各方面监督",
];

export const plansBank: SectionBank = {
  titles: [],
  slots: [[(c) => enumerate(c, `${c.year + 1}年，${c.we}将坚持以习近平新时代中国特色社会主义思想为指导，重点做好以下工作：`, planItems, 4)]],
};

export const otherBank: SectionBank = {
  titles: [],
  slots: [
    [
      () => "无。",
      (c) => `${c.year}年度，${c.we}未发生因违法行政被上级机关通报或被追究责任的情况。`,
      (c) => `${c.year}年度，${c.we}无其他需要报告的情况。`,
    ],
  ],
};
