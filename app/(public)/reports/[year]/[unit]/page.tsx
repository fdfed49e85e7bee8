import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { PublishedReportArticle } from "@/components/public/published-report-article";
import { getPublishedReport } from "@/lib/public/get-published-report";

// Rendered on its first visit, then served from Next's cache until a publication, correction or
// withdrawal revalidates it. Nothing is rendered at build time: the build has no database to read.
export function generateStaticParams() {
  return [];
}

// generateMetadata and the page both need the report; cache() makes that one database read.
const getReport = cache(async (year: string, unitSlug: string) => {
  if (!/^\d{4}$/.test(year)) return null;
  return getPublishedReport({ year: Number(year), unitSlug });
});

export async function generateMetadata(props: PageProps<"/reports/[year]/[unit]">): Promise<Metadata> {
  const { year, unit } = await props.params;
  const report = await getReport(year, unit);
  if (!report) return { title: "未找到报告" };
  return { title: report.title, description: `${report.publisher}发布的${report.year}年度法治政府建设年度报告` };
}

export default async function ReportPage(props: PageProps<"/reports/[year]/[unit]">) {
  const { year, unit } = await props.params;
  const report = await getReport(year, unit);
  if (!report) notFound();
  return <PublishedReportArticle report={report} />;
}
