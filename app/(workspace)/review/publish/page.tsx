import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listPublishableReports } from "@/lib/reports/list-publishable-reports";
import { chinaToday, toCalendarDateString } from "@/lib/dates";
import { BatchPublishForm } from "@/components/review/batch-publish-form";
import { batchPublishAction } from "./actions";

export const metadata: Metadata = { title: "批量发布" };

export default async function BatchPublishPage(props: PageProps<"/review/publish">) {
  const user = await requireUser();
  if (!can(user, "report:publish")) notFound();
  const yearParam = (await props.searchParams).year;
  const year = typeof yearParam === "string" && /^\d{4}$/.test(yearParam) ? Number(yearParam) : chinaToday().getUTCFullYear() - 1;
  const reports = await listPublishableReports({ actor: user, year });
  const firstPublications = reports.filter((r) => !r.isCorrection);
  const corrections = reports.filter((r) => r.isCorrection);

  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <nav aria-label="位置" className="text-sm text-stone-600">
        <Link href={`/review?year=${year}`} className="hover:underline">
          审核台
        </Link>{" "}
        › {year}年度 › 批量发布
      </nav>
      <h1 className="text-2xl font-semibold">批量发布 {year}年度报告</h1>
      <BatchPublishForm
        action={batchPublishAction}
        reports={firstPublications}
        today={toCalendarDateString(chinaToday())}
        minDate={`${year + 1}-01-01`}
        emptyText={`${year}年度没有待发布的已通过报告。审核通过的报告会出现在这里。`}
      />
      {corrections.length ? (
        <section aria-labelledby="corrections" className="space-y-2">
          <h2 id="corrections" className="text-lg font-semibold">
            待发布的更正
          </h2>
          <p className="text-sm text-stone-600">更正须逐份发布并填写更正说明：</p>
          <ul className="list-disc pl-5 text-sm">
            {corrections.map((r) => (
              <li key={r.id}>
                <Link href={`/review/reports/${r.id}`} className="text-status-submitted hover:underline">
                  {r.unit.shortName}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
