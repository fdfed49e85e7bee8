// Builders for the admin rows of the matrix. Every cell works on data of its own in the walk's
// own district (a new unit, user, session or year, numbered from 2040 so no other spec's years
// meet them), so an admin's allowed request never changes what another cell or spec sees.
import { randomBytes } from "node:crypto";
import { testDb } from "@/tests/e2e/db";
import { creditCodeCheckCharacter } from "@/lib/units/credit-code";
import { importChecksum } from "@/lib/units/import/import-checksum";
import { outlineHash } from "@/lib/templates/outline-hash";
import { parseCalendarDate } from "@/lib/dates";
import { createUser, uniqueId, type MatrixWorld } from "./arrange";
import { form, type ActionValue } from "./server-action";
import type { Builder, CellContext } from "./cell";

/** A valid 统一社会信用代码 no other unit has: 11 + 涪陵区 500102 + nine digits of our own. */
function newCreditCode(): string {
  const digits = BigInt(`0x${randomBytes(8).toString("hex")}`).toString().padStart(9, "0").slice(-9);
  const first17 = `11500102${digits}`;
  return first17 + creditCodeCheckCharacter(first17);
}

function newUnitFields() {
  const id = uniqueId();
  return { name: `重庆市涪陵区矩阵新增${id}镇人民政府`, shortName: `矩阵新${id.slice(-5)}镇`, kind: "TOWN", orgCode: newCreditCode(), slug: `authz-new-${id}`, sortOrder: "" };
}

/** A year number this district does not have yet, from 2040 on. */
async function freeYear(world: MatrixWorld): Promise<number> {
  const last = await testDb.reportingYear.findFirst({ where: { districtId: world.districtId, year: { gte: 2040 } }, orderBy: { year: "desc" }, select: { year: true } });
  return (last?.year ?? 2039) + 1;
}

export async function ownYear(world: MatrixWorld, isOpen: boolean) {
  const year = await freeYear(world);
  await testDb.reportingYear.create({ data: { districtId: world.districtId, year, isOpen, publicationDeadline: parseCalendarDate(`${year + 1}-03-31`)! } });
  return { year, snapshot: () => testDb.reportingYear.findUniqueOrThrow({ where: { districtId_year: { districtId: world.districtId, year } } }) };
}

async function targetUser(ctx: CellContext) {
  const user = await createUser(ctx.world, "CLERK", ctx.unit.id);
  return { ...user, snapshot: () => testDb.user.findUniqueOrThrow({ where: { id: user.id } }) };
}

export async function otherSession(userId: string) {
  const session = await testDb.session.create({
    data: { userId, tokenHash: randomBytes(32).toString("hex"), expiresAt: new Date(Date.now() + 12 * 3600_000) },
    select: { id: true },
  });
  return { id: session.id, snapshot: () => testDb.session.findUniqueOrThrow({ where: { id: session.id }, select: { endedAt: true, endReason: true } }) };
}

/** What a silent form action did: its change, or the refusal it audited since `since`. */
async function silentOutcome(world: MatrixWorld, since: Date, isChanged: () => Promise<boolean>): Promise<ActionValue> {
  if (await isChanged()) return { ok: true };
  const denial = await testDb.auditEvent.findFirst({
    where: { districtId: world.districtId, kind: "PERMISSION_DENIED", createdAt: { gte: since } },
    orderBy: { createdAt: "desc" },
    select: { data: true },
  });
  const code = (denial?.data as { code?: string } | null)?.code;
  return { ok: false, code: code ?? "NOTHING_HAPPENED" };
}

const unitState = (id: string) => testDb.unit.findUniqueOrThrow({ where: { id } });

