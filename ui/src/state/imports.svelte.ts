// Bringing articles in: pasted text, web addresses and files chosen in the
// native dialog (Rust fetches or reads them in the background), files
// dropped or picked in the page.
import { api, ApiError } from "../api";
import type { FileImport } from "../bindings/FileImport";
import type { NewDocument } from "../bindings/NewDocument";
import type { Toasts } from "./toasts.svelte";

export interface ImportState {
  done: number;
  total: number;
  name: string;
}

const baseName = (path: string) => path.replace(/\/+$/, "").split("/").pop() ?? "";

export class Imports {
  /** The import under way, if any. */
  importing = $state<ImportState | null>(null);
  /** Documents imported earlier are being related in the background. */
  relating = $state(false);

  /** `imported(lastId)`: what to show once documents are in. */
  constructor(
    private toasts: Toasts,
    private imported: (lastId: number | null) => Promise<void>,
  ) {}

  async paste(d: NewDocument): Promise<boolean> {
    try {
      const o = await api.importText(d);
      this.toasts.inform(o.duplicate ? `Already imported as “${o.title}”: nothing added.` : `Imported “${o.title}”: ${o.claims} claims.`);
      await this.imported(o.id);
      return true;
    } catch (e) {
      this.toasts.fail(e);
      return false;
    }
  }

  /** Files chosen in the native dialog: Rust reads and stores them. */
  async openArticles() {
    let paths: string[];
    try {
      paths = await api.pickArticles();
    } catch (e) {
      this.toasts.fail(e);
      return;
    }
    await this.importPaths(paths);
  }

  /** Files by path (the dialog, or "Open with Claimdesk"), with progress. */
  async importPaths(paths: string[]) {
    await this.inBackground(paths, () => api.importFiles(paths), "file(s)");
  }

  /** Web pages by address (pasted, typed or dropped): Rust fetches them. */
  async importAddresses(addresses: string[]): Promise<boolean> {
    return this.inBackground(addresses, () => api.importAddresses(addresses), "page(s)");
  }

  /** One import Rust runs in the background, its progress in the status bar. */
  private async inBackground(names: string[], run: () => Promise<FileImport[]>, what: string): Promise<boolean> {
    if (!names.length) return false;
    this.importing = { done: 0, total: names.length, name: baseName(names[0]) };
    const unlisten = await api.onImportProgress((p) => {
      if (p.done < p.total) this.importing = { done: p.done, total: p.total, name: baseName(p.path) };
    });
    try {
      const results = await run();
      const errors = results.filter((r) => r.error).map((r) => r.error!.message);
      const last = results.filter((r) => r.outcome).pop();
      if (errors.length) this.toasts.failAll(errors);
      else this.toasts.inform(`Imported ${results.filter((r) => r.outcome && !r.outcome.duplicate).length} of ${results.length} ${what}.`);
      await this.imported(last?.outcome?.id ?? null);
      return errors.length === 0;
    } catch (e) {
      this.toasts.fail(e);
      return false;
    } finally {
      unlisten();
      this.importing = null;
    }
  }

  /** Files the page holds (dropped, or from the hidden file input). */
  async importFiles(files: File[]) {
    if (!files.length) return;
    let lastId: number | null = null;
    const errors: string[] = [];
    let added = 0;
    for (const [k, f] of files.entries()) {
      this.importing = { done: k, total: files.length, name: f.name };
      try {
        const o = await api.importFile(f);
        lastId = o.id;
        if (!o.duplicate) added += 1;
      } catch (e) {
        errors.push(e instanceof ApiError ? e.message : String(e));
      }
    }
    this.importing = null;
    if (errors.length) this.toasts.failAll(errors);
    else this.toasts.inform(`Imported ${added} of ${files.length} file(s).`);
    await this.imported(lastId);
  }
}
