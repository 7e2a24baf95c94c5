import { describe, expect, it } from "vitest";
import type { ClaimRow } from "../bindings/ClaimRow";
import { segments } from "./segments";

const bytes = (s: string) => new TextEncoder().encode(s).length;

/** A claim over `text`'s bytes `start`..`end`, with number and source marks. */
function claim(id: number, start: number, end: number, numbers: [number, number][] = [], sources: [number, number][] = []): ClaimRow {
  const mention = ([a, b]: [number, number]) => ({ start: a, end: b, text: "" });
  return {
    id,
    document_id: 1,
    start,
    end,
    text: "",
    numeric: numbers.length > 0,
    attributed: sources.length > 0,
    status: null,
    note: null,
    updated_at: null,
    numbers: numbers.map((n) => ({ ...mention(n), value: 0, high: null, kind: "count", bound: "exact", noun: null })),
    sources: sources.map((s) => ({ ...mention(s), cue: "said", pronoun: false, refers_to: null, via: null })),
  } as ClaimRow;
}

/** Each segment as `[claim id or -, its pieces as text|mark]`. */
function shape(text: string, claims: ClaimRow[]) {
  return segments(text, claims).map((s) => [s.claim?.id ?? "-", s.pieces.map((p) => (p.mark ? `${p.text}|${p.mark}` : p.text))]);
}

describe("segments: byte offsets to pieces of text", () => {
  const cases: [string, string, ClaimRow[], unknown][] = [
    ["no claims: one plain segment", "Plain text.", [], [["-", ["Plain text."]]]],
    ["a claim between plain text", "A. B said 3. C.", [claim(1, 3, 12, [[10, 11]], [[3, 4]])], [["-", ["A. "]], [1, ["B|source", " said ", "3|number", "."]], ["-", [" C."]]]],
    // "Zürich" is 7 bytes: offsets count bytes, not UTF-16 units.
    ["multibyte text before a claim", "Zürich: 5 dead.", [claim(1, bytes("Zürich: "), bytes("Zürich: 5 dead."), [[bytes("Zürich: "), bytes("Zürich: 5")]])], [["-", ["Zürich: "]], [1, ["5|number", " dead."]]]],
    ["an emoji inside a claim", "🚀 2 launches.", [claim(1, 0, bytes("🚀 2 launches."), [[bytes("🚀 "), bytes("🚀 2")]])], [[1, ["🚀 ", "2|number", " launches."]]]],
    ["an overlapping claim shows as plain text", "One two three.", [claim(1, 0, 7), claim(2, 4, 14)], [[1, ["One two"]], ["-", [" three."]]]],
    ["a claim past the end (stale) is left out", "Short.", [claim(1, 0, 60)], [["-", ["Short."]]]],
    ["claims out of order are sorted", "A1. B2.", [claim(2, 4, 7), claim(1, 0, 3)], [[1, ["A1."]], ["-", [" "]], [2, ["B2."]]]],
    ["a mark outside its claim is ignored", "X said 4.", [claim(1, 0, 4, [[7, 8]])], [[1, ["X sa"]], ["-", ["id 4."]]]],
  ];
  for (const [name, text, claims, expected] of cases) {
    it(name, () => expect(shape(text, claims)).toEqual(expected));
  }

  it("the pieces put together are the text, whatever the claims", () => {
    const text = "Ünïcödé 12, said Ana. 3 more.";
    const claims = [claim(1, 0, bytes("Ünïcödé 12,")), claim(2, bytes("Ünïcödé 12, "), bytes(text))];
    expect(segments(text, claims).flatMap((s) => s.pieces.map((p) => p.text)).join("")).toBe(text);
  });
});
