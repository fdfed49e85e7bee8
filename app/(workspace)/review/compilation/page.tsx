import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { buttonClass } from "@/components/ui/button";
import { chinaToday } from "@/lib/dates";
import { listCompilationYears } from "@/lib/compilation/compilation-years";

export const metadata: Metadata = { title: "年度报告汇编" };

/** The reviewer's choices for the year's compilation; the download is a plain GET of the word route. */
export default async function CompilationPage(props: PageProps<"/review/compilation">) {
  const user = await requireUser();
  if (!can(user, "review:list")) notFound();
  const years = await listCompilationYears({ actor: user });
  const asked = Number((await props.searchParams).year);
  // Reports are written in the spring for the year before.
  const lastYear = chinaToday().getUTCFullYear() - 1;
  const defaultYear = years.includes(asked) ? asked : years.includes(lastYear) ? lastYear : (years[0] ?? lastYear);
  const field = "mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2";

  return (
    <div className="max-w-2xl space-y-5">
      <header>
        <h1 className="text-2xl font-semibold">年度报告汇编</h1>
        <p className="mt-1 text-sm text-stone-600">
          把一个年度的全部报告按单位顺序汇成一个 Word 文件：封面、目录（打开时由 Word 更新页码）、每份报告另起一页并注明发布机构、字号和发布日期，版式与单份报告的 Word 文件相同（GB/T 9704）。报告较多时生成需要数秒。
        </p>
      </header>
      <form action="/review/compilation/word" method="get" className="space-y-4 rounded-lg border border-stone-200 bg-white p-5">
        <label className="block">
          <span className="font-medium">年度</span>
          {years.length > 0 ? (
            <select name="year" required defaultValue={defaultYear} className={field}>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}年度
                </option>
              ))}
            </select>
          ) : (
            <input name="year" type="number" min={2000} max={2100} required defaultValue={defaultYear} className={field} />
          )}
        </label>
        <fieldset>
          <legend className="font-medium">范围</legend>
          <label className="mt-1 flex items-center gap-2">
            <input type="radio" name="include" value="published" defaultChecked /> 仅已发布的报告（与公众下载的汇编相同）
          </label>
          <label className="mt-1 flex items-center gap-2">
            <input type="radio" name="include" value="approved" /> 另含已审核通过、尚未发布的报告（内部审阅用）
          </label>
        </fieldset>
        <label className="block">
          <span className="font-medium">顺序</span>
          <select name="order" defaultValue="town-first" className={field}>
            <option value="town-first">先街镇、后部门</option>
            <option value="department-first">先部门、后街镇</option>
          </select>
          <span className="mt-1 block text-sm text-stone-600">同类单位按单位管理中的排序排列。</span>
        </label>
        <div className="flex flex-wrap gap-3">
          <button type="submit" className={buttonClass("primary")}>
            下载汇编（Word）
          </button>
          <button type="submit" formAction="/review/compilation/print" className={buttonClass("secondary")}>
            打开打印版
          </button>
        </div>
      </form>
    </div>
  );
}
