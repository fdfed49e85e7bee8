import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getAdminUnit, type AdminUnit } from "@/lib/units/get-admin-unit";
import { getSiteSettings } from "@/lib/settings/get-site-settings";
import { setUnitActiveAction, updateUnitAction } from "@/app/(workspace)/admin/units/actions";
import { UnitForm } from "@/components/admin/unit-form";
import { ConfirmActionForm } from "@/components/admin/confirm-action-form";
import { Alert } from "@/components/ui/alert";
import { statusLabels } from "@/lib/reports/workflow";

export const metadata: Metadata = { title: "编辑单位" };

function DeactivationImpact({ unit }: { unit: AdminUnit }) {
  return (
    <div className="space-y-2">
      <p>停用“{unit.shortName}”后：</p>
      <ul className="list-disc space-y-1 pl-5">
        <li>它不再出现在审核台，也不会出现在公开网站总览以后的年度中。</li>
        <li>
          已公开的 {unit.publishedCount} 份报告仍保留在公开网站上，网址不变。
        </li>
        {unit.inProgress.length > 0 ? (
          <li>
            尚未发布的报告（{unit.inProgress.map((r) => `${r.year}年度 ${statusLabels[r.status]}`).join("、")}）保留在系统中，但不再出现在审核台。
          </li>
        ) : null}
        <li>
          {unit.activeUsers.length > 0
            ? `它的 ${unit.activeUsers.length} 个用户账号（${unit.activeUsers.map((u) => u.name).join("、")}）不受影响，仍可登录查看本单位报告；如需停用请到“用户”页面。`
            : "它没有启用的用户账号。"}
        </li>
      </ul>
      <p>随时可以重新启用。</p>
    </div>
  );
}

export default async function EditUnitPage(props: PageProps<"/admin/units/[unitId]">) {
  const user = await requireUser();
  if (!can(user, "admin:manage")) notFound();
  const [{ unitId }, searchParams] = await Promise.all([props.params, props.searchParams]);
  const [unit, { kindLabels }] = await Promise.all([getAdminUnit({ actor: user, unitId }), getSiteSettings()]);
  if (!unit) notFound();
  const lockedReason = unit.reportCount > 0 ? `该单位已有 ${unit.reportCount} 份报告：网址标识和类别不能再修改（公开报告的网址依赖网址标识）。` : undefined;

  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/admin/units" className="text-status-submitted hover:underline">
          ← 单位
        </Link>
      </p>
      <div>
        <h1 className="text-2xl font-semibold">
          {unit.shortName}
          {unit.isActive ? null : <span className="ml-3 align-middle text-base font-normal text-stone-500">已停用</span>}
        </h1>
        <p className="mt-1 text-sm text-stone-600">
          {kindLabels[unit.kind]} · {unit.reportCount} 份报告 · {unit.activeUsers.length} 个启用的用户
        </p>
      </div>
      {searchParams.created ? <Alert tone="success">已新增“{unit.shortName}”，公开网站的总览已列出该单位。</Alert> : null}
      <UnitForm
        action={updateUnitAction.bind(null, unit.id)}
        values={{ name: unit.name, shortName: unit.shortName, kind: unit.kind, orgCode: unit.orgCode, slug: unit.slug, sortOrder: unit.sortOrder }}
        kindLabels={kindLabels}
        lockedReason={lockedReason}
        submitLabel="保存"
      />
      <section aria-labelledby="unit-status" className="max-w-2xl space-y-3 rounded-lg border border-stone-200 bg-white p-5">
        <h2 id="unit-status" className="text-lg font-semibold">
          {unit.isActive ? "停用单位" : "重新启用"}
        </h2>
        <p className="text-sm text-stone-600">
          {unit.isActive
            ? "单位撤并或不再需要报告时停用。有报告的单位不能删除，停用是它离开的方式。"
            : "启用后，单位重新出现在审核台和公开网站的总览中。"}
        </p>
        {unit.isActive ? (
          <ConfirmActionForm
            action={setUnitActiveAction}
            fields={{ unitId: unit.id, isActive: "false" }}
            label="停用单位"
            variant="danger"
            title={`停用“${unit.shortName}”？`}
            description={<DeactivationImpact unit={unit} />}
            confirmLabel="确认停用"
          />
        ) : (
          <ConfirmActionForm
            action={setUnitActiveAction}
            fields={{ unitId: unit.id, isActive: "true" }}
            label="重新启用"
            title={`重新启用“${unit.shortName}”？`}
            description="它将重新出现在审核台和公开网站的总览中，它的用户可以继续填报开放年度的报告。"
            confirmLabel="确认启用"
          />
        )}
      </section>
    </div>
  );
}
