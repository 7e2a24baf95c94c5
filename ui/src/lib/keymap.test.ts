import { describe, expect, it } from "vitest";
import { actionFor, KEYMAP, keyHint, verdictAction, verdictOf } from "./keymap";

describe("the keymap", () => {
  const cases: [string, string | null][] = [
    ["j", "next"],
    ["ArrowDown", "next"],
    ["k", "previous"],
    ["ArrowUp", "previous"],
    ["1", "corroborated"],
    ["2", "disputed"],
    ["3", "unverified"],
    ["0", "clear"],
    ["n", "note"],
    ["e", "evidence"],
    ["u", "undo"],
    ["/", "search"],
    ["r", "related"],
    ["a", "applyToSameClaims"],
    ["?", "help"],
    ["Escape", "escape"],
    ["x", null],
    ["J", null],
  ];
  for (const [key, action] of cases) {
    it(`${key} -> ${action}`, () => expect(actionFor(key)).toBe(action));
  }

  it("binds no key twice and names every action once", () => {
    const keys = KEYMAP.flatMap((b) => b.keys);
    expect(new Set(keys).size).toBe(keys.length);
    const actions = KEYMAP.map((b) => b.action);
    expect(new Set(actions).size).toBe(actions.length);
  });

  it("shows on buttons the first key of an action", () => {
    expect(keyHint("corroborated")).toBe("1");
    expect(keyHint("next")).toBe("j");
    expect(keyHint(verdictAction(null))).toBe("0");
    expect(keyHint(verdictAction("disputed"))).toBe("2");
  });

  it("knows which actions are verdicts", () => {
    expect(verdictOf("unverified")).toBe("unverified");
    expect(verdictOf("clear")).toBeNull();
    expect(verdictOf("undo")).toBeUndefined();
  });
});
