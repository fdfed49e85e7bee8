import { describe, expect, it } from "vitest";
import { actorKeys, matrix, type MatrixRow } from "./matrix";
import { designOutcomes } from "./design-rules";

describe("the authorization matrix and DESIGN.md §3", () => {
  it("agree on every cell", () => {
    const disagreements = (matrix as readonly MatrixRow[]).flatMap((row) =>
      actorKeys
        .filter((actor) => !designOutcomes(row, actor).includes(row.expect[actor]))
        .map((actor) => `${row.id} · ${actor}: the matrix says ${row.expect[actor]}, §3 says ${designOutcomes(row, actor).join(" or ")}`),
    );
    expect(disagreements, disagreements.join("\n")).toEqual([]);
  });

  it("would catch a cell that grants what §3 does not", () => {
    const save = matrix.find((row) => row.id === "save-section")! as MatrixRow;
    expect(designOutcomes(save, "reviewer")).not.toContain("ok");
    expect(designOutcomes(save, "clerkOtherUnit")).toEqual(["notFound"]);
    expect(designOutcomes(save, "signedOut")).toEqual(["login"]);
  });
});
