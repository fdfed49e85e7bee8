import { siteUrl } from "@/lib/env";
import { qrCodeSvg } from "./qr-code";

/** What 分享 offers: the current version's public address and its QR code (SVG). */
export type ReportShare = { url: string; qrSvg: string };

export async function reportShare(report: { year: number; unit: { slug: string } }, configured?: Parameters<typeof siteUrl>[1]): Promise<ReportShare> {
  const url = siteUrl(`/reports/${report.year}/${report.unit.slug}`, configured);
  return { url, qrSvg: await qrCodeSvg(url) };
}
