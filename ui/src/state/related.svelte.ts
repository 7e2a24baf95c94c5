// What is related to the selected claim: figures for the same quantity
// (conflicts marked), the same claim in other documents, past fact-checks.
// Read when the selection moves to another claim; `step` walks the items.
import { api } from "../api";
import type { RelatedClaims } from "../bindings/RelatedClaims";
import { relatedCount } from "../lib/related";
import type { Toasts } from "./toasts.svelte";

export class Related {
  view = $state<RelatedClaims | null>(null);
  /** The item the analyst stepped to (`-1`: none). */
  cursor = $state(-1);
  private followed: number | null | undefined = undefined;

  constructor(private toasts: Toasts) {}

  /** Read claim `id`'s relations unless they are the ones shown. */
  async follow(id: number | null) {
    if (id === this.followed) return;
    this.followed = id;
    this.cursor = -1;
    if (id === null) {
      this.view = null;
      return;
    }
    try {
      const view = await api.relatedClaims(id);
      if (this.followed === id) this.view = view;
    } catch (e) {
      this.toasts.fail(e);
    }
  }

  /** Read them again (after a verdict on a related claim, or an import). */
  async refresh() {
    const id = this.followed;
    this.followed = undefined;
    await this.follow(id ?? null);
  }

  /** Move to the next related item, around to the first. */
  step() {
    const n = this.view ? relatedCount(this.view) : 0;
    this.cursor = n === 0 ? -1 : (this.cursor + 1) % n;
  }

  clear() {
    this.view = null;
    this.followed = undefined;
    this.cursor = -1;
  }
}
