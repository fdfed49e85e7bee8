import "server-only";
import { db } from "@/lib/db";
import { can, type Actor } from "@/lib/auth/permissions";
import { getTemplateSections } from "@/lib/reports/get-template-sections";
import { findSubmitBlockers, sectionState, type Blocker, type SectionState } from "@/lib/reports/completeness";
import { toSectionsForCheck } from "@/lib/reports/section-for-check";
import { countCharacters, numberSections } from "@/lib/reports/numbering";
import { sectionWarnings, type SectionWarning } from "@/lib/reports/quality-checks";
import type { MetricField } from "@/lib/reports/template";
import type { ReportStatus } from "@/lib/reports/workflow";
import { isYearWritable } from "@/lib/reports/year-writable";
import { findDroppedKeys } from "@/lib/templates/dropped-sections";

export type SectionView = {
  id: string;
  key: string;
  number: string;
  level: number;
  parentKey: string | null;
  title: string;
  body: string;
  metrics: Record<string, number | null>;
  metricFields: MetricField[];
  guidance: string;
  isRequired: boolean;
  isGroup: boolean;
  /** Added by the unit, not the template: the clerk may remove it. */
  isExtra: boolean;
  /** The template no longer has this section: its text waits to be moved or deleted by hand. */
  isDropped: boolean;
  minLength: number | null;
  maxLength: number | null;
  version: number;
  updatedAt: Date;
  updatedByName: string | null;
  characters: number;
  state: SectionState;
  openComments: number;
};

export type CommentView = {
  id: string;
  sectionKey: string | null;
  body: string;
  status: "OPEN" | "ANSWERED" | "RESOLVED";
  answer: string | null;
  authorName: string;
  createdAt: Date;
  answeredAt: Date | null;
};

export type ReportView = {
  id: string;
  title: string;
  status: ReportStatus;
  version: number;
  docNumber: string;
  /** 索引号 once published; a report that has one is corrected, not published, the next time. */
  indexNumber: string | null;
  /** What the public sees now, if anything. */
  publication: { publishedAt: Date; correctionNote: string | null; withdrawnAt: Date | null; withdrawReason: string | null } | null;
  year: number;
  internalDeadline: Date | null;
  publicationDeadline: Date;
  /** The admin closed the year: no more drafting, except corrections of published reports. */
  isYearClosed: boolean;
  submittedAt: Date | null;
  unit: { id: string; name: string; shortName: string; kind: "TOWN" | "DEPARTMENT"; slug: string };
  sections: SectionView[];
  comments: CommentView[];
  blockers: Blocker[];
  /** Personal data and figure-less sections: shown before submit and publish, never blocking. */
  warnings: SectionWarning[];
  permissions: {
    canEdit: boolean;
    canSubmit: boolean;
    canComment: boolean;
    canResolve: boolean;
    canReturn: boolean;
    canApprove: boolean;
    canPublish: boolean;
    canCorrect: boolean;
    canWithdraw: boolean;
    canAnswer: boolean;
    canRequestSignOff: boolean;
    canSignOff: boolean;
    canRefuseSignOff: boolean;
  };
  /** The year asks for the unit head's sign-off before the district sees the report. */
  unitSignOff: boolean;
};

