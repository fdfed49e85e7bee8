import { describe, expect, it } from "vitest";
import { qrCodeSvg } from "./qr-code";
import { reportShare } from "./report-share";

const report = { year: 2022, unit: { slug: "zhenxi" } };

describe("reportShare", () => {
  it("links to the public site's configured address (SITE_URL), whatever NEXTAUTH_URL says", async () => {
    const share = await reportShare(report, { SITE_URL: "https://fz.example.gov.cn", NEXTAUTH_URL: "http://localhost:3000" });
    expect(share.url).toBe("https://fz.example.gov.cn/reports/2022/zhenxi");
    expect(share.qrSvg).toBe(await qrCodeSvg("https://fz.example.gov.cn/reports/2022/zhenxi"));
    expect(share.qrSvg).not.toBe(await qrCodeSvg("http://localhost:3000/reports/2022/zhenxi"));
  });

  it("falls back to NEXTAUTH_URL when SITE_URL is unset", async () => {
    const share = await reportShare(report, { NEXTAUTH_URL: "http://10.1.2.3:8080/" });
    expect(share.url).toBe("http://10.1.2.3:8080/reports/2022/zhenxi");
    expect(share.qrSvg).toBe(await qrCodeSvg(share.url));
  });
});
