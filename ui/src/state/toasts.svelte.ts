// The one message at the bottom of the window: an error until dismissed or
// made stale, or a piece of news for a few seconds.
import { ApiError } from "../api";

export interface Toast {
  kind: "error" | "info";
  text: string;
}

/** How long news stays (errors stay until dismissed). */
const INFO_MS = 4000;

export class Toasts {
  current = $state<Toast | null>(null);

  fail(e: unknown) {
    this.current = { kind: "error", text: e instanceof ApiError ? e.message : String(e) };
  }

  /** Several errors at once, one per line. */
  failAll(messages: string[]) {
    this.current = { kind: "error", text: messages.join("\n") };
  }

  inform(text: string) {
    this.current = { kind: "info", text };
    setTimeout(() => this.current?.text === text && (this.current = null), INFO_MS);
  }

  /** A write went through: an error it makes stale goes. */
  clearError() {
    if (this.current?.kind === "error") this.current = null;
  }

  dismiss() {
    this.current = null;
  }
}
