import { describe, expect, it } from "vitest";
import { withdrawalCovering } from "./withdrawal-cover";

const published = { withdrawnAt: null, withdrawReason: null };
const withdrawn = { withdrawnAt: new Date("2024-05-06T02:00:00Z"), withdrawReason: "含个人信息" };

describe("withdrawalCovering", () => {
  it("leaves every version public when nothing was withdrawn", () => {
    const publications = [published, published];
    expect([0, 1].map((i) => withdrawalCovering(publications, i))).toEqual([null, null]);
  });

  it("hides the withdrawn version and every earlier one with the withdrawal's date and reason", () => {
    const publications = [published, published, withdrawn];
    for (const i of [0, 1, 2]) expect(withdrawalCovering(publications, i)).toEqual({ at: withdrawn.withdrawnAt, reason: "含个人信息" });
  });

  it("shows a publication made after the withdrawal again", () => {
    const publications = [published, withdrawn, published];
    expect(withdrawalCovering(publications, 0)).not.toBeNull();
    expect(withdrawalCovering(publications, 1)).not.toBeNull();
    expect(withdrawalCovering(publications, 2)).toBeNull();
  });
});
