import { testDb } from "./db";

/** An approved 2023 report for the unit, arranged directly: what the reviewer meets before publishing. */
export async function approvedReport(unitId: string, unitName: string, body: string) {
  const year = await testDb.reportingYear.findFirstOrThrow({ where: { year: 2023 } });
  return testDb.report.create({
    data: {
      unitId,
      yearId: year.id,
      status: "APPROVED",
      version: 3,
      title: `${unitName}2023年法治政府建设年度报告`,
      sections: {
        create: [
          { key: "measures", templateKey: "measures", level: 1, sortOrder: 0, title: "主要举措和成效", metrics: {} },
          { key: "law-study", templateKey: "law-study", level: 2, parentKey: "measures", sortOrder: 1, title: "学习贯彻习近平法治思想情况", body, metrics: {} },
        ],
      },
    },
  });
}

/** Fills every required section as the editor would have saved it, so the report can be submitted. */
export async function fillRequiredSections(reportId: string) {
  const report = await testDb.report.findUniqueOrThrow({ where: { id: reportId }, select: { yearId: true, unit: { select: { kind: true } } } });
  const template = await testDb.templateSection.findMany({
    where: { template: { yearId: report.yearId, unitKind: report.unit.kind }, isRequired: true },
    select: { key: true, metrics: true },
  });
  const body = "本年度认真落实法治政府建设各项部署，健全工作机制，压实工作责任，逐项推进并取得实效，群众满意度持续提升。".repeat(2);
  for (const section of template) {
    const metrics = Object.fromEntries((section.metrics as { key: string }[]).map((m) => [m.key, 1]));
    await testDb.reportSection.update({ where: { reportId_key: { reportId, key: section.key } }, data: { body, metrics } });
  }
}
