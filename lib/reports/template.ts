// Default outlines (DESIGN.md §5). Admins may change a year's template later; these seed it.
export type MetricField = { key: string; label: string; unit: string };

export type TemplateSectionDef = {
  key: string;
  level: 1 | 2;
  parentKey: string | null;
  title: string;
  guidance: string;
  isRequired: boolean;
  minLength: number | null;
  maxLength: number | null;
  metrics: MetricField[];
};

type UnitKind = "TOWN" | "DEPARTMENT";

const lawStudyMetrics: MetricField[] = [
  { key: "study-sessions", label: "中心组学法次数", unit: "次" },
  { key: "lectures", label: "专题讲座次数", unit: "次" },
  { key: "publicity-events", label: "普法宣传活动次数", unit: "次" },
];
const enforcementMetrics: MetricField[] = [
  { key: "officers", label: "执法人员数", unit: "人" },
  { key: "certified-officers", label: "持证执法人员数", unit: "人" },
  { key: "new-certificates", label: "新领或换发执法证人数", unit: "人" },
  { key: "penalty-cases", label: "行政处罚案件数", unit: "件" },
];
const disputeMetrics: MetricField[] = [
  { key: "disputes-screened", label: "排查矛盾纠纷件数", unit: "件" },
  { key: "disputes-mediated", label: "调解成功件数", unit: "件" },
  { key: "petitions", label: "信访件数", unit: "件" },
];
const departmentReviewMetrics: MetricField[] = [
  { key: "reconsideration-cases", label: "行政复议案件数", unit: "件" },
  { key: "litigation-cases", label: "行政应诉案件数", unit: "件" },
  { key: "normative-documents-reviewed", label: "规范性文件合法性审核件数", unit: "件" },
];

type Part = { key: string; title: string; guidance: string; metrics?: MetricField[]; maxLength?: number };

const workParts: Record<string, Part> = {
  "law-study": {
    key: "law-study",
    title: "学习贯彻习近平法治思想情况",
    guidance: "写明党委（党组）理论学习中心组学法、专题讲座、领导干部学法用法和普法宣传的做法与次数。",
    metrics: lawStudyMetrics,
  },
  reform: {
    key: "reform",
    title: "深化“放管服”改革、优化营商环境情况",
    guidance: "写明简政放权、优化服务、政务服务事项办理和营商环境建设的主要举措与成效。",
  },
  rules: {
    key: "rules",
    title: "依法行政制度体系建设情况",
    guidance: "写明制度建设、规范性文件制定与备案审查、合法性审核的情况。",
  },
  decisions: {
    key: "decisions",
    title: "重大决策部署落实情况",
    guidance: "写明重大行政决策程序执行情况：公众参与、专家论证、风险评估、合法性审查、集体讨论决定。",
  },
  enforcement: {
    key: "enforcement",
    title: "行政执法工作情况",
    guidance: "写明执法队伍、行政执法“三项制度”落实、执法证件管理和执法案件办理情况。",
    metrics: enforcementMetrics,
  },
  oversight: {
    key: "oversight",
    title: "行政权力运行及受监督情况",
    guidance: "写明权责清单、政务公开、行政复议与应诉、接受人大和政协监督及督查问责情况。",
  },
  disputes: {
    key: "disputes",
    title: "矛盾纠纷化解情况",
    guidance: "写明矛盾纠纷排查、人民调解、信访工作的做法与数字。",
    metrics: disputeMetrics,
  },
  publicity: {
    key: "publicity",
    title: "法治宣传教育情况",
    guidance: "写明“八五”普法规划落实、“谁执法谁普法”责任制和重要节点法治宣传活动。",
  },
};

const requiredKeys = new Set(["law-study", "reform", "enforcement", "disputes", "shortcomings", "plans", "leadership"]);

function section(part: Part, level: 1 | 2, parentKey: string | null): TemplateSectionDef {
  return {
    key: part.key,
    level,
    parentKey,
    title: part.title,
    guidance: part.guidance,
    isRequired: requiredKeys.has(part.key),
    minLength: requiredKeys.has(part.key) ? 50 : null,
    maxLength: part.maxLength ?? 5000,
    metrics: part.metrics ?? [],
  };
}

const shortcomings: Part = {
  key: "shortcomings",
  title: "存在的不足和原因",
  guidance: "实事求是写明工作中的不足，并分析原因；不要只写成绩。",
};
const plans: Part = {
  key: "plans",
  title: "下一年度推进法治政府建设的主要安排",
  guidance: "针对上述不足，写明下一年度的具体安排和措施。",
};

function withDepartmentMetrics(part: Part, unitKind: UnitKind): Part {
  if (unitKind !== "DEPARTMENT" || part.key !== "oversight") return part;
  return { ...part, metrics: departmentReviewMetrics };
}

/** 2022 follows the outline of the 珍溪镇 report; later years the statutory outline. */
export function defaultTemplateSections(year: number, unitKind: UnitKind): TemplateSectionDef[] {
  if (year <= 2022) {
    const work = ["law-study", "reform", "rules", "decisions", "enforcement", "oversight", "disputes"];
    return [
      section({ key: "overview", title: "基本情况", guidance: "按以下各小节分别填写本年度的主要工作。" }, 1, null),
      ...work.map((key) => section(withDepartmentMetrics(workParts[key], unitKind), 2, "overview")),
      section(shortcomings, 1, null),
      section(plans, 1, null),
    ];
  }
  const work = ["law-study", "reform", "rules", "decisions", "enforcement", "oversight", "disputes", "publicity"];
  return [
    section({ key: "measures", title: "主要举措和成效", guidance: "按以下各小节分别填写上一年度推进法治政府建设的主要举措和成效。" }, 1, null),
    ...work.map((key) => section(withDepartmentMetrics(workParts[key], unitKind), 2, "measures")),
    section(
      {
        key: "leadership",
        title: "党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况",
        guidance: "写明党政主要负责人研究部署法治建设、带头学法、推动解决重大问题的情况。",
      },
      1,
      null,
    ),
    section(shortcomings, 1, null),
    section(plans, 1, null),
    section({ key: "other", title: "其他需要报告的情况", guidance: "没有需要报告的情况时填写“无”。" }, 1, null),
  ];
}

/** A level-1 heading that only groups sub-sections has no body of its own to fill. */
export function isGroupHeading(key: string, sections: { parentKey: string | null }[]): boolean {
  return sections.some((s) => s.parentKey === key);
}