/** One report as the actor may see it, or null (also for reports the actor may not see). */
export async function getReport({ actor, reportId }: { actor: Actor; reportId: string }): Promise<ReportView | null> {
  const report = await db.report.findUnique({
    where: { id: reportId },
    select: {
      id: true,
      title: true,
      status: true,
      version: true,
      docNumber: true,
      indexNumber: true,
      submittedAt: true,
      publications: {
        where: { isCurrent: true },
        select: { publishedAt: true, correctionNote: true, withdrawnAt: true, withdrawReason: true },
      },
      unitId: true,
      yearId: true,
      year: { select: { year: true, internalDeadline: true, publicationDeadline: true, isOpen: true, unitSignOff: true } },
      unit: { select: { id: true, name: true, shortName: true, kind: true, slug: true, districtId: true } },
      sections: {
        orderBy: { sortOrder: "asc" },
        select: {
          id: true, key: true, templateKey: true, level: true, parentKey: true, title: true, body: true, metrics: true,
          isRequired: true, version: true, updatedAt: true, updatedBy: { select: { name: true } },
        },
      },
      comments: {
        orderBy: { createdAt: "asc" },
        select: { id: true, sectionKey: true, body: true, status: true, answer: true, createdAt: true, answeredAt: true, author: { select: { name: true } } },
      },
    },
  });
  if (!report) return null;
  const scope = { unitId: report.unitId, districtId: report.unit.districtId, status: report.status, unitSignOff: report.year.unitSignOff };
  if (!can(actor, "report:read", scope)) return null;

  const template = await getTemplateSections(db, { yearId: report.yearId, unitKind: report.unit.kind });
  const guidanceByKey = new Map(template.map((t) => [t.key, t.guidance]));
  const dropped = findDroppedKeys(report.sections, template);
  const isWritable = isYearWritable({ yearIsOpen: report.year.isOpen, indexNumber: report.indexNumber });
  const openByKey = new Map<string, number>();
  for (const c of report.comments) if (c.status === "OPEN" && c.sectionKey) openByKey.set(c.sectionKey, (openByKey.get(c.sectionKey) ?? 0) + 1);

  const sections: SectionView[] = toSectionsForCheck(numberSections(report.sections), template).map(({ source: s, ...check }) => ({
    ...check,
    id: s.id,
    number: s.number,
    level: s.level,
    parentKey: s.parentKey,
    guidance: (s.templateKey && guidanceByKey.get(s.templateKey)) || "",
    isExtra: s.templateKey === null,
    isDropped: dropped.has(s.key),
    version: s.version,
    updatedAt: s.updatedAt,
    updatedByName: s.updatedBy?.name ?? null,
    characters: countCharacters(s.body),
    state: sectionState(check),
    openComments: openByKey.get(s.key) ?? 0,
  }));

  return {
    id: report.id,
    title: report.title,
    status: report.status,
    version: report.version,
    docNumber: report.docNumber,
    indexNumber: report.indexNumber,
    publication: report.publications[0] ?? null,
    year: report.year.year,
    internalDeadline: report.year.internalDeadline,
    publicationDeadline: report.year.publicationDeadline,
    isYearClosed: !report.year.isOpen,
    submittedAt: report.submittedAt,
    unit: { id: report.unit.id, name: report.unit.name, shortName: report.unit.shortName, kind: report.unit.kind, slug: report.unit.slug },
    sections,
    comments: report.comments.map((c) => ({
      id: c.id, sectionKey: c.sectionKey, body: c.body, status: c.status, answer: c.answer,
      authorName: c.author.name, createdAt: c.createdAt, answeredAt: c.answeredAt,
    })),
    blockers: findSubmitBlockers(sections),
    warnings: sections.flatMap(sectionWarnings),
    permissions: {
      canEdit: isWritable && can(actor, "report:edit", scope),
      canSubmit: isWritable && can(actor, "report:submit", scope),
      canComment: can(actor, "report:comment", scope),
      canResolve: can(actor, "comment:resolve", scope),
      canReturn: can(actor, "report:return", scope),
      canApprove: can(actor, "report:approve", scope),
      canPublish: can(actor, "report:publish", scope),
      canCorrect: can(actor, "report:correct", scope),
      canWithdraw: can(actor, "report:withdraw", scope),
      canAnswer: isWritable && can(actor, "comment:answer", scope),
      canRequestSignOff: isWritable && can(actor, "report:request-signoff", scope),
      canSignOff: isWritable && can(actor, "report:sign-off", scope),
      canRefuseSignOff: can(actor, "report:refuse-signoff", scope),
    },
    unitSignOff: report.year.unitSignOff,
  };
}
