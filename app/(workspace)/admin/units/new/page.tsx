import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getSiteSettings } from "@/lib/settings/get-site-settings";
import { createUnitAction } from "@/app/(workspace)/admin/units/actions";
import { UnitForm } from "@/components/admin/unit-form";

export const metadata: Metadata = { title: "新增单位" };

export default async function NewUnitPage() {
  const user = await requireUser();
  if (!can(user, "admin:manage")) notFound();
  const { kindLabels } = await getSiteSettings();
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href="/admin/units" className="text-status-submitted hover:underline">
          ← 单位
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">新增单位</h1>
      <UnitForm
        action={createUnitAction}
        values={{ name: "", shortName: "", kind: "TOWN", orgCode: "", slug: "", sortOrder: "" }}
        kindLabels={kindLabels}
        submitLabel="新增单位"
        redirectBase="/admin/units"
      />
    </div>
  );
}
