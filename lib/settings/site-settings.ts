import { defaultKindLabels, type KindLabels } from "@/lib/units/unit-kinds";

export type SiteSettings = { siteTitle: string; kindLabels: KindLabels };

/** Before any district exists, and on the not-found page (rendered at build time, without a database). */
export const fallbackSiteSettings: SiteSettings = { siteTitle: "法治政府建设年度报告", kindLabels: defaultKindLabels };
