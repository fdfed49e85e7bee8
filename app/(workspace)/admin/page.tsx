import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { formatChineseDate, formatChineseDateTime } from "@/lib/dates";
import { getAdminOverview } from "@/lib/admin/get-admin-overview";
import { listFailedMail } from "@/lib/mail/failed-mail";
import { mailSettings } from "@/lib/mail/mail-settings";
import { mailOffReason } from "@/lib/admin/mail-off-reason";
import { daysLeftText } from "@/lib/review/dashboard-status";
import { cn } from "@/lib/utils";

export const metadata: Metadata = { title: "系统管理" };

const cardClass = "space-y-3 rounded-lg border border-stone-200 bg-white p-5";
const linkClass = "text-status-submitted underline-offset-4 hover:underline";
const emptyClass = "text-sm text-stone-600";

export default async function AdminHomePage() {
  const user = await requireUser();
  if (!can(user, "admin:manage")) notFound();
  const [overview, mail] = await Promise.all([getAdminOverview({ actor: user }), listFailedMail({ actor: user, limit: 100 })]);
  const mailOff = mailOffReason(mailSettings());

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">系统管理</h1>
        <p className="mt-1 text-sm text-stone-600">
          启用的单位 {overview.units.active} 个{overview.units.inactive ? `（另有已停用 ${overview.units.inactive} 个）` : ""} · 启用的用户{" "}
          {overview.users.active} 个{overview.users.inactive ? `（另有已停用 ${overview.users.inactive} 个）` : ""}
        </p>
      </div>

      <div className="grid gap-4 lg:grid-cols-2">
        <section aria-labelledby="open-years" className={cardClass}>
          <h2 id="open-years" className="text-lg font-semibold">
            开放填报的年度
          </h2>
          {overview.openYears.length === 0 ? (
            <p className={emptyClass}>
              目前没有开放填报的年度，各单位无法开始填写。请在
              <Link href="/admin/years" className={linkClass}>
                报告年度
              </Link>
              中开放新的年度并设置截止日期。
            </p>
          ) : (
            <ul className="space-y-2 text-sm">
              {overview.openYears.map((y) => (
                <li key={y.year}>
                  <Link href={`/review?year=${y.year}`} className={cn(linkClass, "font-medium")}>
                    {y.year}年度
                  </Link>
                  <ul className="mt-1 space-y-0.5 text-stone-700">
                    {y.deadlines.map((d) => (
                      <li key={d.label}>
                        {d.label}：{formatChineseDate(d.date)}
                        <span className={cn("ml-2", d.daysLeft < 0 ? "font-medium text-status-overdue" : "text-stone-500")}>{daysLeftText(d.daysLeft)}</span>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          )}
          <p className="text-sm">
            <Link href="/admin/years" className={linkClass}>
              管理报告年度 →
            </Link>
          </p>
        </section>

        <section aria-labelledby="locked" className={cardClass}>
          <h2 id="locked" className="text-lg font-semibold">
            被锁定的账号 <span className="text-base font-normal text-stone-500">{overview.lockedLogins.length}</span>
          </h2>
          {overview.lockedLogins.length === 0 ? (
            <p className={emptyClass}>没有被锁定的账号。连续输错密码的账号会在这里出现，可到“用户”页面解除锁定。</p>
          ) : (
            <ul className="divide-y divide-stone-200 text-sm">
              {overview.lockedLogins.map((lock) => (
                <li key={`${lock.login}-${lock.ip}`} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span>
                    {lock.name}（{lock.login}）<span className="text-stone-500"> · 来自 {lock.ip} · 锁定至 {formatChineseDateTime(lock.lockedUntil)}</span>
                  </span>
                  <Link href={`/admin/users?q=${encodeURIComponent(lock.login)}`} className={linkClass}>
                    解除锁定<span className="sr-only">{lock.login}</span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="mail-heading" className={cn(cardClass, "lg:col-span-2")}>
          <h2 id="mail-heading" className="text-lg font-semibold">
            邮件通知
          </h2>
          {mailOff ? (
            <p className="text-sm text-stone-700" data-testid="mail-status">
              {mailOff}。
            </p>
          ) : (
            <p className="text-sm text-stone-700" data-testid="mail-status">
              邮件通知已开启。
              {mail.failed.length > 0 ? (
                <span className="font-medium text-status-overdue">有 {mail.failed.length >= 100 ? "100 多" : mail.failed.length} 封邮件发送失败。</span>
              ) : (
                "没有发送失败的邮件。"
              )}
            </p>
          )}
          <p className="text-sm">
            <Link href="/admin/mail" className={linkClass}>
              {mail.failed.length > 0 ? "查看并重新发送 →" : "邮件发送情况 →"}
            </Link>
          </p>
        </section>

        <section aria-labelledby="no-clerk" className={cn(cardClass, "lg:col-span-2")}>
          <h2 id="no-clerk" className="text-lg font-semibold">
            没有填报人的单位 <span className="text-base font-normal text-stone-500">{overview.unitsWithoutClerk.length}</span>
          </h2>
          {overview.unitsWithoutClerk.length === 0 ? (
            <p className={emptyClass}>每个启用的单位都有启用的填报人账号。</p>
          ) : (
            <>
              <p className="text-sm text-stone-600">这些单位没有启用的填报人账号，无法填写报告。请到“用户”页面为它们新增账号，或停用不再需要报告的单位。</p>
              <ul className="flex flex-wrap gap-2 text-sm">
                {overview.unitsWithoutClerk.map((unit) => (
                  <li key={unit.id}>
                    <Link href={`/admin/units/${unit.id}`} className="inline-block rounded-md border border-stone-300 px-2 py-1 hover:bg-stone-100">
                      {unit.shortName}
                    </Link>
                  </li>
                ))}
              </ul>
              <p className="text-sm">
                <Link href="/admin/users" className={linkClass}>
                  新增用户 →
                </Link>
              </p>
            </>
          )}
        </section>
      </div>
    </div>
  );
}
