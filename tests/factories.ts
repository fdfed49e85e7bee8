import { roleLabels } from "@/lib/auth/role-labels";
// Small factories for integration tests (STYLE.md C14): every call makes new rows with unique
// codes, slugs, organisation codes and logins, so test files never collide with each other or
// with rows left by an earlier test in the same database.
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import type { Actor, Role } from "@/lib/auth/permissions";
import { defaultTemplateSections } from "@/lib/reports/template";
import { parseCalendarDate } from "@/lib/dates";

let counter = 0;

/** Short and unique per process and call: `<pid><time><counter>` in base 36. */
export function uniqueId(): string {
  counter += 1;
  return `${process.pid.toString(36)}${Date.now().toString(36)}${counter.toString(36)}`;
}

/** A column that must be non-empty but is never checked: argon2 verify rejects it, so no one can sign in. */
export const unusablePasswordHash = "!test-account-without-password";

export type UnitKind = "TOWN" | "DEPARTMENT";

export async function createDistrict(overrides: { name?: string } = {}) {
  const id = uniqueId();
  return db.district.create({
    data: { code: `t-${id}`, name: overrides.name ?? `测试区${id}`, siteTitle: `测试区${id}法治政府建设年度报告` },
  });
}

export async function createUnit(options: { districtId: string; kind?: UnitKind; shortName?: string }) {
  const id = uniqueId();
  const kind = options.kind ?? "TOWN";
  const shortName = options.shortName ?? (kind === "TOWN" ? `测试镇${id}` : `测试局${id}`);
  return db.unit.create({
    data: {
      districtId: options.districtId,
      kind,
      name: `重庆市涪陵区${shortName}${kind === "TOWN" ? "人民政府" : ""}`,
      shortName,
      slug: `unit-${id}`,
      // Unique per unit, so each unit's 索引号 sequence starts at 00001.
      orgCode: `T${id.toUpperCase()}`,
    },
  });
}

/** A reporting year with one template per unit kind, filled from defaultTemplateSections. */
export async function createYear(options: { districtId: string; year?: number; isOpen?: boolean }) {
  const year = options.year ?? 2024;
  const reportingYear = await db.reportingYear.create({
    data: {
      districtId: options.districtId,
      year,
      isOpen: options.isOpen ?? true,
      internalDeadline: parseCalendarDate(`${year + 1}-03-01`),
      publicationDeadline: parseCalendarDate(`${year + 1}-03-31`)!,
    },
  });
  for (const unitKind of ["TOWN", "DEPARTMENT"] as const) {
    await db.template.create({
      data: {
        yearId: reportingYear.id,
        unitKind,
        name: `${year}年度${unitKind === "TOWN" ? "街镇" : "部门"}报告模板`,
        sections: { create: defaultTemplateSections(year, unitKind).map((s, i) => ({ ...s, sortOrder: (i + 1) * 10 })) },
      },
    });
  }
  return reportingYear;
}

/** A user, returned as the Actor commands take. `password` makes a real argon2 hash (slow); default is unusable. */
export async function createUser(options: { districtId: string; role: Role; unitId?: string | null; name?: string; password?: string }): Promise<Actor & { login: string; name: string }> {
  const id = uniqueId();
  const user = await db.user.create({
    data: {
      districtId: options.districtId,
      login: `${options.role.toLowerCase()}-${id}`,
      name: options.name ?? `${roleLabels[options.role]}${id}`,
      role: options.role,
      unitId: options.role === "CLERK" || options.role === "UNIT_HEAD" ? (options.unitId ?? null) : null,
      passwordHash: options.password ? await hashPassword(options.password) : unusablePasswordHash,
    },
    select: { id: true, role: true, unitId: true, districtId: true, login: true, name: true },
  });
  return user;
}

/**
 * A district with one open year (templates included), two units, a clerk for each unit,
 * a reviewer and an admin.
 */
export async function createWorld(options: { year?: number; kind?: UnitKind } = {}) {
  const year = options.year ?? 2024;
  const district = await createDistrict();
  const reportingYear = await createYear({ districtId: district.id, year });
  const unit = await createUnit({ districtId: district.id, kind: options.kind });
  const otherUnit = await createUnit({ districtId: district.id, kind: options.kind });
  const [clerk, otherClerk, reviewer, admin] = [
    await createUser({ districtId: district.id, role: "CLERK", unitId: unit.id }),
    await createUser({ districtId: district.id, role: "CLERK", unitId: otherUnit.id }),
    await createUser({ districtId: district.id, role: "REVIEWER" }),
    await createUser({ districtId: district.id, role: "ADMIN" }),
  ];
  return { district, year, reportingYear, unit, otherUnit, clerk, otherClerk, reviewer, admin };
}

export type World = Awaited<ReturnType<typeof createWorld>>;

/** Body text of at least `min` characters (spaces do not count), for sections that need ≥ 50. */
export function sampleBody(topic: string, min = 60): string {
  const sentence = `${topic}：本年度认真落实法治政府建设各项部署，健全工作机制，逐项推进并取得实效。`;
  let body = sentence;
  while (body.replace(/\s/g, "").length < min) body += `\n${sentence}`;
  return body;
}

/** Metric values for every field of a template section: 1, 2, 3… */
function metricValues(fields: { key: string }[]): Record<string, number> {
  return Object.fromEntries(fields.map((field, i) => [field.key, i + 1]));
}

/**
 * Fills every required section through saveSection (so each save writes its SectionVersion
 * and audit row) with enough text and all its metric fields. Returns the keys filled.
 */
export async function fillRequiredSections(actor: Actor, reportId: string): Promise<string[]> {
  const { saveSection } = await import("@/lib/reports/save-section");
  const report = await db.report.findUniqueOrThrow({
    where: { id: reportId },
    select: {
      yearId: true,
      unit: { select: { kind: true } },
      sections: { where: { isRequired: true }, orderBy: { sortOrder: "asc" }, select: { key: true, title: true, version: true } },
    },
  });
  const template = await db.templateSection.findMany({
    where: { template: { yearId: report.yearId, unitKind: report.unit.kind } },
    select: { key: true, metrics: true },
  });
  const fieldsByKey = new Map(template.map((t) => [t.key, t.metrics as { key: string }[]]));
  for (const section of report.sections) {
    const result = await saveSection({
      actor,
      input: {
        reportId,
        key: section.key,
        version: section.version,
        title: section.title,
        body: sampleBody(section.title),
        metrics: metricValues(fieldsByKey.get(section.key) ?? []),
      },
    });
    if (result.status !== "saved") throw new Error(`fillRequiredSections: ${section.key} was not saved (${result.status})`);
  }
  return report.sections.map((s) => s.key);
}

/** The clerk's report for the world's year, opened, filled and (optionally) submitted. */
export async function createReport(world: World, options: { submit?: boolean } = {}): Promise<{ id: string; version: number }> {
  const { openReport } = await import("@/lib/reports/open-report");
  const { submitReport } = await import("@/lib/reports/submit-report");
  const { id } = await openReport({ actor: world.clerk, year: world.year });
  await fillRequiredSections(world.clerk, id);
  if (options.submit) await submitReport({ actor: world.clerk, reportId: id });
  const { version } = await db.report.findUniqueOrThrow({ where: { id }, select: { version: true } });
  return { id, version };
}
