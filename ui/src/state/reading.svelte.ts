// What is shown of the selected claim: its detail (verdict, note, evidence,
// history) in the panel, and its whole document in the reader.
import { api } from "../api";
import type { ClaimDetail } from "../bindings/ClaimDetail";
import type { ClaimRow } from "../bindings/ClaimRow";
import type { Document } from "../bindings/Document";
import { documentFilter } from "../lib/listing";
import type { Toasts } from "./toasts.svelte";

export interface ReaderView {
  document: Document;
  claims: ClaimRow[];
}

export class Reading {
  detail = $state<ClaimDetail | null>(null);
  reader = $state<ReaderView | null>(null);

  /** The claim whose detail is shown or on its way (`undefined`: none yet). */
  private followed: number | null | undefined = undefined;

  constructor(private toasts: Toasts) {}

  /**
   * Follow the selection: show `c` when it is another claim than the one
   * shown, not when the same claim's row is patched after a verdict (the
   * verdict already read its detail; reading it again held the database
   * while the analyst's next key waited).
   */
  follow(c: ClaimRow | null, current: () => ClaimRow | null) {
    const id = c?.id ?? null;
    if (id === this.followed) return;
    this.followed = id;
    this.show(c, current);
  }

  /** Show claim `c`; `current()` says which claim is selected by the time answers come. */
  async show(c: ClaimRow | null, current: () => ClaimRow | null) {
    if (!c) {
      this.detail = null;
      return;
    }
    try {
      const d = await api.claimDetail(c.id);
      if (current()?.id === c.id) this.detail = d;
      if (this.reader?.document.id === c.document_id) return;
      // A long document takes a frame or more to lay out: let the list
      // and the detail paint first, then bring in the text.
      await new Promise(requestAnimationFrame);
      if (current()?.id !== c.id) return;
      const [document, page] = await Promise.all([api.getDocument(c.document_id), api.listClaims(documentFilter(c.document_id))]);
      this.reader = { document, claims: page.claims };
    } catch (e) {
      this.toasts.fail(e);
    }
  }

  /** A document without claims still shows its text. */
  async showText(id: number) {
    try {
      this.reader = { document: await api.getDocument(id), claims: [] };
    } catch (e) {
      this.toasts.fail(e);
    }
  }

  /** Read claim `id`'s detail again (after a change); the detail, or null on failure. */
  async refresh(id: number): Promise<ClaimDetail | null> {
    try {
      const d = await api.claimDetail(id);
      this.showDetail(d);
      return d;
    } catch (e) {
      this.toasts.fail(e);
      return null;
    }
  }

  /** A claim's detail read elsewhere (with a verdict change): shown if it is the one open. */
  showDetail(d: ClaimDetail) {
    if (this.detail?.claim.id === d.claim.id) this.detail = d;
  }

  /** Put a changed claim in the reader (its detail comes from `refresh`). */
  patch(id: number, patch: Partial<ClaimRow>) {
    if (this.reader) this.reader.claims = this.reader.claims.map((c) => (c.id === id ? { ...c, ...patch } : c));
  }

  clear() {
    this.detail = null;
    this.reader = null;
    this.followed = undefined;
  }
}
