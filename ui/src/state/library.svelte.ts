// The open database: its documents with their review counts, what the app
// knows about it (path, totals, why it could not be opened), switching to
// another one, and exporting reports from it.
import { api } from "../api";
import type { AppInfo } from "../bindings/AppInfo";
import type { DocumentSummary } from "../bindings/DocumentSummary";
import type { ReviewCounts } from "../bindings/ReviewCounts";
import type { ExportChoice } from "../components/ExportDialog.svelte";
import type { Opening } from "../lib/opening";
import type { Toasts } from "./toasts.svelte";

export class Library {
  info = $state<AppInfo | null>(null);
  documents = $state<DocumentSummary[]>([]);
  /** The documents have been read once: until then, no "empty" message flashes by. */
  read = $state(false);
  readonly titles = $derived(new Map(this.documents.map((d) => [d.id, d.title])));

  constructor(private toasts: Toasts) {}

  /** Read the documents and the app info again (or take over reads under way). */
  async refresh(asked?: Opening) {
    // Settled one by one: when the database cannot be opened the documents
    // fail, and the app info is what says why (the banner).
    const [docs, info] = await Promise.allSettled([asked?.documents ?? api.listDocuments(), asked?.info ?? api.appInfo()]);
    this.read = true;
    if (info.status === "fulfilled") this.info = info.value;
    else this.toasts.fail(info.reason);
    if (docs.status === "fulfilled") this.documents = docs.value;
    else {
      this.documents = [];
      this.toasts.fail(docs.reason);
    }
  }

  /**
   * A verdict changed in one document: read that document's counts and the
   * totals, not every document's (at 2,500 documents the whole list held
   * the database for 30 ms, and the next verdict waited behind it).
   */
  async countsChanged(documentId: number) {
    try {
      this.showCounts(await api.reviewCounts(documentId));
    } catch (e) {
      this.toasts.fail(e);
    }
  }

  /** Counts read with a verdict change (`VerdictSaved`), or by `countsChanged`. */
  showCounts(c: ReviewCounts) {
    // One row's counts change, not the list: the other rows stay as they are.
    const doc = this.documents.find((d) => d.id === c.document_id);
    if (doc) doc.counts = c.document;
    if (this.info) this.info.totals = c.totals;
  }

  /** Choose another database (or where to create one); true if switched. */
  async switchDatabase(create: boolean): Promise<boolean> {
    try {
      const path = await api.pickDatabase(create);
      if (!path) return false;
      this.info = await api.openDatabase(path);
      await this.refresh();
      this.toasts.inform(`Now using ${this.info.db_path}`);
      return true;
    } catch (e) {
      this.toasts.fail(e);
      return false;
    }
  }

  /** Write a report where the analyst chooses; true if written. */
  async exportReport(c: ExportChoice): Promise<boolean> {
    const scope = c.documentId !== null ? (this.titles.get(c.documentId) ?? "document") : "all-documents";
    const safe = scope.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "").slice(0, 60).toLowerCase() || "report";
    const name = `claimdesk-${safe}.${c.extension}`;
    try {
      const dir = this.info?.test_save_dir;
      const path = dir ? `${dir}/${name}` : await api.pickSavePath(name, c.extension);
      if (!path) return false;
      const out = await api.exportReport({ format: c.format, document_id: c.documentId, status: c.status, path });
      this.toasts.inform(`Exported ${Math.max(1, Math.round(out.bytes / 1024))} KB to ${out.path}${out.note ? `. ${out.note}.` : ""}`);
      return true;
    } catch (e) {
      this.toasts.fail(e);
      return false;
    }
  }
}
