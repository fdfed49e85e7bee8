import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUnit } from "@/lib/units/create-unit";
import { updateUnit } from "@/lib/units/update-unit";
import { setUnitActive } from "@/lib/units/set-unit-active";
import { moveUnit } from "@/lib/units/move-unit";
import { importUnits } from "@/lib/units/import-units";
import { listAdminUnits } from "@/lib/units/list-admin-units";
import { parseUnitsQuery } from "@/lib/units/units-query";
import { updateDistrictSettings } from "@/lib/settings/update-district-settings";
import { getAdminOverview } from "@/lib/admin/get-admin-overview";
import { approveReport } from "@/lib/reports/approve-report";
import { publishReport } from "@/lib/reports/publish-report";
import type { UnitFormInput } from "@/lib/units/schemas";
import { createReport, createWorld, uniqueId, type World } from "../factories";
import { expectAppError } from "./helpers";

// Real-format codes with correct check characters (GB 32100-2015).
const validCodes = ["11500102MB15300012", "11500102MB15300994", "11500102MB15300981", "11500102009083935G"];

function unitInput(overrides: Partial<UnitFormInput> = {}): UnitFormInput {
  const id = uniqueId();
  return { name: `重庆市涪陵区新镇${id}人民政府`, shortName: `新镇${id}`, kind: "TOWN", orgCode: validCodes[0], slug: `xin-${id}`, ...overrides };
}

function unitEvents(targetId: string) {
  return db.auditEvent.findMany({ where: { targetId }, orderBy: { createdAt: "asc" }, select: { kind: true, actorId: true, data: true } });
}

function fieldErrorsOf(error: { details?: unknown }) {
  return (error.details as { fieldErrors: Record<string, string[]> }).fieldErrors;
}

