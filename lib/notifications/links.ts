import type { Audience, Place } from "@/lib/notifications/audit-rules";

/** The path where the recipient acts on a notification about a report. */
export function linkFor(place: Place, audience: Audience, reportId: string | null): string {
  if (!reportId) return audience === "reviewers" ? "/review" : "/workspace";
  if (audience === "reviewers") return `/review/reports/${reportId}`;
  switch (place.to) {
    case "section":
      return `/workspace/reports/${reportId}/sections/${encodeURIComponent(place.sectionKey)}#comments`;
    case "signoff":
      return `/workspace/reports/${reportId}/signoff`;
    default:
      return `/workspace/reports/${reportId}`;
  }
}
