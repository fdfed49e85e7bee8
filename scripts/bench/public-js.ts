// The JavaScript a public page makes a browser download: every <script src> in its HTML except
// `nomodule` ones (legacy polyfills that current browsers skip), each gzipped at level 9, split
// into the framework (Next.js and React, the same on every page: the build's rootMainFiles) and
// the page's own chunks.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

export type ScriptSize = { src: string; gzipBytes: number; isNoModule: boolean; isFramework: boolean };

/** The src of each external script in the page, in order, with whether it is nomodule. */
export function listScripts(html: string): { src: string; isNoModule: boolean }[] {
  const scripts: { src: string; isNoModule: boolean }[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>/gi)) {
    const attributes = match[1];
    const src = /\bsrc="([^"]+)"/i.exec(attributes)?.[1];
    if (src) scripts.push({ src: src.replaceAll("&amp;", "&"), isNoModule: /\bnomodule\b/i.test(attributes) });
  }
  return scripts;
}

function frameworkFiles(): Set<string> {
  const manifest = JSON.parse(readFileSync(".next/build-manifest.json", "utf8")) as { rootMainFiles?: string[] };
  return new Set((manifest.rootMainFiles ?? []).map((file) => `/_next/${file}`));
}

/** fetch, once more if a kept-alive connection was closed under it (the server just ran under load). */
async function fetchBody(url: URL | string): Promise<Buffer> {
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      return Buffer.from(await response.arrayBuffer());
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

export async function measurePageScripts(pageUrl: string): Promise<ScriptSize[]> {
  const html = (await fetchBody(pageUrl)).toString("utf8");
  const framework = frameworkFiles();
  const seen = new Set<string>();
  const sizes: ScriptSize[] = [];
  for (const script of listScripts(html)) {
    if (seen.has(script.src)) continue;
    seen.add(script.src);
    const body = await fetchBody(new URL(script.src, pageUrl));
    sizes.push({ ...script, gzipBytes: gzipSync(body, { level: 9 }).length, isFramework: framework.has(new URL(script.src, pageUrl).pathname) });
  }
  return sizes;
}
