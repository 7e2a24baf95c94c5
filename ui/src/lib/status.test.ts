import { describe, expect, it } from "vitest";
import type { Status } from "../bindings/Status";
import { FILTERS, statusClass, statusLabel } from "./status";

describe("verdict labels and classes", () => {
  const cases: [Status | null, string, string][] = [
    ["corroborated", "Corroborated", "status-corroborated"],
    ["disputed", "Disputed", "status-disputed"],
    ["unverified", "Unverified", "status-unverified"],
    [null, "Not reviewed", "status-none"],
  ];
  for (const [status, label, cls] of cases) {
    it(`${status}`, () => {
      expect(statusLabel(status)).toBe(label);
      expect(statusClass(status)).toBe(cls);
    });
  }

  it("offers every filter once, All first", () => {
    expect(FILTERS.map((f) => f.value)).toEqual([null, "not_reviewed", "corroborated", "disputed", "unverified"]);
  });
});
