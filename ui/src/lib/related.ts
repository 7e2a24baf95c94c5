// How related items read in the claim panel: figures with their hedge,
// one order over the three sections (for stepping), scores as words.
import type { Bound } from "../bindings/Bound";
import type { RelatedClaims } from "../bindings/RelatedClaims";
import type { Status } from "../bindings/Status";
import { statusLabel } from "./status";

/** How a hedge reads beside a figure. */
export function hedgeLabel(bound: Bound): string {
  switch (bound) {
    case "approx":
      return "about";
    case "at_most":
      return "at most";
    case "at_least":
      return "at least";
    default:
      return "exactly";
  }
}

/** Items in stepping order: same quantity, same claim, checked before. */
export function relatedCount(v: RelatedClaims): number {
  return v.same_quantity.length + v.same_claim.length + v.checked_before.length;
}

/** Which section and row the cursor is on. */
export function cursorAt(v: RelatedClaims, cursor: number): { section: "quantity" | "claim" | "checked"; row: number } | null {
  if (cursor < 0) return null;
  if (cursor < v.same_quantity.length) return { section: "quantity", row: cursor };
  const c = cursor - v.same_quantity.length;
  if (c < v.same_claim.length) return { section: "claim", row: c };
  const d = c - v.same_claim.length;
  return d < v.checked_before.length ? { section: "checked", row: d } : null;
}

/** A match score as the analyst reads it. */
export function scoreLabel(score: number): string {
  return `${Math.round(score * 100)}%`;
}

/** What the button that gives a verdict to the confirmed same claims says. */
export function applyLabel(status: Status | null, toChange: number): string {
  if (!status) return "Set a verdict to give it to the confirmed matches";
  const verdict = statusLabel(status).toLowerCase();
  if (toChange === 0) return `Confirmed matches are all ${verdict}`;
  return `Mark ${toChange} confirmed ${toChange === 1 ? "match" : "matches"} ${verdict}`;
}
