// Data for the matrix walk, written straight to the test database. The walk runs in a district
// of its own (its own year, units and people), so it can open as many reports as it needs, one
// per cell, without changing what other specs see on the seeded district's review desk.
import { hash } from "@node-rs/argon2";
import { testDb } from "@/tests/e2e/db";
import { defaultTemplateSections } from "@/lib/reports/template";
import { parseCalendarDate } from "@/lib/dates";

export const matrixPassword = "Matrix@2024pass";
/** A year that has ended, so publishing on `publishDate` is allowed whatever today is (after 2025). */
export const matrixYear = 2024;
export const publishDate = "2025-01-15";

export type ReportStatus = "DRAFT" | "AWAITING_SIGNOFF" | "SUBMITTED" | "RETURNED" | "APPROVED" | "PUBLISHED";
/** The year before, with the unit's own sign-off on (issue 13 §3), for the sign-off rows. */
export const signOffYear = matrixYear - 1;

let counter = 0;
export function uniqueId(): string {
  counter += 1;
  return `${process.pid.toString(36)}${Date.now().toString(36)}${counter.toString(36)}`;
}

const paragraph = "本年度认真落实法治政府建设各项部署，健全工作机制，逐项推进并取得实效，群众满意度持续提升，各项工作均按计划完成。";

export type MatrixWorld = Awaited<ReturnType<typeof createMatrixWorld>>;

export async function createMatrixWorld() {
  const id = uniqueId();
  const district = await testDb.district.create({
    data: { code: `authz-${id}`, name: `权限矩阵测试区${id}`, siteTitle: `权限矩阵测试区${id}法治政府建设年度报告` },
  });
  const year = await createOpenYear(district.id, matrixYear, false);
  const signOff = await createOpenYear(district.id, signOffYear, true);
  const passwordHash = await hash(matrixPassword);
  const world = { districtId: district.id, yearId: year.id, year: matrixYear, signOffYearId: signOff.id, passwordHash };
  const otherUnit = await createUnit(world);
  return {
    ...world,
    otherUnit,
    otherClerk: await createUser(world, "CLERK", otherUnit.id),
    reviewer: await createUser(world, "REVIEWER"),
    admin: await createUser(world, "ADMIN"),
  };
}

type WorldBase = { districtId: string; yearId: string; year: number; passwordHash: string };

/** An open year with its templates; `unitSignOff`: reports go to the unit head first. */
export async function createOpenYear(districtId: string, year: number, unitSignOff: boolean) {
  const row = await testDb.reportingYear.create({
    data: {
      districtId,
      year,
      isOpen: true,
      unitSignOff,
      internalDeadline: parseCalendarDate(`${year + 1}-03-01`),
      publicationDeadline: parseCalendarDate(`${year + 1}-03-31`)!,
    },
  });
  for (const unitKind of ["TOWN", "DEPARTMENT"] as const) {
    await testDb.template.create({
      data: {
        yearId: row.id,
        unitKind,
        name: `${year}年度${unitKind === "TOWN" ? "街镇" : "部门"}报告模板`,
        sections: { create: defaultTemplateSections(year, unitKind).map((s, i) => ({ ...s, sortOrder: (i + 1) * 10 })) },
      },
    });
  }
  return row;
}

export async function createUnit(world: Pick<WorldBase, "districtId">) {
  const id = uniqueId();
  return testDb.unit.create({
    data: {
      districtId: world.districtId,
      kind: "TOWN",
      name: `重庆市涪陵区矩阵${id}镇人民政府`,
      shortName: `矩阵${id.slice(-5)}镇`,
      slug: `authz-${id}`,
      orgCode: `AZ${id.toUpperCase()}`,
      sortOrder: 950,
    },
  });
}

export async function createUser(world: WorldBase, role: "CLERK" | "UNIT_HEAD" | "REVIEWER" | "ADMIN", unitId: string | null = null) {
  const login = `authz-${role.toLowerCase()}-${uniqueId()}`;
  return testDb.user.create({
    data: { districtId: world.districtId, login, name: `矩阵${role}${login.slice(-4)}`, role, unitId, passwordHash: world.passwordHash },
    select: { id: true, login: true },
  });
}

/**
 * The unit's report for the world's year, as openReport makes it, with every required section
 * filled (so it could be submitted), in the given status. A published report has its revision,
 * 索引号 and current publication, as publishReport leaves them.
 */
export async function createReport(world: WorldBase, unit: { id: string; shortName: string; name: string; orgCode: string }, status: ReportStatus) {
  const template = await testDb.templateSection.findMany({
    where: { template: { yearId: world.yearId, unitKind: "TOWN" } },
    orderBy: { sortOrder: "asc" },
  });
  const metricsOf = (fields: unknown) => Object.fromEntries((fields as { key: string }[]).map((field, i) => [field.key, i + 1]));
  const indexNumber = status === "PUBLISHED" ? `${unit.orgCode}/${publishDate.slice(0, 4)}-00001` : null;
  const report = await testDb.report.create({
    data: {
      unitId: unit.id,
      yearId: world.yearId,
      status,
      title: `${unit.shortName}${world.year}年法治政府建设年度报告`,
      indexNumber,
      submittedAt: status === "DRAFT" ? null : new Date(),
      sections: {
        create: template.map((s) => ({
          key: s.key,
          templateKey: s.key,
          level: s.level,
          parentKey: s.parentKey,
          sortOrder: s.sortOrder,
          title: s.title,
          isRequired: s.isRequired,
          body: s.isRequired ? paragraph : "",
          metrics: s.isRequired ? metricsOf(s.metrics) : {},
        })),
      },
    },
    select: { id: true, version: true },
  });
  if (status === "PUBLISHED") {
    const snapshot = {
      title: `${unit.shortName}${world.year}年法治政府建设年度报告`,
      docNumber: "",
      sections: template.map((s) => ({ key: s.key, level: s.level, title: s.title, body: s.isRequired ? paragraph : "", metrics: {}, metricLabels: {}, metricOrder: [] })),
    };
    const revision = await testDb.revision.create({ data: { reportId: report.id, number: 1, kind: "PUBLICATION", snapshot } });
    await testDb.publication.create({
      data: { reportId: report.id, revisionId: revision.id, indexNumber: indexNumber!, publishedAt: parseCalendarDate(publishDate)!, publisher: unit.name },
    });
  }
  return report;
}

/** A comment by the world's reviewer, OPEN or already ANSWERED by the unit. */
export async function createComment(reportId: string, authorId: string, status: "OPEN" | "ANSWERED") {
  return testDb.reviewComment.create({
    data: {
      reportId,
      sectionKey: "law-study",
      body: "请补充学法的具体次数。",
      authorId,
      status,
      ...(status === "ANSWERED" ? { answer: "已补充。", answeredAt: new Date() } : {}),
    },
    select: { id: true },
  });
}

/**
 * Everything a refused request must leave as it was: the report's status and version, every
 * section's text and version, its comments, revisions and publications.
 */
export async function reportState(reportId: string) {
  return testDb.report.findUniqueOrThrow({
    where: { id: reportId },
    select: {
      status: true,
      version: true,
      indexNumber: true,
      updatedAt: true,
      sections: { orderBy: { key: "asc" }, select: { key: true, title: true, body: true, version: true, metrics: true } },
      comments: { orderBy: { id: "asc" }, select: { id: true, status: true, answer: true, body: true } },
      revisions: { orderBy: { number: "asc" }, select: { id: true } },
      publications: { orderBy: { id: "asc" }, select: { id: true, isCurrent: true, withdrawnAt: true } },
    },
  });
}
