import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { chinaToday } from "@/lib/dates";
import { getDistrictSettings } from "@/lib/settings/get-district-settings";
import { SettingsForm } from "@/components/admin/settings-form";
import { updateSettingsAction } from "./actions";

export const metadata: Metadata = { title: "区设置" };

export default async function SettingsPage() {
  const user = await requireUser();
  if (!can(user, "admin:manage")) notFound();
  const { settings, sampleUnit } = await getDistrictSettings({ actor: user });
  const { name, ...values } = settings;
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">区设置</h1>
        <p className="mt-1 text-sm text-stone-600">{name}的网站标题、发布机构和索引号的写法、两类单位的名称。</p>
      </div>
      <SettingsForm action={updateSettingsAction} values={values} sampleUnit={sampleUnit} year={chinaToday().getUTCFullYear()} />
    </div>
  );
}
