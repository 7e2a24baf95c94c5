import { describe, expect, it } from "vitest";
import { documentFilter, OPENING_VIEW, PAGE, pageFilter, withPage, type ListView } from "./listing";

describe("pageFilter: the list's filters as one page's request", () => {
  const view = (v: Partial<ListView>): ListView => ({ ...OPENING_VIEW, ...v });
  const cases: [string, ListView, number, object][] = [
    ["the opening view asks for every claim", OPENING_VIEW, 0, { document_id: null, status: null, numeric: null, attributed: null, conflict: null, search: null, limit: PAGE, offset: 0 }],
    ["page 3 starts after three pages", OPENING_VIEW, 3, { limit: PAGE, offset: 3 * PAGE }],
    ["one document, one status", view({ document: 7, status: "disputed" }), 0, { document_id: 7, status: "disputed" }],
    ["a ticked box narrows; an unticked one does not", view({ onlyNumeric: true }), 0, { numeric: true, attributed: null }],
    ["only conflicts asks for claims with a conflicting figure", view({ onlyConflicts: true }), 0, { conflict: true, numeric: null }],
    ["search is trimmed", view({ search: "  troops " }), 0, { search: "troops" }],
    ["blank search is no search", view({ search: "   " }), 0, { search: null }],
  ];
  for (const [name, v, page, expected] of cases) {
    it(name, () => expect(pageFilter(v, page)).toMatchObject(expected));
  }
});

describe("withPage: one page of rows put in place", () => {
  it("fills the page's slots and leaves the others", () => {
    const rows = withPage<string>([], 1, ["a", "b"]);
    expect(rows.length).toBe(PAGE + 2);
    expect(rows[PAGE]).toBe("a");
    expect(rows[PAGE + 1]).toBe("b");
    expect(rows[0]).toBeUndefined();
  });

  it("copies: the rows given are not changed", () => {
    const before: (string | undefined)[] = ["x"];
    const after = withPage(before, 0, ["y"]);
    expect(before).toEqual(["x"]);
    expect(after).toEqual(["y"]);
  });
});

describe("documentFilter: what the reader shows", () => {
  it("asks for every claim of the document, unfiltered and unpaged", () => {
    expect(documentFilter(4)).toEqual({ document_id: 4, status: null, numeric: null, attributed: null, conflict: null, search: null, limit: null, offset: null });
  });
});
