// Turn a document and its claims (UTF-8 byte offsets, as the engine and the
// store use them) into pieces of text for the reader. Pieces are rendered as
// text nodes only: document text is never HTML.
import type { ClaimRow } from "../bindings/ClaimRow";

export type Mark = "number" | "source" | null;

export interface Piece {
  text: string;
  mark: Mark;
}

export interface Segment {
  /** The claim this segment is, or null for text between claims. */
  claim: ClaimRow | null;
  pieces: Piece[];
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function segments(text: string, claims: ClaimRow[]): Segment[] {
  const bytes = encoder.encode(text);
  const slice = (a: number, b: number) => decoder.decode(bytes.subarray(a, b));
  const sorted = [...claims].sort((x, y) => x.start - y.start);
  const out: Segment[] = [];
  let pos = 0;
  for (const c of sorted) {
    if (c.start < pos || c.end > bytes.length) continue; // overlapping or stale: show as plain text
    if (c.start > pos) out.push({ claim: null, pieces: [{ text: slice(pos, c.start), mark: null }] });
    out.push({ claim: c, pieces: claimPieces(c, slice) });
    pos = c.end;
  }
  if (pos < bytes.length) out.push({ claim: null, pieces: [{ text: slice(pos, bytes.length), mark: null }] });
  return out;
}

function claimPieces(c: ClaimRow, slice: (a: number, b: number) => string): Piece[] {
  const marks: { start: number; end: number; mark: Mark }[] = [
    ...c.numbers.map((n) => ({ start: n.start, end: n.end, mark: "number" as const })),
    ...c.sources.map((s) => ({ start: s.start, end: s.end, mark: "source" as const })),
  ]
    .filter((m) => m.start >= c.start && m.end <= c.end && m.start < m.end)
    .sort((a, b) => a.start - b.start);
  const pieces: Piece[] = [];
  let pos = c.start;
  for (const m of marks) {
    if (m.start < pos) continue;
    if (m.start > pos) pieces.push({ text: slice(pos, m.start), mark: null });
    pieces.push({ text: slice(m.start, m.end), mark: m.mark });
    pos = m.end;
  }
  if (pos < c.end) pieces.push({ text: slice(pos, c.end), mark: null });
  return pieces;
}
