import "server-only";
// PNG copies of the server-drawn charts (for Word exports and downloads). sharp renders SVG with
// librsvg and finds the CJK fonts through fontconfig, so the machine needs fonts-noto-cjk.
import sharp from "sharp";

export type SvgToPngOptions = {
  svg: string;
  /** 2 gives a sharp image on high-density screens and in print; 1 keeps the SVG's own pixel size. */
  scale?: number;
};

export async function svgToPng({ svg, scale = 2 }: SvgToPngOptions): Promise<Buffer> {
  // librsvg reads SVG at 72 dpi: one SVG unit is one pixel; density scales that.
  return sharp(Buffer.from(svg), { density: 72 * scale }).flatten({ background: "#ffffff" }).png().toBuffer();
}
