// The JavaScript a public page makes a browser download: every <script src> in its HTML except
// `nomodule` ones (legacy polyfills that current browsers skip), and every inline script, each
// gzipped at level 9, split into the framework (Next.js and React, the same on every page: the
// build's rootMainFiles) and the page's own.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

export type ScriptSize = { src: string; gzipBytes: number; isNoModule: boolean; isFramework: boolean };

type ListedScript = { src: string; isNoModule: boolean; inline?: string };

/**
 * Each script of the page, in order: external ones by src, with whether they are nomodule, and
 * inline JavaScript with its text (JSON data blocks are not JavaScript).
 */
export function listScripts(html: string): ListedScript[] {
  const scripts: ListedScript[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const [, attributes, body] = match;
    const src = /\bsrc="([^"]+)"/i.exec(attributes)?.[1];
    const type = /\btype="([^"]+)"/i.exec(attributes)?.[1];
    if (src) scripts.push({ src: src.replaceAll("&amp;", "&"), isNoModule: /\bnomodule\b/i.test(attributes) });
    else if (body.trim() && (!type || /javascript|module/i.test(type))) scripts.push({ src: `(inline script ${scripts.length + 1})`, isNoModule: false, inline: body });
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
    if (script.inline !== undefined) {
      sizes.push({ src: script.src, isNoModule: false, gzipBytes: gzipSync(script.inline, { level: 9 }).length, isFramework: false });
      continue;
    }
    if (seen.has(script.src)) continue;
    seen.add(script.src);
    const body = await fetchBody(new URL(script.src, pageUrl));
    sizes.push({ ...script, gzipBytes: gzipSync(body, { level: 9 }).length, isFramework: framework.has(new URL(script.src, pageUrl).pathname) });
  }
  return sizes;
}
