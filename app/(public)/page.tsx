import type { Metadata } from "next";
import { Breadcrumb } from "@/components/public/breadcrumb";
import { EmptyList } from "@/components/public/empty-list";
import { FilterLinks } from "@/components/public/filter-links";
import { homeHref, type UnitKindParam } from "@/components/public/home-href";
import { ReportList } from "@/components/public/report-list";
import { listPublishedReports, listPublishedYears } from "@/lib/public/list-published-reports";

export const metadata: Metadata = { title: "法治政府建设年度报告" };

const kindLabels: Record<UnitKindParam, string> = { town: "街镇", department: "部门" };

function parseYear(value: string | string[] | undefined): number | undefined {
  return typeof value === "string" && /^\d{4}$/.test(value) ? Number(value) : undefined;
}

export default async function HomePage(props: PageProps<"/">) {
  const searchParams = await props.searchParams;
  const kind: UnitKindParam = searchParams.kind === "department" ? "department" : "town";
  const year = parseYear(searchParams.year);
  const [items, years] = await Promise.all([
    listPublishedReports({ kind: kind === "town" ? "TOWN" : "DEPARTMENT", year }),
    listPublishedYears(),
  ]);

  return (
    <div className="mx-auto max-w-5xl px-4 py-6 sm:py-8">
      <Breadcrumb items={[{ label: "政府信息公开" }, { label: "法治政府建设年度报告" }]} />
      <h1 className="mt-4 font-serif text-2xl font-bold text-stone-900 sm:text-3xl">法治政府建设年度报告</h1>
      <p className="mt-2 text-sm leading-relaxed text-stone-600">
        各街镇和区级部门每年向社会公开上一年度法治政府建设情况。按单位类别和年度查看。
      </p>

      <div className="mt-6 space-y-4">
        <FilterLinks
          label="单位类别"
          variant="tabs"
          links={(["town", "department"] as const).map((k) => ({ label: kindLabels[k], href: homeHref({ kind: k, year }), isCurrent: k === kind }))}
        />
        {years.length > 0 ? (
          <FilterLinks
            label="年度"
            variant="pills"
            links={[
              { label: "全部年份", href: homeHref({ kind }), isCurrent: year === undefined },
              ...years.map((y) => ({ label: String(y), href: homeHref({ kind, year: y }), isCurrent: y === year })),
            ]}
          />
        ) : null}
      </div>

      <div className="mt-8">
        {items.length > 0 ? (
          <ReportList items={items} />
        ) : year !== undefined ? (
          <EmptyList
            message={`${year}年度暂无已发布的${kindLabels[kind]}报告`}
            hint="报告经审核后才会在此公开，请稍后再来查看，或查看其他年度。"
            link={{ label: "查看全部年份", href: homeHref({ kind }) }}
          />
        ) : (
          <EmptyList
            message="该类别暂无已发布的报告"
            hint="报告经审核后才会在此公开，请稍后再来查看。"
            link={{
              label: `查看${kindLabels[kind === "town" ? "department" : "town"]}报告`,
              href: homeHref({ kind: kind === "town" ? "department" : "town" }),
            }}
          />
        )}
      </div>
    </div>
  );
}
