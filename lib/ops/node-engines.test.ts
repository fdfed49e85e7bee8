import { readFileSync } from "node:fs";
import path from "node:path";
import semver from "semver";
import { describe, expect, it } from "vitest";

type Lock = { packages: Record<string, { version?: string; engines?: { node?: string }; optional?: boolean }> };

const root = process.cwd();
const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(path.join(root, "package-lock.json"), "utf8")) as Lock;

/**
 * Packages kept although they declare a newer Node than package.json's `engines` (README: Node
 * 版本). Each must be loaded and used on Node 20 by a test.
 * - @fortedigital/nextjs-cache-handler (Next's page cache in Redis for several instances; the
 *   only maintained handler for Next 16, declares Node ≥ 22): loaded by every instance of
 *   `npm run test:cluster` (tests/cluster/cluster.spec.ts), which checks the shared cache.
 */
const keptNewerNodePackages: string[] = ["@fortedigital/nextjs-cache-handler"];

// The oldest release of each supported line: a package that accepts it accepts the line.
const supportedLineStarts = pkg.engines.node.split("||").map((range) => semver.minVersion(range.trim())!.version);

describe("Node versions", () => {
  it("declares the LTS lines the app supports", () => {
    expect(supportedLineStarts).toEqual(["20.19.0", "22.13.0", "24.0.0"]);
    expect(semver.satisfies(process.version, pkg.engines.node), `this machine runs ${process.version}`).toBe(true);
  });

  it("installs no package that declares a Node version outside them (npm ci prints no EBADENGINE)", () => {
    const disagreeing = Object.entries(lock.packages)
      .filter(([name, entry]) => name && !entry.optional && entry.engines?.node)
      .filter(([, entry]) => supportedLineStarts.some((version) => !semver.satisfies(version, entry.engines!.node!)))
      .map(([name, entry]) => `${name.replace(/^.*node_modules\//, "")}@${entry.version} (node ${entry.engines!.node})`)
      .filter((name) => !keptNewerNodePackages.some((kept) => name.startsWith(`${kept}@`)));
    expect(disagreeing).toEqual([]);
  });
});
