import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { chinaToday, parseCalendarDate } from "@/lib/dates";
import { createRevision } from "@/lib/reports/create-revision";
import { nextIndexNumber } from "@/lib/reports/publish-report";
import { isAllowedPublishDate } from "@/lib/reports/publish-date";
import { retryOnUniqueViolation } from "@/lib/retry-unique";
import { recordPublication } from "@/lib/reports/record-publication";
import { classifyLines } from "@/lib/import/classify-lines";
import { readImportSource, type ImportSource } from "@/lib/import/import-source";
import { loadImportTarget } from "@/lib/import/import-target";
import { prepareImport } from "@/lib/import/prepare-import";
import { assertPlanConfirmable } from "@/lib/import/check-plan-limits";
import { confirmedFigures } from "@/lib/import/apply-import";
import { layOutSections } from "@/lib/import/lay-out-sections";
import type { ConfirmInput, HistoricalInput } from "@/lib/import/schemas";

export type PublishImportedResult = { reportId: string; year: number; unitSlug: string; indexNumber: string };

/**
 * A past year's report as the unit published it before the district used this app: created
 * published at once, with its original 发布日期 and 字号, a 索引号 in the district's pattern,
 * and an audit event naming the source file and its checksum.
 */
export async function publishImportedReport(options: {
  actor: Actor;
  unitId: string;
  year: number;
  source: ImportSource;
  input: ConfirmInput;
  details: HistoricalInput;
}): Promise<PublishImportedResult> {
  const { actor, input, details } = options;
  const read = await readImportSource(options.source);
  if (read.checksum !== input.checksum) throw new AppError("STALE_VIEW", "文件或文字与预览时不同，请重新预览后再确认。");
  const classified = classifyLines(read.lines);
  const publishedAt = parseCalendarDate(details.publishedAt);
  if (!publishedAt) throw new AppError("INVALID_INPUT", "原发布日期无效。");
  if (!isAllowedPublishDate({ date: publishedAt, reportYear: options.year, today: chinaToday(), previous: null })) {
    throw new AppError("BAD_PUBLISH_DATE", `原发布日期须在 ${options.year + 1} 年 1 月 1 日之后，且不晚于今天。`);
  }

  return retryOnUniqueViolation(() =>
    db.$transaction(async (tx) => {
      const target = await loadImportTarget(tx, actor, { kind: "historical", unitId: options.unitId, year: options.year });
      if (target.kind !== "historical") throw new AppError("NOT_FOUND");
      const { plan } = prepareImport(classified, target.outline, input.decisions);
      assertPlanConfirmable(plan);
      const required = new Set(target.template.filter((t) => t.isRequired).map((t) => t.key));
      const byKey = new Map(target.outline.map((s) => [s.key, s]));
      const sections = layOutSections(target.outline, plan.entries, () => `extra-${randomBytes(5).toString("hex")}`).map((s) => ({
        ...s,
        metrics: s.templateKey ? confirmedFigures(byKey.get(s.key), s.key, input.metrics) : {},
        isRequired: required.has(s.key),
      }));

      const district = await tx.district.findUniqueOrThrow({ where: { id: actor.districtId }, select: { publisherPattern: true, indexNumberPattern: true } });
      const indexNumber = await nextIndexNumber(tx, target.unit, publishedAt, district.indexNumberPattern);
      if (target.emptyDraftId) {
        await tx.reportSection.deleteMany({ where: { reportId: target.emptyDraftId } });
      }
      const data = {
        status: "PUBLISHED" as const,
        title: details.title,
        docNumber: details.docNumber,
        documentDate: publishedAt,
        submittedAt: publishedAt,
        indexNumber,
        sections: { create: sections.map((s, i) => ({ ...s, sortOrder: (i + 1) * 10, updatedById: actor.id })) },
      };
      const report = target.emptyDraftId
        ? await tx.report.update({ where: { id: target.emptyDraftId }, data: { ...data, version: { increment: 1 } }, select: { id: true, version: true } })
        : await tx.report.create({ data: { ...data, unitId: target.unit.id, yearId: target.year.id }, select: { id: true, version: true } });

      const context = {
        id: report.id, unitId: target.unit.id, districtId: target.unit.districtId, status: "PUBLISHED" as const, version: report.version,
        title: details.title, docNumber: details.docNumber, indexNumber, yearId: target.year.id, year: target.year.year, yearIsOpen: false, unitSignOff: false,
        unitKind: target.unit.kind, unitName: target.unit.name, unitShortName: target.unit.shortName, unitSlug: target.unit.slug, orgCode: target.unit.orgCode,
      };
      const revision = await createRevision(tx, context, { kind: "PUBLICATION", actorId: actor.id, docNumber: details.docNumber });
      await recordPublication(tx, {
        reportId: report.id,
        revisionId: revision.id,
        indexNumber,
        publishedAt,
        publisherPattern: district.publisherPattern,
        unitName: target.unit.name,
        docNumber: details.docNumber,
        correctionNote: null,
        actorId: actor.id,
      });
      await recordAudit(tx, {
        kind: "REPORT_IMPORTED",
        actorId: actor.id,
        districtId: actor.districtId,
        reportId: report.id,
        data: {
          sourceName: read.name,
          checksum: read.checksum,
          characters: plan.counts.imported,
          removed: plan.counts.furniture,
          removedByUser: plan.counts.removedByUser,
          sections: plan.entries.map((e) => ({ key: e.key, isNew: e.isNew })),
          published: true,
          publishedAt: details.publishedAt,
          docNumber: details.docNumber,
          indexNumber,
          revision: revision.number,
        },
      });
      return { reportId: report.id, year: target.year.year, unitSlug: target.unit.slug, indexNumber };
    }),
  );
}
