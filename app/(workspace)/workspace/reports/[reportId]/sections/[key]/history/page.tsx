import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { denyReportPage } from "@/lib/audit/record-page-denial";
import { listSectionHistory, type SectionVersionView } from "@/lib/reports/list-section-history";
import { diffText, diffWords, hasDifferences } from "@/lib/reports/diff-text";
import { DiffParts } from "@/components/workspace/diff-parts";
import { formatChineseDateTime } from "@/lib/dates";
import { StatusBadge } from "@/components/status-badge";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { cn } from "@/lib/utils";
import { RestoreVersionButton } from "./history-view";

export const metadata: Metadata = { title: "历史版本" };

const importedAuthor = "系统导入";

function pickVersion(versions: SectionVersionView[], raw: string | string[] | undefined): SectionVersionView | undefined {
  const value = Number(Array.isArray(raw) ? raw[0] : raw);
  return Number.isInteger(value) ? versions.find((v) => v.version === value) : undefined;
}

function versionLabel(v: SectionVersionView, current: number) {
  const source = v.importedFrom ? ` · 导入自“${v.importedFrom}”` : "";
  return `第 ${v.version} 版${v.version === current ? "（当前）" : ""} · ${v.authorName ?? importedAuthor}${source} · ${formatChineseDateTime(v.createdAt)}`;
}

