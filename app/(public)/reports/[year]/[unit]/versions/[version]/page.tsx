import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { PublishedReportArticle } from "@/components/public/published-report-article";
import { getPublishedReport } from "@/lib/public/get-published-report";
import { reportShare } from "@/lib/public/report-share";

// Rendered on its first visit, then served from Next's cache until a publication, correction or
// withdrawal revalidates it. Nothing is rendered at build time: the build has no database to read.
export function generateStaticParams() {
  return [];
}

const getVersion = cache(async (year: string, unitSlug: string, version: string) => {
  if (!/^\d{4}$/.test(year) || !/^[1-9]\d{0,3}$/.test(version)) return null;
  return getPublishedReport({ year: Number(year), unitSlug, version: Number(version) });
});

export async function generateMetadata(props: PageProps<"/reports/[year]/[unit]/versions/[version]">): Promise<Metadata> {
  const { year, unit, version } = await props.params;
  const report = await getVersion(year, unit, version);
  if (!report) return { title: "未找到报告" };
  // Earlier texts stay readable, but search engines should send readers to the current one.
  return { title: `${report.title}（历史版本）`, robots: { index: false } };
}

export default async function ReportVersionPage(props: PageProps<"/reports/[year]/[unit]/versions/[version]">) {
  const { year, unit, version } = await props.params;
  const report = await getVersion(year, unit, version);
  if (!report) notFound();
  if (report.isCurrentVersion) redirect(`/reports/${report.year}/${report.unit.slug}`);
  return <PublishedReportArticle report={report} share={await reportShare(report)} />;
}
