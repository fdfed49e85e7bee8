import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { renderAuthorizationMatrix, routePath } from "@/scripts/docs/render-authorization-matrix";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

describe("docs/authorization-matrix.md", () => {
  it("is what npm run docs:authz writes from the matrix today", () => {
    const committed = readFileSync(path.join(root, "docs/authorization-matrix.md"), "utf8");
    expect(committed, "docs/authorization-matrix.md is stale: run npm run docs:authz").toBe(renderAuthorizationMatrix());
  });

  it("names routes by the path they serve", () => {
    expect(routePath("app/(public)/reports/[year]/[unit]/word/route.ts")).toBe("/reports/[year]/[unit]/word");
    expect(routePath("app/feed.xml/route.ts")).toBe("/feed.xml");
    expect(routePath("pages/api/revalidate-report-pages.ts")).toBe("/api/revalidate-report-pages");
  });
});
