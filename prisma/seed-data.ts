// The demo district: 重庆市涪陵区, where the fixture report was published. Organisation codes
// are made up in the shape of 统一社会信用代码 and only feed the 索引号.
export const demoDistrict = { code: "500102", name: "涪陵区", siteTitle: "重庆市涪陵区法治政府建设年度报告" };

const code = (n: number) => `11500102MB${String(1530000 + n).padStart(7, "0")}X`;

export const demoTowns = [
  ["zhenxi", "珍溪镇", "重庆市涪陵区珍溪镇人民政府"],
  ["lidu", "李渡街道", "重庆市涪陵区李渡街道办事处"],
  ["longqiao", "龙桥街道", "重庆市涪陵区龙桥街道办事处"],
  ["jiangbei", "江北街道", "重庆市涪陵区江北街道办事处"],
  ["baitao", "白涛街道", "重庆市涪陵区白涛街道办事处"],
  ["mawu", "马武镇", "重庆市涪陵区马武镇人民政府"],
  ["nantuo", "南沱镇", "重庆市涪陵区南沱镇人民政府"],
  ["baisheng", "百胜镇", "重庆市涪陵区百胜镇人民政府"],
  ["qingxi", "清溪镇", "重庆市涪陵区清溪镇人民政府"],
  ["yihe", "义和镇", "重庆市涪陵区义和镇人民政府"],
].map(([slug, shortName, name], i) => ({ slug, shortName, name, orgCode: code(i + 1) }));

export const demoDepartments = [
  ["sifaju", "区司法局", "重庆市涪陵区司法局"],
  ["fagaiwei", "区发展改革委", "重庆市涪陵区发展和改革委员会"],
  ["jiaowei", "区教委", "重庆市涪陵区教育委员会"],
  ["gonganju", "区公安局", "重庆市涪陵区公安局"],
  ["shichangju", "区市场监管局", "重庆市涪陵区市场监督管理局"],
  ["shengtaiju", "区生态环境局", "重庆市涪陵区生态环境局"],
  ["zhujianwei", "区住房城乡建委", "重庆市涪陵区住房和城乡建设委员会"],
].map(([slug, shortName, name], i) => ({ slug, shortName, name, orgCode: code(100 + i) }));

export const demoYears = [
  { year: 2022, isOpen: false, internalDeadline: "2023-03-01", publicationDeadline: "2023-03-31" },
  { year: 2023, isOpen: true, internalDeadline: "2024-03-01", publicationDeadline: "2024-03-31" },
];

export const demoPassword = "Fazhi@2023";

export const demoAccounts = [
  { login: "zhenxi", name: "王晓芳", role: "CLERK" as const, unitSlug: "zhenxi", password: demoPassword, description: "填报人 · 珍溪镇" },
  { login: "zhenxi-lead", name: "刘志强", role: "UNIT_HEAD" as const, unitSlug: "zhenxi", password: demoPassword, description: "单位负责人 · 珍溪镇（审签本镇报告）" },
  { login: "sifaju", name: "李建国", role: "CLERK" as const, unitSlug: "sifaju", password: demoPassword, description: "填报人 · 区司法局" },
  { login: "shenhe", name: "陈静", role: "REVIEWER" as const, unitSlug: null, password: demoPassword, description: "审核人 · 区依法治区办" },
  { login: "admin", name: "系统管理员", role: "ADMIN" as const, unitSlug: null, password: demoPassword, description: "管理员" },
];
