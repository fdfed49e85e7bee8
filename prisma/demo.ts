// npm run db:demo (run by npm run demo after db:seed) — the demo layer: the reporting cycle
// open today with units in every state, the three years before it published (with
// corrections and a withdrawal), a clerk for every unit but one, and one locked account.
// Dates follow the day it runs (China time); DEMO_TODAY=YYYY-MM-DD sets that day. Safe to run
// again: it only writes reports, accounts and locks that are missing.
import { resetClock } from "./demo/clock";
import { db } from "@/lib/db";
import { chinaToday, formatChineseDate, parseCalendarDate } from "@/lib/dates";
import { currentReportingYear, cycleDeadlines } from "@/lib/reports/reporting-cycle";
import type { Actor } from "@/lib/auth/permissions";
import { demoDistrict } from "./seed-data";
import { lockedAccount, unitWithoutClerk } from "./demo/demo-plan";
import { deactivateFormerClerk, ensureClerks, lockAccount } from "./demo/accounts";
import { prepareYears, settleYears } from "./demo/years";
import { listStoryUnits } from "./demo/story-context";
import { buildEarlierYear } from "./demo/earlier-years";
import { buildOpenCycle } from "./demo/open-cycle";
import { addDays, officeTime } from "./demo/report-steps";

function demoDay(): { today: Date; now: Date } {
  const value = process.env.DEMO_TODAY?.trim();
  if (!value) return { today: chinaToday(), now: new Date() };
  const today = parseCalendarDate(value);
  if (!today) throw new Error(`DEMO_TODAY 应为 YYYY-MM-DD 格式的日期 / DEMO_TODAY must be a date as YYYY-MM-DD: ${value}`);
  // Noon in China on that day.
  return { today, now: new Date(today.getTime() + 4 * 3_600_000) };
}

async function actor(login: string): Promise<Actor> {
  const user = await db.user.findUnique({ where: { login }, select: { id: true, role: true, unitId: true, districtId: true } });
  if (!user) throw new Error(`缺少演示账号 ${login}，请先运行 npm run db:seed / demo account ${login} is missing: run npm run db:seed first`);
  return user;
}

async function main() {
  const { today, now } = demoDay();
  const openYear = currentReportingYear(today);
  const district = await db.district.findUnique({ where: { code: demoDistrict.code }, select: { id: true } });
  if (!district) throw new Error("缺少演示区县，请先运行 npm run db:seed / the demo district is missing: run npm run db:seed first");
  const [reviewer, admin] = [await actor("shenhe"), await actor("admin")];

  await prepareYears(district.id, [openYear - 3, openYear - 2, openYear - 1, openYear]);
  const clerks = await ensureClerks(district.id, admin, officeTime(new Date(Date.UTC(openYear - 2, 0, 3))));
  const story = { districtId: district.id, reviewer, units: await listStoryUnits(district.id), clerkOf: (slug: string) => clerks.get(slug), today };
  const built: string[] = [];
  for (const yearsBack of [3, 2, 1]) built.push(`${openYear - yearsBack}年度 ${await buildEarlierYear(story, openYear - yearsBack, yearsBack)} 份`);
  built.push(`${openYear}年度 ${await buildOpenCycle(story, openYear)} 份`);
  await deactivateFormerClerk(admin, officeTime(addDays(today, -2)));
  await lockAccount(district.id, today, now);
  await settleYears(district.id, openYear, today);
  resetClock();

  const { internal, publication } = cycleDeadlines(openYear, today);
  console.log(`演示数据（以 ${formatChineseDate(today)} 为今天）：当前报告年度 ${openYear}，报送截止 ${formatChineseDate(internal)}，公开截止 ${formatChineseDate(publication)}。`);
  console.log(`  本次新写入报告：${built.join("，")}。`);
  console.log(`  每个单位一名填报人（账号为单位拼音，密码同上）；${unitWithoutClerk.slug} 的填报人已停用；账号 ${lockedAccount.login} 今天已被锁定（演示数据）。`);
}

main()
  .then(() => db.$disconnect())
  .catch(async (error) => {
    resetClock();
    console.error(error);
    await db.$disconnect();
    process.exit(1);
  });
