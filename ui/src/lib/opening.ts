// The window's first reads, asked for before the app is built (main.ts).
import { api } from "../api";
import type { AppInfo } from "../bindings/AppInfo";
import type { ClaimPage } from "../bindings/ClaimPage";
import type { DocumentSummary } from "../bindings/DocumentSummary";
import { OPENING_VIEW, pageFilter } from "./listing";

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
  const claims = api.listClaims(pageFilter(OPENING_VIEW, 0));
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
