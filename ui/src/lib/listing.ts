// What the claims list shows, as the window's filters say it, and the
// request for one page of it. The window and its first read (opening.ts)
// both build their requests here, so the page read before the app is built
// is the page the app's filters ask for.
import type { ClaimFilter } from "../bindings/ClaimFilter";
import type { StatusFilter } from "../bindings/StatusFilter";

/** Claims fetched per request; the list asks for pages as they scroll into view. */
export const PAGE = 100;

export interface ListView {
  document: number | null;
  status: StatusFilter | null;
  onlyNumeric: boolean;
  onlyAttributed: boolean;
  /** Only claims with a figure that conflicts with another for the same quantity. */
  onlyConflicts: boolean;
  search: string;
}

/** The filters when the window opens: every claim. */
export const OPENING_VIEW: ListView = { document: null, status: null, onlyNumeric: false, onlyAttributed: false, onlyConflicts: false, search: "" };

export function pageFilter(view: ListView, page: number): ClaimFilter {
  return {
    document_id: view.document,
    status: view.status,
    numeric: view.onlyNumeric ? true : null,
    attributed: view.onlyAttributed ? true : null,
    conflict: view.onlyConflicts ? true : null,
    search: view.search.trim() || null,
    limit: PAGE,
    offset: page * PAGE,
  };
}

/** Every claim of one document, in text order: what the reader shows. */
export function documentFilter(documentId: number): ClaimFilter {
  return { document_id: documentId, status: null, numeric: null, attributed: null, conflict: null, search: null, limit: null, offset: null };
}

/** `rows` with one page of claims put in place (a copy: the list's rows are raw state). */
export function withPage<T>(rows: readonly (T | undefined)[], page: number, claims: readonly T[]): (T | undefined)[] {
  const next = rows.slice();
  claims.forEach((c, k) => (next[page * PAGE + k] = c));
  return next;
}
