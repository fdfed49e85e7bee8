// npm run db:seed — demo district, units, years, templates, accounts and the published
// 珍溪镇 2022 report from prisma/data/zhenxi-2022.txt. Safe to run twice: it only adds what is missing.
import { readFileSync } from "node:fs";
import path from "node:path";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { defaultTemplateSections } from "@/lib/reports/template";
import { importIntoTemplate } from "@/lib/import/import-into-template";
import { createRevision } from "@/lib/reports/create-revision";
import { formatIndexNumber } from "@/lib/reports/index-number";
import { parseCalendarDate } from "@/lib/dates";
import { indexMissingPublishedTexts } from "@/lib/public/search/index-published-text";
import { demoAccounts, demoDepartments, demoDistrict, demoTowns, demoYears } from "./seed-data";

async function seedDistrict() {
  return db.district.upsert({ where: { code: demoDistrict.code }, update: {}, create: demoDistrict });
}

async function seedUnits(districtId: string) {
  const all = [
    ...demoTowns.map((u, i) => ({ ...u, kind: "TOWN" as const, sortOrder: i + 1 })),
    ...demoDepartments.map((u, i) => ({ ...u, kind: "DEPARTMENT" as const, sortOrder: i + 1 })),
  ];
  for (const unit of all) {
    await db.unit.upsert({
      where: { districtId_slug: { districtId, slug: unit.slug } },
      update: {},
      create: { districtId, ...unit },
    });
  }
}

async function seedYears(districtId: string) {
  for (const y of demoYears) {
    const year = await db.reportingYear.upsert({
      where: { districtId_year: { districtId, year: y.year } },
      update: {},
      create: {
        districtId,
        year: y.year,
        isOpen: y.isOpen,
        internalDeadline: parseCalendarDate(y.internalDeadline),
        publicationDeadline: parseCalendarDate(y.publicationDeadline)!,
      },
    });
    for (const unitKind of ["TOWN", "DEPARTMENT"] as const) {
      const exists = await db.template.findUnique({ where: { yearId_unitKind: { yearId: year.id, unitKind } } });
      if (exists) continue;
      await db.template.create({
        data: {
          yearId: year.id,
          unitKind,
          name: `${y.year}年度${unitKind === "TOWN" ? "街镇" : "部门"}报告模板`,
          sections: {
            create: defaultTemplateSections(y.year, unitKind).map((s, i) => ({ ...s, sortOrder: (i + 1) * 10 })),
          },
        },
      });
    }
  }
}

async function seedUsers(districtId: string) {
  for (const account of demoAccounts) {
    const exists = await db.user.findUnique({ where: { login: account.login } });
    if (exists) continue;
    const unit = account.unitSlug
      ? await db.unit.findUniqueOrThrow({ where: { districtId_slug: { districtId, slug: account.unitSlug } } })
      : null;
    await db.user.create({
      data: {
        districtId,
        login: account.login,
        name: account.name,
        role: account.role,
        unitId: unit?.id ?? null,
        passwordHash: await hashPassword(account.password),
      },
    });
  }
}

/** The real 珍溪镇 2022 report, published on 2023-01-09 with no 字号. */
async function seedZhenxi2022(districtId: string) {
  const unit = await db.unit.findUniqueOrThrow({ where: { districtId_slug: { districtId, slug: "zhenxi" } } });
  const year = await db.reportingYear.findUniqueOrThrow({ where: { districtId_year: { districtId, year: 2022 } } });
  if (await db.report.findUnique({ where: { unitId_yearId: { unitId: unit.id, yearId: year.id } } })) return;

  const template = defaultTemplateSections(2022, "TOWN");
  const parsed = importIntoTemplate(readFileSync(path.join(import.meta.dirname, "data", "zhenxi-2022.txt"), "utf8"), template);
  const date = parseCalendarDate(parsed.date ?? "2023-01-09")!;
  // Figures the text states, entered as a clerk would in the metric fields.
  const metrics: Record<string, Record<string, number>> = {
    "law-study": { "study-sessions": 6, lectures: 1, "publicity-events": 6 },
    enforcement: { "new-certificates": 5 },
  };
  const reviewer = await db.user.findUniqueOrThrow({ where: { login: "shenhe" } });
  const clerk = await db.user.findUniqueOrThrow({ where: { login: "zhenxi" } });

  await db.$transaction(async (tx) => {
    const report = await tx.report.create({
      data: {
        unitId: unit.id,
        yearId: year.id,
        status: "PUBLISHED",
        title: parsed.title ?? "",
        docNumber: parsed.docNumber ?? "",
        documentDate: date,
        submittedAt: date,
        indexNumber: formatIndexNumber(unit.orgCode, 2023, 1),
        sections: {
          create: parsed.sections.map((s, i) => {
            const def = template.find((t) => t.key === s.templateKey);
            return {
              key: s.key,
              templateKey: s.templateKey,
              level: s.level,
              parentKey: s.parentKey,
              sortOrder: (i + 1) * 10,
              title: s.title,
              body: s.body,
              metrics: (s.templateKey && metrics[s.templateKey]) || {},
              isRequired: def?.isRequired ?? false,
              updatedById: clerk.id,
            };
          }),
        },
      },
    });
    const revision = await createRevision(
      tx,
      {
        id: report.id, unitId: unit.id, districtId, status: "PUBLISHED", version: 1, title: report.title, docNumber: "", indexNumber: report.indexNumber,
        yearId: year.id, year: 2022, yearIsOpen: true, unitSignOff: false, unitKind: "TOWN", unitName: unit.name, unitShortName: unit.shortName, unitSlug: unit.slug, orgCode: unit.orgCode,
      },
      { kind: "PUBLICATION", actorId: reviewer.id },
    );
    await tx.publication.create({
      data: {
        reportId: report.id,
        revisionId: revision.id,
        indexNumber: report.indexNumber!,
        publishedAt: date,
        publisher: unit.name,
        docNumber: parsed.docNumber ?? "",
        createdById: reviewer.id,
      },
    });
  });
}

async function main() {
  const district = await seedDistrict();
  await seedUnits(district.id);
  await seedYears(district.id);
  await seedUsers(district.id);
  await seedZhenxi2022(district.id);
  await indexMissingPublishedTexts(db);
  console.log("演示数据已就绪。演示账号（密码均为 " + demoAccounts[0].password + "）：");
  for (const a of demoAccounts) console.log(`  ${a.login.padEnd(10)} ${a.description}`);
}

main()
  .then(() => db.$disconnect())
  .catch(async (error) => {
    console.error(error);
    await db.$disconnect();
    process.exit(1);
  });