describe("admin: units", () => {
  let world: World;

  beforeAll(async () => {
    world = await createWorld();
  });

  it("creates a unit at the end of its kind and audits it with before and after", async () => {
    const unit = await createUnit({ actor: world.admin, input: unitInput({ orgCode: validCodes[1] }) });
    expect(unit).toMatchObject({ isActive: true, orgCode: validCodes[1] });
    const others = await db.unit.findMany({ where: { districtId: world.district.id, kind: "TOWN", id: { not: unit.id } }, select: { sortOrder: true } });
    expect(unit.sortOrder).toBeGreaterThan(Math.max(...others.map((u) => u.sortOrder)));
    const [event] = await unitEvents(unit.id);
    expect(event).toMatchObject({ kind: "UNIT_CREATED", actorId: world.admin.id, data: { before: null, after: { slug: unit.slug, orgCode: validCodes[1], isActive: true } } });
  });

  it("refuses a wrong check character, a taken slug and a taken code, naming the field, and writes nothing", async () => {
    const before = await db.unit.count({ where: { districtId: world.district.id } });
    const bad = await expectAppError(createUnit({ actor: world.admin, input: unitInput({ orgCode: "11500102MB15300013" }) }), "INVALID_INPUT");
    expect(fieldErrorsOf(bad).orgCode.join()).toContain("第 18 位应为“2”");
    const taken = await expectAppError(createUnit({ actor: world.admin, input: unitInput({ slug: world.unit.slug, orgCode: world.unit.orgCode }) }), "INVALID_INPUT");
    expect(fieldErrorsOf(taken).slug.join()).toContain("已被");
    expect(fieldErrorsOf(taken).orgCode.join()).toContain("已被");
    expect(await db.unit.count({ where: { districtId: world.district.id } })).toBe(before);
  });

  it("renames a unit without touching its slug, keeping an old unvalidated code that is not changed", async () => {
    // The factory's codes predate validation and would fail the check character.
    const { unit, isChanged } = await updateUnit({
      actor: world.admin,
      unitId: world.otherUnit.id,
      input: { name: "重庆市涪陵区改名镇人民政府", shortName: world.otherUnit.shortName, kind: "TOWN", orgCode: world.otherUnit.orgCode, slug: world.otherUnit.slug },
    });
    expect(isChanged).toBe(true);
    expect(unit).toMatchObject({ name: "重庆市涪陵区改名镇人民政府", slug: world.otherUnit.slug, orgCode: world.otherUnit.orgCode, sortOrder: world.otherUnit.sortOrder });
    const events = await unitEvents(world.otherUnit.id);
    expect(events.at(-1)).toMatchObject({ kind: "UNIT_UPDATED", data: { before: { name: world.otherUnit.name }, after: { name: "重庆市涪陵区改名镇人民政府" } } });

    const changedToBad = await expectAppError(
      updateUnit({ actor: world.admin, unitId: world.otherUnit.id, input: { ...unit, orgCode: "T-NOT-A-CODE", sortOrder: unit.sortOrder } }),
      "INVALID_INPUT",
    );
    expect(fieldErrorsOf(changedToBad).orgCode).toBeDefined();
  });

  it("never changes the slug or kind of a unit once it has a report", async () => {
    await createReport(world);
    const error = await expectAppError(
      updateUnit({ actor: world.admin, unitId: world.unit.id, input: { name: world.unit.name, shortName: world.unit.shortName, kind: "DEPARTMENT", orgCode: world.unit.orgCode, slug: "renamed-slug" } }),
      "INVALID_INPUT",
    );
    expect(fieldErrorsOf(error).slug.join()).toContain("网址标识不能再修改");
    expect(fieldErrorsOf(error).kind.join()).toContain("不能改变类别");
    expect(await db.unit.findUniqueOrThrow({ where: { id: world.unit.id }, select: { slug: true, kind: true } })).toEqual({ slug: world.unit.slug, kind: "TOWN" });
  });

  it("deactivates and reactivates a unit, audited, and leaves its users alone", async () => {
    const off = await setUnitActive({ actor: world.admin, unitId: world.otherUnit.id, isActive: false });
    expect(off.isActive).toBe(false);
    expect(await db.user.findUniqueOrThrow({ where: { id: world.otherClerk.id }, select: { isActive: true } })).toEqual({ isActive: true });
    const overview = await getAdminOverview({ actor: world.admin });
    expect(overview.units.inactive).toBe(1);
    await setUnitActive({ actor: world.admin, unitId: world.otherUnit.id, isActive: true });
    const kinds = (await unitEvents(world.otherUnit.id)).map((e) => e.kind);
    expect(kinds.slice(-2)).toEqual(["UNIT_DEACTIVATED", "UNIT_REACTIVATED"]);
    expect((await unitEvents(world.otherUnit.id)).at(-2)?.data).toMatchObject({ before: { isActive: true }, after: { isActive: false } });
  });

  it("moves a unit up within its kind", async () => {
    const order = async () => (await listAdminUnits({ actor: world.admin, query: parseUnitsQuery({ kind: "town" }) })).rows.map((r) => r.id);
    const before = await order();
    await moveUnit({ actor: world.admin, unitId: before[1], direction: "up" });
    expect(await order()).toEqual([before[1], before[0], ...before.slice(2)]);
    expect(await moveUnit({ actor: world.admin, unitId: before[1], direction: "up" })).toEqual({ isMoved: false });
  });

  it("refuses every admin command to a reviewer and a clerk", async () => {
    for (const actor of [world.reviewer, world.clerk]) {
      await expectAppError(createUnit({ actor, input: unitInput({ orgCode: validCodes[2] }) }), "FORBIDDEN");
      await expectAppError(updateUnit({ actor, unitId: world.unit.id, input: unitInput() }), "FORBIDDEN");
      await expectAppError(setUnitActive({ actor, unitId: world.unit.id, isActive: false }), "FORBIDDEN");
      await expectAppError(moveUnit({ actor, unitId: world.unit.id, direction: "down" }), "FORBIDDEN");
      await expectAppError(importUnits({ actor, fileName: "u.csv", bytes: new Uint8Array([1]) }), "FORBIDDEN");
      await expectAppError(listAdminUnits({ actor, query: parseUnitsQuery({}) }), "FORBIDDEN");
      await expectAppError(getAdminOverview({ actor }), "FORBIDDEN");
      await expectAppError(
        updateDistrictSettings({ actor, input: { siteTitle: "x", publisherPattern: "{unitName}", indexNumberPattern: "{year}-{seq}", townLabel: "镇", departmentLabel: "局" } }),
        "FORBIDDEN",
      );
    }
    expect(await db.unit.findUniqueOrThrow({ where: { id: world.unit.id }, select: { isActive: true } })).toEqual({ isActive: true });
  });

  it("refuses another district's unit as not found", async () => {
    const other = await createWorld();
    await expectAppError(setUnitActive({ actor: world.admin, unitId: other.unit.id, isActive: false }), "NOT_FOUND");
  });
});

