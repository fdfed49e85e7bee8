// See scripts/bench/notify.sh. Builds a district of BENCH_UNITS units (two clerks each, five
// reviewers), then times reminder runs on the d14, d7 and d1 days and the unread count of a user
// with BENCH_NOTIFICATIONS notifications.
import { db } from "@/lib/db";
import { runReminders } from "@/lib/reminders/run-reminders";
import { countUnreadNotifications } from "@/lib/notifications/list-notifications";
// Bench accounts never sign in: a value no password hashes to.
const unusablePasswordHash = "!bench-account-without-password";

const unitCount = Number(process.env.BENCH_UNITS ?? 1000);
const notificationCount = Number(process.env.BENCH_NOTIFICATIONS ?? 2000);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main() {
  const district = await db.district.create({ data: { code: `bench-${Date.now()}`, name: "基准区", siteTitle: "基准区" } });
  await db.reportingYear.create({
    data: { districtId: district.id, year: 2030, internalDeadline: new Date("2031-03-01T00:00:00Z"), publicationDeadline: new Date("2031-03-31T00:00:00Z") },
  });
  const units = Array.from({ length: unitCount }, (_, i) => ({
    id: `bu${i}`, districtId: district.id, kind: i % 3 ? ("TOWN" as const) : ("DEPARTMENT" as const), name: `基准单位${i}`, shortName: `单位${i}`, slug: `u${i}`, orgCode: `B${i}`, sortOrder: i,
  }));
  await db.unit.createMany({ data: units });
  const users = [
    ...units.flatMap((u) => [0, 1].map((n) => ({ districtId: district.id, login: `c${n}-${u.id}`, name: `填报人${n}`, role: "CLERK" as const, unitId: u.id, passwordHash: unusablePasswordHash }))),
    ...Array.from({ length: 5 }, (_, i) => ({ districtId: district.id, login: `r${i}-${district.id}`, name: `审核人${i}`, role: "REVIEWER" as const, unitId: null, passwordHash: unusablePasswordHash })),
  ];
  for (let i = 0; i < users.length; i += 500) await db.user.createMany({ data: users.slice(i, i + 500) });
  console.log(`${unitCount} 个单位，${users.length} 个用户（${process.env.DATABASE_URL?.startsWith("file:") ? "SQLite" : "PostgreSQL"}）`);

  for (const day of ["2031-02-15", "2031-02-22", "2031-02-28", "2031-03-02"]) {
    const started = performance.now();
    const run = await runReminders({ now: new Date(`${day}T09:00:00+08:00`), districtId: district.id });
    const ms = performance.now() - started;
    console.log(`提醒 ${day}：${run.unitReminders} 个单位、${run.notifications} 条通知，用时 ${ms.toFixed(0)} ms`);
  }
  const again = performance.now();
  await runReminders({ now: new Date("2031-03-02T10:00:00+08:00"), districtId: district.id });
  console.log(`同一步再运行一次（无新提醒）：${(performance.now() - again).toFixed(0)} ms`);

  const reader = await db.user.findFirstOrThrow({ where: { login: `r0-${district.id}` }, select: { id: true } });
  const extra = Array.from({ length: notificationCount }, (_, i) => ({ userId: reader.id, kind: "SUBMITTED", title: `通知${i}`, link: "/review", readAt: i % 4 ? new Date() : null }));
  for (let i = 0; i < extra.length; i += 500) await db.notification.createMany({ data: extra.slice(i, i + 500) });
  const times: number[] = [];
  for (let i = 0; i < 500; i++) {
    const started = performance.now();
    await countUnreadNotifications(reader.id);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const total = await db.notification.count();
  console.log(`铃铛未读数（该用户 ${notificationCount + 4} 条通知，库中共 ${total} 条）：p50 ${percentile(times, 50).toFixed(2)} ms，p95 ${percentile(times, 95).toFixed(2)} ms，p99 ${percentile(times, 99).toFixed(2)} ms`);
  await db.$disconnect();
}

main().catch(async (error) => {
  console.error(error);
  await db.$disconnect();
  process.exit(1);
});
