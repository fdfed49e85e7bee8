import type { GetStaticPaths, GetStaticProps, PageConfig } from "next";
import Head from "next/head";
import { PublicPageFrame } from "@/components/public/public-page-frame";
import { PublishedReportArticle } from "@/components/public/published-report-article";
import { getPublishedReport } from "@/lib/public/get-published-report";
import { publishedReportFromJson, publishedReportToJson, type PublishedReportJson } from "@/lib/public/report-page-data";
import { reportPageRevalidateSeconds } from "@/lib/public/report-page-cache";
import { reportShare, type ReportShare } from "@/lib/public/report-share";
import { getSiteSettings } from "@/lib/settings/get-site-settings";

// The page citizens read most, on phones too: plain HTML and CSS, without React or Next's
// router in the browser (the few tools run from a small inline script, components/public/
// page-tools.ts). Its siblings — Word, earlier versions — are App Router routes.
// (runtime is the default, named because Next's generated route types require a known key.)
export const config: PageConfig = { runtime: "nodejs", unstable_runtimeJS: false };

type Props = { report: PublishedReportJson; share: ReportShare; siteTitle: string };
type Params = { year: string; unit: string };

// Rendered on its first visit, then served from Next's cache until a publication, correction or
// withdrawal revalidates it (lib/public/report-pages.ts). Nothing is rendered at build time: the
// build has no database to read.
export const getStaticPaths: GetStaticPaths<Params> = () => ({ paths: [], fallback: "blocking" });

export const getStaticProps: GetStaticProps<Props, Params> = async ({ params }) => {
  const { year, unit } = params!;
  const report = /^\d{4}$/.test(year) ? await getPublishedReport({ year: Number(year), unitSlug: unit }) : null;
  if (!report) return { notFound: true, revalidate: reportPageRevalidateSeconds };
  const { siteTitle } = await getSiteSettings();
  return { props: { report: publishedReportToJson(report), share: await reportShare(report), siteTitle }, revalidate: reportPageRevalidateSeconds };
};

export default function ReportPage({ report: json, share, siteTitle }: Props) {
  const report = publishedReportFromJson(json);
  return (
    <>
      <Head>
        <title>{`${report.title} · 法治年报`}</title>
        <meta name="description" content={`${report.publisher}发布的${report.year}年度法治政府建设年度报告`} />
      </Head>
      <PublicPageFrame siteTitle={siteTitle}>
        <PublishedReportArticle report={report} share={share} />
      </PublicPageFrame>
    </>
  );
}
