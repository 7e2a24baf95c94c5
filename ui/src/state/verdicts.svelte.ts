// Verdicts on the selected claim, undo, notes and evidence. The database
// commit comes first; only then does the window say "Saved".
import { tick } from "svelte";
import { api, ApiError } from "../api";
import type { ClaimDetail } from "../bindings/ClaimDetail";
import type { NewEvidence } from "../bindings/NewEvidence";
import type { Status } from "../bindings/Status";
import type { VerdictSaved } from "../bindings/VerdictSaved";
import { statusLabel } from "../lib/status";
import type { ClaimList } from "./claims.svelte";
import type { Library } from "./library.svelte";
import type { Reading } from "./reading.svelte";
import type { Related } from "./related.svelte";
import type { Toasts } from "./toasts.svelte";

export class Verdicts {
  /** What the status bar says of the last write. */
  saveState = $state("");

  constructor(
    private claims: ClaimList,
    private reading: Reading,
    private library: Library,
    private related: Related,
    private toasts: Toasts,
  ) {}

  /** Set (or with `null` clear) the selected claim's verdict; true once committed. */
  async set(status: Status | null, note: string | null = null): Promise<boolean> {
    const c = this.claims.selected;
    if (!c) return false;
    return this.write(() => (status === null ? api.clearVerdict(c.id) : api.setVerdict(c.id, status, note)), (saved) => `Saved: claim ${c.id} ${statusLabel(saved.detail.claim.status).toLowerCase()}`);
  }

  /** Write the selected claim's note; its verdict, or the lack of one, stays. */
  async saveNote(note: string): Promise<boolean> {
    const c = this.claims.selected;
    if (!c) return false;
    return this.write(() => api.saveNote(c.id, note), () => `Saved: note on claim ${c.id}`);
  }

  /** One write that returns the claim and counts: "Saved" first, then the panes. */
  private async write(call: () => Promise<VerdictSaved>, said: (saved: VerdictSaved) => string): Promise<boolean> {
    this.saveState = "Saving…";
    try {
      const saved = await call();
      this.saved(said(saved));
      // "Saved" reaches the screen first; then the panes that show the claim.
      await tick();
      this.show(saved.detail);
      this.library.showCounts(saved.counts);
      return true;
    } catch (e) {
      this.saveState = "Not saved";
      this.toasts.fail(e);
      return false;
    }
  }

  /** Take back the latest action, of whichever claim (every claim it changed). */
  async undo() {
    this.saveState = "Undoing…";
    try {
      const restored = await api.undoVerdict(null);
      if (restored.length === 0) {
        this.saveState = "Nothing to undo";
        return;
      }
      const v = restored[restored.length - 1];
      this.saved(
        restored.length === 1
          ? `Undone: claim ${v.claim_id} is ${statusLabel(v.status).toLowerCase()}`
          : `Undone: ${restored.length} claims back to their earlier verdicts`,
      );
      await this.changedAll(restored.map((r) => r.claim_id));
    } catch (e) {
      this.saveState = "Undo failed";
      this.toasts.fail(e);
    }
  }

  /** Give the selected claim's verdict to its confirmed same claims elsewhere. */
  async applyToSameClaims(): Promise<boolean> {
    const c = this.claims.selected;
    if (!c) return false;
    if (!c.status) {
      this.toasts.fail(new ApiError("invalid", "Set a verdict (1, 2 or 3) before giving it to the same claims elsewhere."));
      return false;
    }
    this.saveState = "Saving…";
    try {
      const changed = await api.applyToSameClaims(c.id);
      this.saved(
        changed.length === 0
          ? "No confirmed same claim needed this verdict"
          : `Saved: ${changed.length} same ${changed.length === 1 ? "claim" : "claims"} ${statusLabel(c.status).toLowerCase()} (u undoes)`,
      );
      await this.changedAll(changed.map((v) => v.claim_id));
      return true;
    } catch (e) {
      this.saveState = "Not saved";
      this.toasts.fail(e);
      return false;
    }
  }

  async addEvidence(e: NewEvidence): Promise<boolean> {
    const c = this.claims.selected;
    if (!c) return false;
    try {
      await api.addEvidence(c.id, e);
      await this.reading.refresh(c.id);
      this.saved(`Saved: evidence for claim ${c.id}`);
      return true;
    } catch (err) {
      this.toasts.fail(err);
      return false;
    }
  }

  async removeEvidence(id: number) {
    const c = this.claims.selected;
    if (!c) return;
    try {
      await api.removeEvidence(id);
      await this.reading.refresh(c.id);
    } catch (e) {
      this.toasts.fail(e);
    }
  }

  /** A write reached the database: say so, and drop an error it makes stale. */
  private saved(text: string) {
    this.saveState = text;
    this.toasts.clearError();
  }

  /** Several claims changed by one action: each, then what is related to the selection. */
  private async changedAll(claimIds: number[]) {
    for (const id of claimIds) await this.changed(id);
    if (claimIds.length > 1 || claimIds[0] !== this.claims.selected?.id) await this.related.refresh();
  }

  /** Put a claim's new verdict everywhere it is shown, and the counts (`refresh` reads the detail). */
  private async changed(claimId: number) {
    const d = await this.reading.refresh(claimId);
    if (!d) return;
    this.show(d);
    await this.library.countsChanged(d.claim.document_id);
  }

  /** A claim's detail as committed: in the detail pane, the list and the reader. */
  private show(d: ClaimDetail) {
    const patch = { status: d.claim.status, note: d.claim.note, updated_at: d.claim.updated_at };
    this.reading.showDetail(d);
    this.claims.patch(d.claim.id, patch);
    this.reading.patch(d.claim.id, patch);
  }
}
