// The window's state, one part per concern, and the few actions that span
// parts (opening a document, following a claim from the reader, what
// follows an import or a change of database).
import { api } from "../api";
import type { ClaimRow } from "../bindings/ClaimRow";
import type { Opening } from "../lib/opening";
import { ClaimList } from "./claims.svelte";
import { Imports } from "./imports.svelte";
import { Library } from "./library.svelte";
import { Reading } from "./reading.svelte";
import { Related } from "./related.svelte";
import { Toasts } from "./toasts.svelte";
import { Verdicts } from "./verdicts.svelte";

export class Desk {
  readonly toasts = new Toasts();
  readonly library = new Library(this.toasts);
  readonly claims = new ClaimList(this.toasts);
  readonly reading = new Reading(this.toasts);
  readonly related = new Related(this.toasts);
  readonly verdicts = new Verdicts(this.claims, this.reading, this.library, this.related, this.toasts);
  readonly imports = new Imports(this.toasts, (lastId) => this.afterImport(lastId));

  /** Take over the first reads, already under way (main.ts); the open time counts from page start. */
  start(opening: Opening) {
    this.claims.reload(false, 0, opening.claims);
    this.library.refresh(opening);
    // Files the window was opened with, then any a later launch sends.
    api
      .takeFilesToOpen()
      .then((paths) => this.imports.importPaths(paths))
      .catch((e) => this.toasts.fail(e));
    api.onOpenFiles((paths) => this.imports.importPaths(paths)).catch((e) => this.toasts.fail(e));
    // Documents a bulk import (`claimdesk import` of many files) or an older
    // version left unrelated: related in the background, one document per
    // lock. Relations are derived: a database that cannot be written (the
    // banner already says why) keeps what it has.
    this.imports.relating = true;
    api
      .relatePending()
      .then(async (n) => {
        if (n > 0) await this.related.refresh();
      })
      .catch(() => {})
      .finally(() => (this.imports.relating = false));
  }

  /** Add past fact-checks to the library (files chosen in a dialog). */
  async importFactChecks() {
    try {
      const paths = await api.pickFactChecks();
      if (!paths.length) return;
      const results = await api.importLibrary(paths);
      const added = results.reduce((n, r) => n + (r.outcome?.added ?? 0) + (r.outcome?.updated ?? 0), 0);
      const failed = results.filter((r) => r.error);
      if (failed.length) this.toasts.fail(failed[0].error);
      else this.toasts.inform(`${added} past fact-checks in the library`);
      await this.related.refresh();
    } catch (e) {
      this.toasts.fail(e);
    }
  }

  /** Show one document's claims (all with `null`). */
  async openDocument(id: number | null) {
    this.claims.document = id;
    await this.claims.reload();
    if (id !== null && this.claims.total === 0) await this.reading.showText(id);
  }

  /** A claim clicked in the reader or the related panel: select it, bringing its document into the list if needed. */
  async selectFromReader(c: Pick<ClaimRow, "id" | "document_id">) {
    if (this.claims.selectClaim(c.id) || this.claims.document === c.document_id) return;
    this.claims.showDocument(c.document_id);
    await this.claims.reload();
    this.claims.selectClaim(c.id);
  }

  async switchDatabase(create: boolean) {
    if (!(await this.library.switchDatabase(create))) return;
    this.reading.clear();
    this.related.clear();
    this.claims.document = null;
    await this.claims.reload();
  }

  private async afterImport(lastId: number | null) {
    await this.library.refresh();
    await this.openDocument(lastId ?? this.claims.document);
  }
}
