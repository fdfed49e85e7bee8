import { describe, expect, it } from "vitest";
import { splitRunInHeading } from "./run-in-heading";

describe("splitRunInHeading", () => {
  it("takes the opening sentence of a numbered paragraph as its heading", () => {
    expect(splitRunInHeading("1.强化组织领导。镇党委高度重视，定期研究。")).toEqual({
      heading: "1.强化组织领导。",
      rest: "镇党委高度重视，定期研究。",
    });
    expect(splitRunInHeading("12．健全制度体系！全面推进。")).toEqual({ heading: "12．健全制度体系！", rest: "全面推进。" });
  });

  it("treats a short numbered line without a full stop as a heading on its own", () => {
    expect(splitRunInHeading("2.加强执法队伍建设")).toEqual({ heading: "2.加强执法队伍建设", rest: "" });
  });

  it("leaves ordinary paragraphs, decimals, years and long opening sentences alone", () => {
    expect(splitRunInHeading("根据区普法办关于进一步加强习近平法治思想宣传工作的通知。")).toBeNull();
    expect(splitRunInHeading("1.5亿元用于基础设施建设。")).toBeNull();
    expect(splitRunInHeading("2022年，我镇持续深化改革。")).toBeNull();
    expect(splitRunInHeading(`1.${"我镇进一步细化依法行政工作任务，".repeat(4)}全面推进。`)).toBeNull();
  });
});
