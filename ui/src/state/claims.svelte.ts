// The claims list: its filters, the pages read so far (a page of 100 at a
// time as rows scroll into view), the total, and the selected row.
import { tick } from "svelte";
import { api } from "../api";
import type { ClaimPage } from "../bindings/ClaimPage";
import type { ClaimRow } from "../bindings/ClaimRow";
import type { StatusFilter } from "../bindings/StatusFilter";
import { OPENING_VIEW, PAGE, pageFilter, withPage } from "../lib/listing";
import type { Toasts } from "./toasts.svelte";

export class ClaimList {
  document = $state(OPENING_VIEW.document);
  status = $state<StatusFilter | null>(OPENING_VIEW.status);
  onlyNumeric = $state(OPENING_VIEW.onlyNumeric);
  onlyAttributed = $state(OPENING_VIEW.onlyAttributed);
  onlyConflicts = $state(OPENING_VIEW.onlyConflicts);
  search = $state(OPENING_VIEW.search);

  total = $state(0);
  // Raw, not deeply reactive: up to one slot per claim (100,000+), each row
  // replaced, never mutated; a deep proxy made every copy and search slow.
  rows = $state.raw<(ClaimRow | undefined)[]>([]);
  selectedIndex = $state(0);
  /** How long the last list refresh took, query to painted rows (ms). */
  shownIn = $state<number | null>(null);
  readonly selected = $derived(this.rows[this.selectedIndex] ?? null);

  // Responses to an older filter are dropped.
  private generation = 0;
  private loadingPages = new Set<number>();

  constructor(private toasts: Toasts) {}

  private filter(page: number) {
    const view = { document: this.document, status: this.status, onlyNumeric: this.onlyNumeric, onlyAttributed: this.onlyAttributed, onlyConflicts: this.onlyConflicts, search: this.search };
    return pageFilter(view, page);
  }

  /**
   * Fetch one page of the current filter into `rows`. With `select`, the
   * list starts over: the page replaces all rows and the selection moves to
   * `select` in the same step. `asked` is that page's read if it is already
   * under way.
   */
  async loadPage(page: number, select: number | null = null, asked?: Promise<ClaimPage>): Promise<boolean> {
    if (this.loadingPages.has(page)) return false;
    this.loadingPages.add(page);
    const gen = this.generation;
    try {
      const result = await (asked ?? api.listClaims(this.filter(page)));
      if (gen !== this.generation) return false;
      this.total = result.total;
      this.rows = withPage(select === null ? this.rows : [], page, result.claims);
      if (select !== null) this.selectedIndex = Math.min(select, Math.max(0, this.total - 1));
      return true;
    } catch (e) {
      this.toasts.fail(e);
      return false;
    } finally {
      if (gen === this.generation) this.loadingPages.delete(page);
    }
  }

  /**
   * Start the list over for the current filter, keeping the selected index
   * if asked. The old rows stay until the new page is in, so the selection
   * goes straight from the old claim to the new one: the panes beside the
   * list are laid out once, not emptied and filled again.
   */
  async reload(keepIndex = false, started = performance.now(), asked?: Promise<ClaimPage>) {
    this.generation += 1;
    this.loadingPages.clear();
    const index = keepIndex ? this.selectedIndex : 0;
    if (!(await this.loadPage(Math.floor(index / PAGE), index, asked))) return;
    await tick();
    requestAnimationFrame(() => (this.shownIn = Math.round(performance.now() - started)));
  }

  /** Rows `from`..`to` are in view: read the pages they are on. */
  need(from: number, to: number) {
    for (let p = Math.floor(from / PAGE); p <= Math.floor(Math.max(from, to - 1) / PAGE); p++) {
      if (this.rows[p * PAGE] === undefined && p * PAGE < this.total) this.loadPage(p);
    }
  }

  move(delta: number) {
    if (this.total === 0) return;
    this.selectedIndex = Math.min(this.total - 1, Math.max(0, this.selectedIndex + delta));
    this.need(this.selectedIndex, this.selectedIndex + 1);
  }

  /** Select the row of claim `id` if it is loaded; false if it is not. */
  selectClaim(id: number): boolean {
    const k = this.rows.findIndex((r) => r?.id === id);
    if (k >= 0) this.selectedIndex = k;
    return k >= 0;
  }

  /** Put a changed claim in its row. */
  patch(id: number, patch: Partial<ClaimRow>) {
    const k = this.rows.findIndex((r) => r?.id === id);
    if (k < 0) return;
    const next = this.rows.slice();
    next[k] = { ...this.rows[k]!, ...patch };
    this.rows = next;
  }

  /** Show one document's claims (all documents' with `null`), every other filter off. */
  showDocument(id: number | null) {
    this.document = id;
    this.status = null;
    this.search = "";
  }
}