export const adminBuilders = {
  "create-unit": async () => {
    const fields = newUnitFields();
    return { call: { kind: "action", page: "/admin/units/new", args: [null, form(fields)] }, snapshot: () => testDb.unit.count({ where: { slug: fields.slug } }) };
  },
  "update-unit": async ({ unit }) => {
    const fields = { name: `${unit.name}（改）`, shortName: unit.shortName, kind: "TOWN", orgCode: unit.orgCode, slug: unit.slug, sortOrder: 950 };
    return { call: { kind: "action", page: `/admin/units/${unit.id}`, args: [unit.id, null, form(fields)] }, snapshot: () => unitState(unit.id) };
  },
  "set-unit-active": async ({ unit }) => ({
    call: { kind: "action", page: `/admin/units/${unit.id}`, args: [null, form({ unitId: unit.id, isActive: "false" })] },
    snapshot: () => unitState(unit.id),
  }),
  "move-unit": async ({ world, unit }) => {
    // Last of its kind, so "up" always moves it (the world's other unit is above it).
    await testDb.unit.update({ where: { id: unit.id }, data: { sortOrder: 100_000 } });
    const since = new Date();
    const isChanged = async () => (await unitState(unit.id)).sortOrder !== 100_000;
    return {
      call: { kind: "action", page: "/admin/units", args: [form({ unitId: unit.id, direction: "up" })], silent: () => silentOutcome(world, since, isChanged) },
      snapshot: () => unitState(unit.id),
    };
  },
  "import-units": async () => {
    const fields = newUnitFields();
    const csv = `全称,简称,类别,统一社会信用代码,网址标识(slug),顺序\n${fields.name},${fields.shortName},街镇,${fields.orgCode},${fields.slug},\n`;
    const bytes = new TextEncoder().encode(csv);
    const file = new File([bytes], "units.csv", { type: "text/csv" });
    return {
      call: { kind: "action", page: "/admin/units/import", args: [null, form({ file, checksum: importChecksum(bytes) })] },
      snapshot: () => testDb.unit.count({ where: { slug: fields.slug } }),
    };
  },
  "unit-template": async () => ({ call: { kind: "http", method: "GET", path: "/admin/units/template?format=csv&content=current" } }),
  "create-user": async ({ unit }) => {
    const login = `authz-new-${uniqueId()}`;
    return {
      call: { kind: "action", page: "/admin/users", args: [null, form({ name: "矩阵新账号", login, role: "CLERK", unitId: unit.id })] },
      snapshot: () => testDb.user.count({ where: { login } }),
    };
  },
  "update-user": async (ctx) => {
    const user = await targetUser(ctx);
    const fields = { userId: user.id, name: "矩阵改名", role: "CLERK", unitId: ctx.unit.id };
    return { call: { kind: "action", page: `/admin/users/${user.id}`, args: [null, form(fields)] }, snapshot: user.snapshot };
  },
  "set-user-active": async (ctx) => {
    const user = await targetUser(ctx);
    return { call: { kind: "action", page: `/admin/users/${user.id}`, args: [null, form({ userId: user.id, isActive: "false" })] }, snapshot: user.snapshot };
  },
  "reset-password": async (ctx) => {
    const user = await targetUser(ctx);
    return { call: { kind: "action", page: `/admin/users/${user.id}`, args: [null, form({ userId: user.id })] }, snapshot: user.snapshot };
  },
  "unlock-user": async (ctx) => {
    const user = await targetUser(ctx);
    await testDb.loginThrottle.create({
      data: { scope: "ACCOUNT_IP", login: user.login, ip: "127.0.0.1", failures: 10, lockedUntil: new Date(Date.now() + 3600_000) },
    });
    return {
      call: { kind: "action", page: `/admin/users/${user.id}`, args: [null, form({ userId: user.id })] },
      snapshot: () => testDb.loginThrottle.findMany({ where: { login: user.login }, select: { failures: true, lockedUntil: true } }),
    };
  },
  "admin-end-session": async (ctx) => {
    const user = await targetUser(ctx);
    const session = await otherSession(user.id);
    return { call: { kind: "action", page: `/admin/users/${user.id}`, args: [null, form({ sessionId: session.id, userId: user.id })] }, snapshot: session.snapshot };
  },
  "open-year": async ({ world }) => {
    const year = await freeYear(world);
    return {
      call: { kind: "action", page: "/admin/years", args: [null, form({ year, internalDeadline: "", publicationDeadline: "", templateSource: "default" })] },
      snapshot: () => testDb.reportingYear.count({ where: { districtId: world.districtId, year } }),
    };
  },
  "update-year": async ({ world }) => {
    const { year, snapshot } = await ownYear(world, true);
    const fields = { year, internalDeadline: `${year + 1}-02-20`, publicationDeadline: `${year + 1}-03-30` };
    return { call: { kind: "action", page: `/admin/years/${year}`, args: [null, form(fields)] }, snapshot };
  },
  "set-year-open": async ({ world }) => {
    const { year, snapshot } = await ownYear(world, false);
    return { call: { kind: "action", page: `/admin/years/${year}`, args: [null, form({ year, isOpen: "true" })] }, snapshot };
  },
  "save-template": async ({ world }) => {
    // A year without templates: the editor's outline is empty, and so is its hash's input.
    const { year } = await ownYear(world, true);
    const sections = [{ key: "matrix-part", level: 1, title: "一、矩阵测试部分", guidance: "", isRequired: false, minLength: null, maxLength: null, metrics: [] }];
    return {
      call: { kind: "action", page: `/admin/years/${year}/templates/town`, args: [{ year, unitKind: "TOWN", baseHash: outlineHash([]), sections }] },
      snapshot: () => testDb.templateSection.count({ where: { template: { year: { districtId: world.districtId, year } } } }),
    };
  },
  "update-settings": async ({ world }) => {
    const stored = await testDb.district.findUniqueOrThrow({
      where: { id: world.districtId },
      select: { siteTitle: true, publisherPattern: true, indexNumberPattern: true, townLabel: true, departmentLabel: true },
    });
    const fields = { ...stored, siteTitle: `矩阵测试区网站${uniqueId()}` };
    return { call: { kind: "action", page: "/admin/settings", args: [null, form(fields)] }, snapshot: () => testDb.district.findUniqueOrThrow({ where: { id: world.districtId } }) };
  },
} satisfies Record<string, Builder>;