describe("admin: unit import", () => {
  let world: World;

  beforeAll(async () => {
    world = await createWorld();
  });

  it("previews without writing, applies the valid rows once with one audit event, and changes nothing the second time", async () => {
    const id = uniqueId();
    const csv = [
      "全称,简称,类别,统一社会信用代码,网址标识(slug),顺序",
      `重庆市涪陵区甲${id}镇人民政府,甲${id}镇,街镇,${validCodes[0]},jia-${id},`,
      `重庆市涪陵区乙${id}局,乙${id}局,部门,${validCodes[3]},yi-${id},5`,
      `${world.unit.name},新简称${id},街镇,${world.unit.orgCode},${world.unit.slug},`,
      `坏行,坏行,乡镇,123,BAD SLUG,`,
    ].join("\r\n");
    const bytes = new TextEncoder().encode(`\uFEFF${csv}\r\n`);
    const unitsBefore = await db.unit.count({ where: { districtId: world.district.id } });

    const preview = await importUnits({ actor: world.admin, fileName: "单位.csv", bytes });
    expect(preview.plan.counts).toEqual({ create: 2, update: 1, unchanged: 0, error: 1 });
    expect(preview.isApplied).toBe(false);
    expect(await db.unit.count({ where: { districtId: world.district.id } })).toBe(unitsBefore);

    await expectAppError(importUnits({ actor: world.admin, fileName: "单位.csv", bytes, confirmChecksum: "0".repeat(64) }), "INVALID_INPUT");

    const applied = await importUnits({ actor: world.admin, fileName: "单位.csv", bytes, confirmChecksum: preview.checksum });
    expect(applied.isApplied).toBe(true);
    expect(await db.unit.count({ where: { districtId: world.district.id } })).toBe(unitsBefore + 2);
    expect(await db.unit.findUniqueOrThrow({ where: { id: world.unit.id }, select: { shortName: true, slug: true } })).toEqual({ shortName: `新简称${id}`, slug: world.unit.slug });
    const events = await db.auditEvent.findMany({ where: { districtId: world.district.id, kind: "UNITS_IMPORTED" }, select: { data: true } });
    expect(events).toHaveLength(1);
    expect(events[0].data).toMatchObject({ fileName: "单位.csv", checksum: preview.checksum, counts: { create: 2, update: 1, error: 1 } });
    expect((events[0].data as { changes: unknown[] }).changes).toContainEqual({
      unitId: world.unit.id,
      before: expect.objectContaining({ shortName: world.unit.shortName }),
      after: expect.objectContaining({ shortName: `新简称${id}` }),
    });

    const again = await importUnits({ actor: world.admin, fileName: "单位.csv", bytes });
    expect(again.plan.counts).toEqual({ create: 0, update: 0, unchanged: 3, error: 1 });
    const second = await importUnits({ actor: world.admin, fileName: "单位.csv", bytes, confirmChecksum: again.checksum });
    expect(second.isApplied).toBe(false);
    expect(await db.auditEvent.count({ where: { districtId: world.district.id, kind: "UNITS_IMPORTED" } })).toBe(1);
  });
});

describe("admin: district settings", () => {
  it("audits a change with before and after, and publishing then uses the new patterns", async () => {
    const world = await createWorld({ year: 2024 });
    const input = { siteTitle: "测试网站", publisherPattern: "{unitName}（测试）", indexNumberPattern: "FL-{orgCode}-{year}/{seq:3}", townLabel: "乡镇街道", departmentLabel: "区级部门" };
    expect(await updateDistrictSettings({ actor: world.admin, input })).toEqual({ isChanged: true });
    expect(await updateDistrictSettings({ actor: world.admin, input })).toEqual({ isChanged: false });
    const events = await db.auditEvent.findMany({ where: { districtId: world.district.id, kind: "SETTINGS_UPDATED" }, select: { data: true, actorId: true } });
    expect(events).toEqual([{ actorId: world.admin.id, data: { before: expect.objectContaining({ indexNumberPattern: "{orgCode}/{year}-{seq:5}", townLabel: "街镇" }), after: input } }]);

    const report = await createReport(world, { submit: true });
    await approveReport({ actor: world.reviewer, reportId: report.id, version: report.version });
    const { version } = await db.report.findUniqueOrThrow({ where: { id: report.id }, select: { version: true } });
    const published = await publishReport({ actor: world.reviewer, reportId: report.id, version, publishedAt: "2025-01-10" });
    expect(published.indexNumber).toBe(`FL-${world.unit.orgCode}-2025/001`);
    const publication = await db.publication.findFirstOrThrow({ where: { reportId: report.id }, select: { publisher: true } });
    expect(publication.publisher).toBe(`${world.unit.name}（测试）`);
  });
});

describe("admin home", () => {
  it("lists locked sign-ins of the district, units without an active clerk and the open year's deadlines", async () => {
    const world = await createWorld({ year: 2026 });
    const now = new Date("2027-02-27T04:00:00Z");
    const lonely = await createUnit({ actor: world.admin, input: unitInput({ orgCode: validCodes[2] }) });
    await db.loginThrottle.createMany({
      data: [
        { scope: "ACCOUNT_IP", login: world.clerk.login, ip: "10.0.0.7", failures: 5, lockedUntil: new Date(now.getTime() + 600_000) },
        { scope: "ACCOUNT_IP", login: world.otherClerk.login, ip: "10.0.0.8", failures: 5, lockedUntil: new Date(now.getTime() - 1000) },
        { scope: "ACCOUNT_IP", login: `unknown-${uniqueId()}`, ip: "10.0.0.9", failures: 5, lockedUntil: new Date(now.getTime() + 600_000) },
      ],
    });
    const overview = await getAdminOverview({ actor: world.admin, now });
    expect(overview.lockedLogins).toEqual([expect.objectContaining({ login: world.clerk.login, ip: "10.0.0.7", userId: world.clerk.id })]);
    expect(overview.unitsWithoutClerk.map((u) => u.id)).toEqual([lonely.id]);
    expect(overview.openYears).toEqual([
      {
        year: 2026,
        deadlines: [
          { label: "报送截止", date: new Date("2027-03-01T00:00:00Z"), daysLeft: 2 },
          { label: "公开截止", date: new Date("2027-03-31T00:00:00Z"), daysLeft: 32 },
        ],
      },
    ]);
    expect(overview.units).toEqual({ active: 3, inactive: 0 });
  });
});