export default async function SectionHistoryPage(props: PageProps<"/workspace/reports/[reportId]/sections/[key]/history">) {
  const [{ reportId, key }, searchParams] = await Promise.all([props.params, props.searchParams]);
  const user = await requireUser();
  const history = await listSectionHistory({ actor: user, reportId, key });
  if (!history) return denyReportPage({ actor: user, path: `/workspace/reports/${reportId}/sections/${key}/history`, reportId });

  const { report, section, versions, canRestore } = history;
  const editorHref = `/workspace/reports/${report.id}/sections/${encodeURIComponent(section.key)}`;
  const historyHref = `${editorHref}/history`;
  let newer = pickVersion(versions, searchParams.b) ?? versions[0];
  let older = pickVersion(versions, searchParams.a) ?? versions.find((v) => v.version < newer.version) ?? newer;
  if (older.version > newer.version) [older, newer] = [newer, older];

  const isSame = older.version === newer.version;
  const titleParts = diffWords(older.title, newer.title);
  const bodyParagraphs = diffText(older.body, newer.body);
  const changedMetrics = section.metricFields.filter((f) => (older.metrics[f.key] ?? null) !== (newer.metrics[f.key] ?? null));
  const hasChanges = hasDifferences([titleParts]) || hasDifferences(bodyParagraphs) || changedMetrics.length > 0;

  return (
    <div className="space-y-6">
      <nav aria-label="位置" className="flex flex-wrap gap-x-2 text-sm text-stone-600">
        <Link href={`/workspace/reports/${report.id}`} className="hover:underline">
          {report.title}
        </Link>
        <span aria-hidden="true">/</span>
        <Link href={editorHref} className="hover:underline">
          {section.number}
          {section.title}
        </Link>
        <span aria-hidden="true">/</span>
        <span aria-current="page">历史版本</span>
      </nav>

      <header className="flex flex-wrap items-center gap-3">
        <h1 className="text-xl font-semibold">
          历史版本：{section.number}
          {section.title}
        </h1>
        <StatusBadge status={report.status} />
      </header>
      <p className="text-sm text-stone-600">
        每次保存都会留下一个版本。可以任选两个版本对照差异；恢复旧版本会把它另存为最新版本，现有内容仍保留在历史中。
      </p>
      {!canRestore ? <Alert tone="info">报告当前状态下不能修改，只能查看历史版本。</Alert> : null}

      <section aria-labelledby="compare-heading" className="space-y-4 rounded-lg border border-stone-200 bg-white p-5">
        <h2 id="compare-heading" className="font-semibold">
          版本对照
        </h2>
        {versions.length < 2 ? (
          <p className="text-sm text-stone-600">本部分只有一个版本，暂无可对照的内容。</p>
        ) : (
          <form method="get" action={historyHref} className="flex flex-wrap items-end gap-3">
            <VersionSelect name="a" label="较早版本" defaultValue={older.version} versions={versions} currentVersion={section.version} />
            <VersionSelect name="b" label="较新版本" defaultValue={newer.version} versions={versions} currentVersion={section.version} />
            <button type="submit" className={buttonClass("secondary")}>
              对照
            </button>
          </form>
        )}

        {versions.length >= 2 ? (
          <div className="space-y-4" data-testid="version-diff">
            <p className="text-sm text-stone-700">
              从第 {older.version} 版到第 {newer.version} 版的变化。
              <span className="ml-2">
                图例：
                <del className="bg-red-100 text-red-900 line-through">删除的文字</del>（红色删除线）、
                <ins className="bg-green-100 text-green-950 underline">新增的文字</ins>（绿色下划线）。
              </span>
            </p>
            {isSame ? <Alert tone="info">选择的是同一个版本，请选择两个不同的版本。</Alert> : null}
            {!isSame && !hasChanges ? <Alert tone="info">这两个版本的内容相同。</Alert> : null}
            {!isSame && hasDifferences([titleParts]) ? (
              <div>
                <h3 className="text-sm font-semibold">小标题</h3>
                <p className="mt-1">
                  <DiffParts parts={titleParts} />
                </p>
              </div>
            ) : null}
            {!isSame && changedMetrics.length > 0 ? (
              <div>
                <h3 className="text-sm font-semibold">统计指标</h3>
                <ul className="mt-1 space-y-1 text-sm">
                  {changedMetrics.map((f) => (
                    <li key={f.key}>
                      {f.label}：
                      <DiffParts
                        parts={[
                          { type: "removed", text: `${older.metrics[f.key] ?? "未填"}` },
                          { type: "added", text: `${newer.metrics[f.key] ?? "未填"}` },
                        ]}
                      />
                      {f.unit}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            {!isSame && hasChanges ? (
              <div>
                <h3 className="text-sm font-semibold">正文</h3>
                <div className="mt-1 space-y-2 font-serif leading-8">
                  {bodyParagraphs.length === 0 ? <p className="text-stone-500">（两个版本正文均为空）</p> : null}
                  {bodyParagraphs.map((parts, i) => (
                    <p key={i}>
                      <DiffParts parts={parts} />
                    </p>
                  ))}
                </div>
              </div>
            ) : null}
          </div>
        ) : null}
      </section>

      <section aria-labelledby="versions-heading" className="rounded-lg border border-stone-200 bg-white p-5">
        <h2 id="versions-heading" className="mb-3 font-semibold">
          全部版本（共 {versions.length} 个，最新在前）
        </h2>
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-stone-200 text-stone-600">
              <tr>
                <th scope="col" className="py-2 pr-4 font-medium">版本号</th>
                <th scope="col" className="py-2 pr-4 font-medium">保存人</th>
                <th scope="col" className="py-2 pr-4 font-medium">时间</th>
                <th scope="col" className="py-2 pr-4 font-medium">字数</th>
                <th scope="col" className="py-2 font-medium">操作</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((v) => (
                <tr key={v.version} className="border-b border-stone-100 align-top last:border-0" data-testid={`version-${v.version}`}>
                  <th scope="row" className="py-3 pr-4 font-medium">
                    第 {v.version} 版{v.version === section.version ? <span className="ml-1 text-xs font-normal text-stone-500">（当前）</span> : null}
                  </th>
                  <td className="py-3 pr-4">
                    {v.authorName ?? importedAuthor}
                    {v.importedFrom ? <span className="block text-xs text-stone-600">导入自“{v.importedFrom}”</span> : null}
                  </td>
                  <td className="py-3 pr-4 whitespace-nowrap">{formatChineseDateTime(v.createdAt)}</td>
                  <td className="py-3 pr-4">{v.characters}</td>
                  <td className="py-3">
                    <div className="flex flex-wrap items-start gap-2">
                      {v.version !== section.version ? (
                        <Link
                          href={`${historyHref}?a=${v.version}&b=${section.version}`}
                          className={buttonClass("ghost")}
                          aria-label={`将第 ${v.version} 版与当前版本对照`}
                        >
                          与当前版本对照
                        </Link>
                      ) : null}
                      {canRestore && v.version < section.version ? (
                        <RestoreVersionButton
                          reportId={report.id}
                          sectionKey={section.key}
                          fromVersion={v.version}
                          currentVersion={section.version}
                          savedBy={v.authorName ?? importedAuthor}
                        />
                      ) : null}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <p>
        <Link href={editorHref} className={buttonClass("secondary")}>
          返回编辑本部分
        </Link>
      </p>
    </div>
  );
}

function VersionSelect(props: {
  name: string;
  label: string;
  defaultValue: number;
  versions: Parameters<typeof versionLabel>[0][];
  currentVersion: number;
}) {
  return (
    <label className="grid gap-1 text-sm">
      <span className="font-medium">{props.label}</span>
      <select name={props.name} defaultValue={props.defaultValue} className={cn(inputClass, "w-auto")}>
        {props.versions.map((v) => (
          <option key={v.version} value={v.version}>
            {versionLabel(v, props.currentVersion)}
          </option>
        ))}
      </select>
    </label>
  );
}
