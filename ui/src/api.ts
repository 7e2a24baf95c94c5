// The only module that talks to the Rust side. Every call returns typed data
// (bindings generated from Rust by ts-rs) or throws an ApiError.
import { invoke } from "@tauri-apps/api/core";
import { listen, type UnlistenFn } from "@tauri-apps/api/event";
import { open as openDialog, save as saveDialog } from "@tauri-apps/plugin-dialog";
import type { AppInfo } from "./bindings/AppInfo";
import type { Settings } from "./bindings/Settings";
import type { ClaimDetail } from "./bindings/ClaimDetail";
import type { ClaimFilter } from "./bindings/ClaimFilter";
import type { ClaimPage } from "./bindings/ClaimPage";
import type { Document } from "./bindings/Document";
import type { DocumentSummary } from "./bindings/DocumentSummary";
import type { Evidence } from "./bindings/Evidence";
import type { ExportOutcome } from "./bindings/ExportOutcome";
import type { ExportRequest } from "./bindings/ExportRequest";
import type { FileImport } from "./bindings/FileImport";
import type { ImportOutcome } from "./bindings/ImportOutcome";
import type { ImportProgress } from "./bindings/ImportProgress";
import type { NewDocument } from "./bindings/NewDocument";
import type { NewEvidence } from "./bindings/NewEvidence";
import type { LibraryFileResult } from "./bindings/LibraryFileResult";
import type { RelatedClaims } from "./bindings/RelatedClaims";
import type { ReviewCounts } from "./bindings/ReviewCounts";
import type { Status } from "./bindings/Status";
import type { Verdict } from "./bindings/Verdict";
import type { VerdictSaved } from "./bindings/VerdictSaved";

/** An error from the Rust side: a stable code and a message for the analyst. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function toApiError(e: unknown): ApiError {
  if (e && typeof e === "object" && "code" in e && "message" in e) {
    return new ApiError(String((e as { code: unknown }).code), String((e as { message: unknown }).message));
  }
  return new ApiError("internal", String(e));
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (e) {
    throw toApiError(e);
  }
}

/** Files larger than this are refused before they are read. Same as the Rust limit. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

export const api = {
  appInfo: () => call<AppInfo>("app_info"),
  /** Switch to another database (created if new); the current one stays open on failure. */
  openDatabase: (path: string) => call<AppInfo>("open_database", { path }),
  getSettings: () => call<Settings>("get_settings"),
  saveSettings: (settings: Settings) => call<Settings>("save_settings", { settings }),
  listDocuments: () => call<DocumentSummary[]>("list_documents"),
  getDocument: (id: number) => call<Document>("get_document", { id }),
  /** One document's review counts and the totals (after a verdict). */
  reviewCounts: (documentId: number) => call<ReviewCounts>("review_counts", { documentId }),
  importText: (document: NewDocument) => call<ImportOutcome>("import_text", { document }),
  importFiles: (paths: string[]) => call<FileImport[]>("import_files", { paths }),
  importAddresses: (addresses: string[]) => call<FileImport[]>("import_addresses", { addresses }),
  /** Import a file the window read (picker or drop); Rust decodes and checks it. */
  async importFile(file: File): Promise<ImportOutcome> {
    if (file.size > MAX_DOCUMENT_BYTES) {
      throw new ApiError("too_large", `${file.name} is ${file.size} bytes; Claimdesk opens documents up to ${MAX_DOCUMENT_BYTES} bytes`);
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    try {
      return await invoke<ImportOutcome>("import_bytes", bytes, { headers: { "x-file-name": encodeURIComponent(file.name) } });
    } catch (e) {
      throw toApiError(e);
    }
  },
  listClaims: (filter: ClaimFilter) => call<ClaimPage>("list_claims", { filter }),
  setVerdict: (claimId: number, status: Status, note: string | null) => call<VerdictSaved>("set_verdict", { claimId, status, note }),
  clearVerdict: (claimId: number) => call<VerdictSaved>("clear_verdict", { claimId }),
  saveNote: (claimId: number, note: string) => call<VerdictSaved>("save_note", { claimId, note }),
  undoVerdict: (claimId: number | null) => call<Verdict[]>("undo_verdict", { claimId }),
  applyToSameClaims: (claimId: number) => call<Verdict[]>("apply_to_same_claims", { claimId }),
  claimDetail: (claimId: number) => call<ClaimDetail>("claim_detail", { claimId }),
  addEvidence: (claimId: number, evidence: NewEvidence) => call<Evidence>("add_evidence", { claimId, evidence }),
  removeEvidence: (evidenceId: number) => call<null>("remove_evidence", { evidenceId }),
  /** Open an http(s) link in the system browser; the window never navigates. */
  openLink: (url: string) => call<null>("open_link", { url }),
  exportReport: (request: ExportRequest) => call<ExportOutcome>("export_report", { request }),
  /** Figures for the same quantity, the same claim elsewhere, past fact-checks. */
  relatedClaims: (claimId: number) => call<RelatedClaims>("related_claims", { claimId }),
  /** Add ClaimReview (JSON-LD, saved pages) or CSV files to the library of past fact-checks. */
  importLibrary: (paths: string[]) => call<LibraryFileResult[]>("import_library", { paths }),
  /** Relate documents an older version imported (runs in the background). */
  relatePending: () => call<number>("relate_pending"),
  onImportProgress: (f: (p: ImportProgress) => void): Promise<UnlistenFn> => listen<ImportProgress>("import-progress", (e) => f(e.payload)),
  /** Files the window was launched with ("Open with Claimdesk"), once. */
  takeFilesToOpen: () => call<string[]>("take_files_to_open"),
  /** Files a later launch asked this window to open. */
  onOpenFiles: (f: (paths: string[]) => void): Promise<UnlistenFn> => listen<string[]>("open-files", (e) => f(e.payload)),
  /** The native open dialog; the chosen paths, or [] when cancelled. */
  async pickArticles(): Promise<string[]> {
    const picked = await openDialog({
      multiple: true,
      directory: false,
      title: "Open articles",
      filters: [{ name: "Articles", extensions: ["txt", "md", "markdown", "html", "htm"] }],
    });
    if (!picked) return [];
    return Array.isArray(picked) ? picked : [picked];
  },
  /** Fact-check files for the library; the chosen paths, or [] when cancelled. */
  async pickFactChecks(): Promise<string[]> {
    const picked = await openDialog({
      multiple: true,
      directory: false,
      title: "Import past fact-checks",
      filters: [{ name: "ClaimReview or CSV", extensions: ["json", "jsonld", "csv", "html", "htm"] }],
    });
    if (!picked) return [];
    return Array.isArray(picked) ? picked : [picked];
  },
  /** Choose a database: an existing one, or where to create a new one. */
  async pickDatabase(create: boolean): Promise<string | null> {
    const filters = [{ name: "Claimdesk database", extensions: ["db", "sqlite", "claimdesk"] }];
    if (create) return saveDialog({ title: "Create a new database", defaultPath: "claimdesk.db", filters });
    const picked = await openDialog({ title: "Open a database", multiple: false, directory: false, filters });
    return typeof picked === "string" ? picked : null;
  },
  /** The native save dialog; the chosen path, or null when cancelled. */
  async pickSavePath(defaultName: string, extension: string): Promise<string | null> {
    return saveDialog({ title: "Export report", defaultPath: defaultName, filters: [{ name: extension.toUpperCase(), extensions: [extension] }] });
  },
};
