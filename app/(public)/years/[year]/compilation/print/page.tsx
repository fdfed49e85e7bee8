import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { CompilationPrint } from "@/components/compilation/compilation-print";
import { PrintButton } from "@/components/public/print-button";
import { compilationTitle } from "@/lib/compilation/build-compilation-docx";
import { latestPublication } from "@/lib/compilation/export-compilation";
import { listCompilationReports } from "@/lib/compilation/list-compilation-reports";
import { parseYearSegment } from "@/lib/public/browse-params";

// Like the year lists: rendered on the first visit, kept until a publication revalidates it.
export function generateStaticParams() {
  return [];
}

const load = cache(async (segment: string) => {
  const year = parseYearSegment(segment);
  const list = year ? await listCompilationReports({ year }) : null;
  return list && list.entries.length > 0 ? list : null;
});

export async function generateMetadata(props: PageProps<"/years/[year]/compilation/print">): Promise<Metadata> {
  const list = await load((await props.params).year);
  return { title: list ? `${list.districtName}${compilationTitle(list.year)}（打印版）` : "页面不存在" };
}

/** The year's published reports as one printable page: the print view of the Word compilation. */
export default async function PublicCompilationPrintPage(props: PageProps<"/years/[year]/compilation/print">) {
  const list = await load((await props.params).year);
  if (!list) notFound();
  return (
    <div className="mx-auto max-w-4xl px-4 py-6 sm:py-8">
      <div data-print="hide" className="mb-6 flex flex-wrap items-center gap-3 text-sm">
        <PrintButton />
        <a href={`/years/${list.year}/compilation`} download className="text-red-900 underline underline-offset-2">
          下载 Word 版（目录带页码）
        </a>
      </div>
      <CompilationPrint compilation={list} date={latestPublication(list.entries)} />
    </div>
  );
}
