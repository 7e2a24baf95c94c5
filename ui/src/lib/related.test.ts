import { describe, expect, it } from "vitest";
import type { RelatedClaims } from "../bindings/RelatedClaims";
import { applyLabel, cursorAt, hedgeLabel, relatedCount, scoreLabel } from "./related";

const view = {
  same_quantity: [{}, {}],
  same_claim: [{}],
  checked_before: [{}, {}, {}],
} as unknown as RelatedClaims;

describe("stepping through related items", () => {
  it.each([
    [-1, null],
    [0, { section: "quantity", row: 0 }],
    [1, { section: "quantity", row: 1 }],
    [2, { section: "claim", row: 0 }],
    [3, { section: "checked", row: 0 }],
    [5, { section: "checked", row: 2 }],
    [6, null],
  ])("cursor %i is on %j", (cursor, want) => {
    expect(cursorAt(view, cursor)).toEqual(want);
  });

  it("counts every item of the three sections", () => {
    expect(relatedCount(view)).toBe(6);
  });
});

describe("how figures and scores read", () => {
  it.each([
    ["approx", "about"],
    ["at_most", "at most"],
    ["at_least", "at least"],
    ["exact", "exactly"],
  ] as const)("%s reads %s", (bound, label) => {
    expect(hedgeLabel(bound)).toBe(label);
  });

  it.each([
    [0.914, "91%"],
    [1, "100%"],
    [0, "0%"],
  ])("score %f reads %s", (score, label) => {
    expect(scoreLabel(score)).toBe(label);
  });
});

describe("the button that gives a verdict to the confirmed same claims", () => {
  const cases: [Parameters<typeof applyLabel>, string][] = [
    [[null, 2], "Set a verdict to give it to the confirmed matches"],
    [["disputed", 1], "Mark 1 confirmed match disputed"],
    [["corroborated", 3], "Mark 3 confirmed matches corroborated"],
    [["unverified", 0], "Confirmed matches are all unverified"],
  ];
  for (const [args, label] of cases) {
    it(label, () => expect(applyLabel(...args)).toBe(label));
  }
});
