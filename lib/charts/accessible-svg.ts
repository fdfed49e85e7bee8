// echarts' SSR output is a bare drawing; this makes it an image with a name that scales with its
// container. No aria-describedby: the data table rendered after every chart carries the values.

const escapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapes[c]);
}

export type AccessibleSvgOptions = { svg: string; title: string; width: number; height: number };

/**
 * Adds role="img", a <title> as the first child, explicit width/height, a viewBox and
 * max-width:100% (height:auto keeps the aspect ratio when the page is narrower than the chart),
 * and drops echarts' hover styles.
 */
export function makeSvgAccessible({ svg, title, width, height }: AccessibleSvgOptions): string {
  const open = /^\s*<svg\b[^>]*>/.exec(svg);
  if (!open) throw new Error("makeSvgAccessible: input is not an <svg> document");
  let tag = open[0].trim();
  tag = setAttribute(tag, "width", String(width));
  tag = setAttribute(tag, "height", String(height));
  if (!/\sviewBox="/.test(tag)) tag = setAttribute(tag, "viewBox", `0 0 ${width} ${height}`);
  tag = setAttribute(tag, "role", "img");
  tag = setAttribute(tag, "style", "max-width:100%;height:auto");
  // echarts' <style> holds only :hover rules for interactive charts; a static image needs none.
  const body = svg.slice(open.index + open[0].length).replace(/<style\b[^>]*>[\s\S]*?<\/style>\s*/g, "");
  return `${tag}<title>${escapeXml(title)}</title>${body}`;
}

function setAttribute(tag: string, name: string, value: string): string {
  const attribute = new RegExp(`\\s${name}="[^"]*"`);
  const replacement = ` ${name}="${escapeXml(value)}"`;
  if (attribute.test(tag)) return tag.replace(attribute, replacement);
  return tag.replace(/\s*>$/, `${replacement}>`);
}
