// Parsed feeds are loosely typed trees; the assertions say what shape they must have.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { buildFeed, escapeHtml } from "./build-feed";
import type { FeedData } from "./list-feed-entries";

const data: FeedData = {
  siteTitle: "重庆市涪陵区法治政府建设年度报告",
  entries: [
    {
      publicationId: "p2",
      version: 2,
      year: 2022,
      unitSlug: "zhenxi",
      publisher: "重庆市涪陵区珍溪镇人民政府",
      title: "珍溪镇2022年法治政府建设工作年度报告",
      indexNumber: "11500102MB1530001X/2023-00001",
      publishedAt: new Date("2023-03-01T00:00:00Z"),
      correctionNote: "更正执法人员数 <原为5人> & 其他]]>",
    },
    {
      publicationId: "p1",
      version: 1,
      year: 2022,
      unitSlug: "zhenxi",
      publisher: "重庆市涪陵区珍溪镇人民政府",
      title: "珍溪镇2022年法治政府建设工作年度报告",
      indexNumber: "11500102MB1530001X/2023-00001",
      publishedAt: new Date("2023-01-09T00:00:00Z"),
      correctionNote: null,
    },
  ],
};

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });
const asArray = <T>(value: T | T[]) => (Array.isArray(value) ? value : [value]);

describe("buildFeed", () => {
  it("writes a valid Atom feed with one entry per publication event, corrections marked", () => {
    const xml = buildFeed({ data, origin: "https://fz.example.cn", format: "atom" });
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = parser.parse(xml).feed;
    expect(feed.title).toBe(data.siteTitle);
    expect(feed.updated).toBe("2023-03-01T00:00:00.000Z");
    const entries = asArray(feed.entry) as Record<string, any>[];
    expect(entries.map((e) => [e.title["#text"] ?? e.title, e.id, e.link["@href"]])).toEqual([
      ["【更正】珍溪镇2022年法治政府建设工作年度报告", "https://fz.example.cn/reports/2022/zhenxi/versions/2", "https://fz.example.cn/reports/2022/zhenxi"],
      ["珍溪镇2022年法治政府建设工作年度报告", "https://fz.example.cn/reports/2022/zhenxi/versions/1", "https://fz.example.cn/reports/2022/zhenxi"],
    ]);
    // Readers take summaries as HTML: the plain-text note arrives escaped, never as markup.
    const summary = String(entries[0].summary["#text"] ?? entries[0].summary);
    expect(summary).toContain("<p>更正说明：更正执法人员数 &lt;原为5人&gt; &amp; 其他]]&gt;</p>");
    expect(summary).not.toContain("<原为5人>");
    expect(JSON.stringify(entries[1].summary)).toContain("于2023年1月9日发布了2022年度法治政府建设年度报告");
  });

  it("writes the same events as RSS 2.0", () => {
    const xml = buildFeed({ data, origin: "https://fz.example.cn", format: "rss" });
    expect(XMLValidator.validate(xml)).toBe(true);
    const items = asArray(parser.parse(xml).rss.channel.item) as Record<string, any>[];
    expect(items).toHaveLength(2);
    expect(items[0].link).toBe("https://fz.example.cn/reports/2022/zhenxi");
    expect(new Date(items[1].pubDate).toISOString()).toBe("2023-01-09T00:00:00.000Z");
  });

  it("escapes the characters HTML gives meaning to", () => {
    expect(escapeHtml(`<script>alert("x")</script> & 执法证`)).toBe(`&lt;script&gt;alert("x")&lt;/script&gt; &amp; 执法证`);
  });

  it("is a valid, empty feed when nothing is published", () => {
    const xml = buildFeed({ data: { siteTitle: "测试区", entries: [] }, origin: "http://localhost:3000", format: "atom" });
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parser.parse(xml).feed.entry).toBeUndefined();
  });
});
