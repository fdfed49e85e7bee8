import { cache } from "react";
import { db } from "@/lib/db";
import { fallbackSiteSettings, type SiteSettings } from "@/lib/settings/site-settings";

/**
 * What the public site shows of the district: its title and its names for the two unit kinds.
 * One district per installation (DESIGN.md §2), as the feeds assume too. No "server-only"
 * marker: the Pages Router report page reads it in getStaticProps (see lib/db.ts).
 */
export const getSiteSettings = cache(async (): Promise<SiteSettings> => {
  const district = await db.district.findFirst({ orderBy: { createdAt: "asc" }, select: { siteTitle: true, townLabel: true, departmentLabel: true } });
  if (!district) return fallbackSiteSettings;
  return { siteTitle: district.siteTitle, kindLabels: { TOWN: district.townLabel, DEPARTMENT: district.departmentLabel } };
});
