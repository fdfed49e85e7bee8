import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BrowseFilters } from "@/components/public/browse-filters";
import { Breadcrumb } from "@/components/public/breadcrumb";
import { EmptyList } from "@/components/public/empty-list";
import { PublicationOverviewTable } from "@/components/public/publication-overview-table";
import { overviewHref, parseKindSegment } from "@/lib/public/browse-params";
import { getSiteSettings } from "@/lib/settings/get-site-settings";
import { listPublicationOverview } from "@/lib/public/list-publication-overview";

// Rendered on its first visit, then served from Next's cache until a publication, correction or
// withdrawal revalidates it. Nothing is rendered at build time: the build has no database to read.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata(props: PageProps<"/overview/[kind]">): Promise<Metadata> {
  const kind = parseKindSegment((await props.params).kind);
  const { kindLabels } = await getSiteSettings();
  return { title: kind ? `${kindLabels[kind]}法治政府建设年度报告` : "页面不存在" };
}

/** The entry page ("/" shows the 街镇 one): which unit has published its report for which year. */
export default async function OverviewPage(props: PageProps<"/overview/[kind]">) {
  const kind = parseKindSegment((await props.params).kind);
  if (!kind) notFound();
  const [overview, { kindLabels }] = await Promise.all([listPublicationOverview({ kind }), getSiteSettings()]);
  const label = kindLabels[kind];
  const otherKind = kind === "TOWN" ? "DEPARTMENT" : "TOWN";

  return (
    <div className="mx-auto max-w-5xl px-4 py-6 sm:py-8">
      <Breadcrumb items={[{ label: "政府信息公开" }, { label: "法治政府建设年度报告" }]} />
      <h1 className="mt-4 font-serif text-2xl font-bold text-stone-900 sm:text-3xl">法治政府建设年度报告</h1>
      <p className="mt-2 text-sm leading-relaxed text-stone-600">
        各街镇和区级部门每年向社会公开上一年度法治政府建设情况。按单位类别和年度查看，或在下表中直接打开某单位某一年度的报告。
      </p>

      <div className="mt-6">
        <BrowseFilters kind={kind} years={overview.years} labels={kindLabels} />
      </div>

      <section aria-labelledby="overview-heading" className="mt-8">
        <h2 id="overview-heading" className="border-l-4 border-brand-700 pl-3 font-serif text-xl font-semibold text-stone-900">
          {label}历年公开情况
        </h2>
        <div className="mt-4">
          {overview.years.length > 0 && overview.rows.length > 0 ? (
            <PublicationOverviewTable kind={kind} label={label} overview={overview} />
          ) : (
            <EmptyList
              message={`暂无已发布的${label}报告`}
              hint="报告经审核后才会在此公开，请稍后再来查看。"
              link={{ label: `查看${kindLabels[otherKind]}报告`, href: overviewHref(otherKind) }}
            />
          )}
        </div>
      </section>
    </div>
  );
}
