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
