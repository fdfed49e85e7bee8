// Who is who in the demo layer and where each unit stands in the open cycle. Units and the
// four base accounts come from prisma/seed-data.ts; this only adds to them.

/** Line of work of each department, for its report text. */
export const departmentFields: Record<string, string> = {
  sifaju: "司法行政",
  fagaiwei: "发展改革",
  jiaowei: "教育",
  gonganju: "公安",
  shichangju: "市场监管",
  shengtaiju: "生态环境",
  zhujianwei: "住房城乡建设",
};

/** 字号 prefixes of the units that number their reports; the others publish without one. */
export const docNumberPrefixes: Record<string, string> = {
  lidu: "涪李渡工委发",
  longqiao: "涪龙桥工委发",
  baisheng: "百胜委发",
  sifaju: "涪司法发",
  fagaiwei: "涪发改委发",
  gonganju: "涪公发",
  shengtaiju: "涪环发",
};

/** One clerk per unit; the login is the unit's slug. zhenxi and sifaju come with the base seed. */
export const clerkNames: Record<string, string> = {
  lidu: "刘洋",
  longqiao: "张丽",
  jiangbei: "周敏",
  baitao: "黄磊",
  mawu: "吴婷",
  nantuo: "徐峰",
  baisheng: "孙莉",
  qingxi: "马俊",
  fagaiwei: "朱红",
  jiaowei: "胡杰",
  gonganju: "郭亮",
  shichangju: "何静",
  shengtaiju: "高翔",
  zhujianwei: "林芳",
};

/** The unit whose clerk has left (account deactivated): the admin finds it without a clerk. */
export const unitWithoutClerk = { slug: "yihe", formerClerk: "罗志强" };

/** The account the admin finds locked, and from where. */
export const lockedAccount = { login: "baitao", ip: "203.0.113.7" };

export type OpenCycleState = "NOT_STARTED" | "DRAFT" | "SUBMITTED" | "RESUBMITTED" | "RETURNED" | "RETURNED_ANSWERED" | "APPROVED" | "PUBLISHED";

/** Where each unit stands in the open cycle. */
export const openCycleStates: Record<string, OpenCycleState> = {
  zhenxi: "RETURNED",
  lidu: "SUBMITTED",
  longqiao: "APPROVED",
  jiangbei: "PUBLISHED",
  baitao: "DRAFT",
  mawu: "RESUBMITTED",
  nantuo: "DRAFT",
  baisheng: "NOT_STARTED",
  qingxi: "RETURNED_ANSWERED",
  yihe: "NOT_STARTED",
  sifaju: "DRAFT",
  fagaiwei: "SUBMITTED",
  jiaowei: "APPROVED",
  gonganju: "DRAFT",
  shichangju: "APPROVED",
  shengtaiju: "SUBMITTED",
  zhujianwei: "NOT_STARTED",
};

/** The two comments zhenxi's clerk finds on the returned report, on two sections. */
export const zhenxiComments = [
  {
    sectionKey: "law-study",
    body: "请写明中心组集中学法的主要专题和时间，并核对正文中的学法次数与“中心组学法次数”指标是否一致。",
  },
  {
    sectionKey: "disputes",
    body: "矛盾纠纷化解部分只有数字，缺少典型做法和成效，请补充一至两个调解案例（隐去当事人姓名），并说明信访事项的办理情况。",
  },
];

export const otherReturnComments = {
  report: "报告整体内容较为完整，但“存在的不足和原因”一节原因分析过于笼统，请结合本单位实际具体分析。",
  answer: "已按意见重写原因分析，补充了执法力量和制度落实两方面的具体原因。",
  resubmitted: { sectionKey: "enforcement", body: "请补充行政执法“三项制度”落实情况的具体数据。", answer: "已补充执法公示和法制审核的数据。" },
};

/** Earlier years: which reports were corrected or withdrawn, counted back from the open cycle. */
export const corrections = [
  { slug: "mawu", yearsBack: 3, sectionKey: "enforcement", metric: "penalty-cases", delta: 3 },
  { slug: "shichangju", yearsBack: 2, sectionKey: "disputes", metric: "petitions", delta: 2 },
];
export const withdrawal = {
  slug: "gonganju",
  yearsBack: 2,
  reason: "报告第一部分引用的执法案例含有未脱敏的当事人信息，依据《中华人民共和国个人信息保护法》予以撤回，待处理后重新公开。",
};
/** Approved in the year before the open cycle but never published: overdue since 3月31日. */
export const overdue = { slug: "zhujianwei", yearsBack: 1 };
