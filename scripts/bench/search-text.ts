// Report text for bench:search: deterministic, in the words and lengths of real 法治政府建设
// 年度报告 (5,000–8,000 characters), with a few phrases of known rarity to search for.
import { defaultTemplateSections } from "@/lib/reports/template";
import type { ReportSnapshot } from "@/lib/reports/snapshot";

export type Random = () => number;

/** mulberry32: a small seeded generator, so every run measures the same data. */
export function seededRandom(seed: number): Random {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const topics = [
  "安全生产", "生态环境保护", "食品药品安全", "城乡建设", "交通运输", "农业农村", "市场监管", "自然资源", "文化旅游", "卫生健康",
  "教育", "民政", "人力资源社会保障", "消防", "水利", "林业", "应急管理", "住房保障", "退役军人事务", "统计",
  "乡村振兴", "基层治理", "疫情防控", "防汛抗旱", "森林防火", "燃气安全", "校园周边环境", "农村人居环境", "征地拆迁", "劳动保障监察",
];

// Per section key; {u} unit, {y} year, {y1} next year, {n} 1–30, {N} 50–5000, {p} 80–100, {t} a topic.
const bank: Record<string, string[]> = {
  "law-study": [
    "{u}党委（党组）理论学习中心组全年开展习近平法治思想专题学习{n}次，领导班子成员带头讲法治课{n}次",
    "组织机关干部参加年度学法用法考试，参考率达到100%，平均成绩{p}分",
    "将宪法、民法典、行政处罚法、行政许可法等法律法规纳入干部教育培训必修内容",
    "举办法治专题讲座{n}场，邀请律师、法官和高校教师授课，覆盖干部职工{N}人次",
    "落实领导干部任前法律知识考试制度，对新提拔的{n}名领导干部开展任前考法",
    "利用“学习强国”、法宣在线等平台组织干部常态化学法，围绕{t}领域法律法规开展专题学习",
  ],
  reform: [
    "持续深化“放管服”改革，全面推行证明事项告知承诺制，取消各类证明材料{n}项",
    "政务服务事项网上可办率达到{p}%，“一网通办”事项{N}项",
    "推行“一窗综办”“一件事一次办”，企业开办时间压缩至{n}个工作日以内",
    "落实公平竞争审查制度，清理涉及市场主体经济活动的政策措施{n}件",
    "开展营商环境问题整改，走访{t}领域企业{N}家，帮助解决困难问题{n}个",
    "规范行政审批中介服务，公布中介服务事项清单，压减审批时限{p}%",
  ],
  rules: [
    "严格执行规范性文件合法性审核机制，全年审核规范性文件{n}件，提出修改意见{n}条",
    "开展规范性文件清理，废止{n}件、修改{n}件、保留{N}件",
    "落实规范性文件备案审查制度，按时报备率100%，未发生被纠错的情况",
    "聘请法律顾问{n}名，参与起草、审核合同和重要文件{N}份",
    "健全行政规范性文件制定程序，围绕{t}工作公开征求意见{n}次",
  ],
  decisions: [
    "严格落实《重大行政决策程序暂行条例》，将公众参与、专家论证、风险评估、合法性审查、集体讨论决定作为重大决策法定程序",
    "全年作出重大行政决策{n}项，均经合法性审查和集体讨论决定",
    "编制年度重大行政决策事项目录并向社会公布，涉及{t}等领域",
    "对{n}项重大决策开展社会稳定风险评估，未发生因决策引发的群体性事件",
  ],
  enforcement: [
    "全面落实行政执法公示、执法全过程记录、重大执法决定法制审核“三项制度”",
    "全年办理行政处罚案件{N}件，行政许可{N}件，开展{t}领域行政检查{N}次",
    "组织执法人员参加公共法律知识和专业法律知识培训，共计为{n}名执法人员换发执法证",
    "新招录执法人员{n}名，经统一考试合格后申领执法证，持证上岗率100%",
    "推行包容审慎监管，对{n}起首次轻微违法行为依法不予处罚",
    "开展行政执法案卷评查，抽查{t}领域案卷{n}卷，发现问题{n}个并督促整改",
    "落实“双随机、一公开”监管，随机抽查市场主体{N}户",
    "加强综合行政执法队伍建设，配备执法记录仪{n}台，执法全过程记录覆盖率{p}%",
  ],
  oversight: [
    "主动接受人大法律监督、政协民主监督，办理人大代表建议{n}件、政协委员提案{n}件，办复率100%",
    "依法办理行政复议案件{n}件，行政应诉案件{n}件，行政机关负责人出庭应诉率100%",
    "推进政务公开，主动公开政府信息{N}条，办理依申请公开{n}件",
    "认真执行审计监督、统计监督，整改审计发现问题{n}个",
    "自觉接受社会监督，12345热线办理群众诉求{N}件，按时办结率{p}%",
  ],
  disputes: [
    "坚持和发展新时代“枫桥经验”，建立健全矛盾纠纷排查化解机制",
    "全年排查矛盾纠纷{N}件，调解成功{N}件，调解成功率{p}%",
    "完善人民调解、行政调解、司法调解联动工作体系，化解{t}领域纠纷{n}件",
    "规范信访工作，受理群众来信来访{n}件，及时受理率100%",
    "村（社区）法律顾问覆盖率100%，提供法律咨询{N}人次",
  ],
  publicity: [
    "深入实施“八五”普法规划，落实“谁执法谁普法”普法责任制",
    "围绕宪法宣传周、民法典宣传月等重要节点开展法治宣传活动{n}场",
    "建成法治文化阵地{n}处，培育“法律明白人”{N}名",
    "以案释法，发布{t}领域典型案例{n}个",
  ],
  leadership: [
    "{u}党政主要负责人认真履行推进法治建设第一责任人职责，全年主持召开法治建设专题会议{n}次",
    "主要负责人带头学法、带头守法、带头依法决策，带头讲法治课",
    "将法治建设纳入年度工作要点和绩效考核，考核权重不低于{n}%",
    "主要负责人述法工作纳入年终述职，接受干部群众评议",
  ],
  shortcomings: [
    "法治宣传教育的针对性和实效性有待增强，群众参与度不高",
    "执法人员专业化水平不高，{t}领域执法力量与任务不相匹配",
    "重大行政决策公众参与的广度和深度还不够",
    "部分干部运用法治思维和法治方式解决问题的能力还有欠缺",
    "基层法治工作力量薄弱，专职法治工作人员偏少",
  ],
  plans: [
    "{y1}年，{u}将继续深入学习贯彻习近平法治思想，推动法治政府建设再上新台阶",
    "进一步规范行政执法行为，全面提升严格规范公正文明执法水平",
    "持续优化法治化营商环境，重点解决{t}领域群众反映强烈的问题",
    "加强法治工作队伍建设，健全法律顾问和公职律师制度",
    "深化基层依法治理，推进法治乡村建设",
  ],
};

const general = [
  "{u}坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大精神",
  "按照区委依法治区办的统一部署，扎实推进法治政府建设各项工作",
  "建立健全工作责任制，明确分管领导和具体承办人员，法治政府建设工作取得明显成效",
  "定期分析研判{t}工作推进情况，及时研究解决存在的问题",
  "{y}年，{u}围绕中心、服务大局，依法全面履行政府职能",
];

/** Phrases a search benchmark looks for, with the share of reports that mention them. */
export const rarePhrases = [
  { share: 0.01, key: "enforcement", text: "运用无人机巡查河道、林区和建设工地{n}次，发现并处置违法线索{n}条" },
  { share: 0.002, key: "reform", text: "试点“智慧矫正”平台，对社区矫正对象实行分类管理" },
  { share: 0.05, key: "oversight", text: "建立知识产权快速维权工作机制，办理侵权投诉{n}件" },
];

function fill(template: string, rand: Random, unit: string, year: number): string {
  const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
  return template.replace(/\{(u|y1|y|n|N|p|t)\}/g, (_, slot: string) => {
    if (slot === "u") return unit;
    if (slot === "y") return String(year);
    if (slot === "y1") return String(year + 1);
    if (slot === "n") return String(int(1, 30));
    if (slot === "N") return String(int(50, 5000));
    if (slot === "p") return String(int(80, 100));
    return topics[int(0, topics.length - 1)];
  });
}

function paragraph(key: string, rand: Random, unit: string, year: number): string {
  const own = bank[key] ?? general;
  const count = 2 + Math.floor(rand() * 4);
  const sentences = Array.from({ length: count }, () => {
    const pool = rand() < 0.2 ? general : own;
    return fill(pool[Math.floor(rand() * pool.length)], rand, unit, year);
  });
  return `${sentences.join("，")}。`;
}

/** A published report's snapshot: the year's default outline, every section filled. */
export function benchSnapshot({ rand, unit, year, kind, title }: { rand: Random; unit: string; year: number; kind: "TOWN" | "DEPARTMENT"; title: string }): ReportSnapshot {
  const outline = defaultTemplateSections(year, kind);
  const bodies = new Map<string, string[]>(outline.map((s) => [s.key, []]));
  const fillable = outline.filter((s) => !outline.some((child) => child.parentKey === s.key));
  const target = 5000 + Math.floor(rand() * 3000);
  let length = 0;
  while (length < target) {
    for (const section of fillable) {
      if (length >= target) break;
      const text = paragraph(section.key, rand, unit, year);
      bodies.get(section.key)!.push(text);
      length += text.length;
    }
  }
  for (const rare of rarePhrases) {
    if (rand() < rare.share) bodies.get(rare.key)?.push(`${fill(rare.text, rand, unit, year)}。`);
  }
  return {
    title,
    docNumber: "",
    sections: outline.map((s) => ({
      key: s.key,
      level: s.level,
      title: s.title,
      body: bodies.get(s.key)!.join("\n"),
      metrics: Object.fromEntries(s.metrics.map((m) => [m.key, Math.floor(rand() * 50)])),
      metricLabels: Object.fromEntries(s.metrics.map((m) => [m.key, { label: m.label, unit: m.unit }])),
      metricOrder: s.metrics.map((m) => m.key),
    })),
  };
}
