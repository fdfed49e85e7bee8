import { describe, expect, it } from "vitest";
import { makeSvgAccessible } from "@/lib/charts/accessible-svg";

describe("makeSvgAccessible", () => {
  it("names the image and makes it scale", () => {
    const svg = makeSvgAccessible({ svg: '<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>', title: "案件数 & 比例", width: 600, height: 300 });
    expect(svg).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="300" viewBox="0 0 600 300" role="img" style="max-width:100%;height:auto"><title>案件数 &amp; 比例</title><rect/></svg>',
    );
  });

  it("keeps an existing viewBox, replaces width and height, drops hover styles", () => {
    const svg = makeSvgAccessible({
      svg: '<svg width="10" height="5" viewBox="0 0 10 5"><path/><style ><![CDATA[.a:hover{cursor:pointer}]]></style>\n</svg>',
      title: "t",
      width: 720,
      height: 360,
    });
    expect(svg).toBe('<svg width="720" height="360" viewBox="0 0 10 5" role="img" style="max-width:100%;height:auto"><title>t</title><path/></svg>');
  });

  it("refuses anything that is not an svg", () => {
    expect(() => makeSvgAccessible({ svg: "<div></div>", title: "t", width: 1, height: 1 })).toThrow();
  });
});
