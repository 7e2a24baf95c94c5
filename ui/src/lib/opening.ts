// The window's first reads, asked for before the app is built (main.ts).
import { api } from "../api";
import type { AppInfo } from "../bindings/AppInfo";
import type { ClaimFilter } from "../bindings/ClaimFilter";
import type { ClaimPage } from "../bindings/ClaimPage";
import type { DocumentSummary } from "../bindings/DocumentSummary";

/** Claims fetched per request; the list asks for pages as they scroll into view. */
export const PAGE = 100;

/** What the list shows when the window opens: every claim, from the top. */
export const FIRST_PAGE: ClaimFilter = { document_id: null, status: null, numeric: null, attributed: null, search: null, limit: PAGE, offset: 0 };

/** Reads under way; the app takes each one over the first time it needs it. */
export interface Opening {
  claims: Promise<ClaimPage>;
  documents: Promise<DocumentSummary[]>;
  info: Promise<AppInfo>;
}

/**
 * The list first, and the rest once the list's first frame is out: the
 * database answers one read at a time, and reading 2,500 documents' counts
 * while the window lays out and paints the list made it later on two cores.
 */
export function startOpening(): Opening {
  const claims = api.listClaims(FIRST_PAGE);
  const listPainted = claims.then(afterNextFrame, afterNextFrame);
  return { claims, documents: listPainted.then(() => api.listDocuments()), info: listPainted.then(() => api.appInfo()) };
}

/** Resolves just after the next frame is painted. */
function afterNextFrame(): Promise<void> {
  return new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
}

/** Resolves when the first page of claims has answered (or failed), or after `ms`. */
export function firstPageOrTimeout(o: Opening, ms: number): Promise<void> {
  const answered = o.claims.then(
    () => undefined,
    () => undefined,
  );
  return Promise.race([answered, new Promise<void>((done) => setTimeout(done, ms))]);
}
