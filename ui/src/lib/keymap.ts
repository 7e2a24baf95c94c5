// Every keyboard shortcut of the window, in one table: the key handler
// (App), the shortcuts dialog and the key hints on buttons all read it, so
// a key is defined once.
import type { Status } from "../bindings/Status";

export type Action =
  | "next"
  | "previous"
  | "corroborated"
  | "disputed"
  | "unverified"
  | "clear"
  | "note"
  | "evidence"
  | "undo"
  | "search"
  | "related"
  | "applyToSameClaims"
  | "help"
  | "escape";

export interface Binding {
  action: Action;
  /** `KeyboardEvent.key` values that trigger it. */
  keys: string[];
  /** How the shortcuts dialog writes the keys. */
  label: string;
  does: string;
}

export const KEYMAP: readonly Binding[] = [
  { action: "next", keys: ["j", "ArrowDown"], label: "j / ↓", does: "next claim" },
  { action: "previous", keys: ["k", "ArrowUp"], label: "k / ↑", does: "previous claim" },
  { action: "corroborated", keys: ["1"], label: "1", does: "corroborated" },
  { action: "disputed", keys: ["2"], label: "2", does: "disputed" },
  { action: "unverified", keys: ["3"], label: "3", does: "unverified" },
  { action: "clear", keys: ["0"], label: "0", does: "back to not reviewed" },
  { action: "note", keys: ["n"], label: "n", does: "edit the note" },
  { action: "evidence", keys: ["e"], label: "e", does: "add an evidence link" },
  { action: "undo", keys: ["u"], label: "u", does: "undo the last verdict change" },
  { action: "search", keys: ["/"], label: "/", does: "search claims" },
  { action: "related", keys: ["r"], label: "r", does: "step through related figures, claims and past fact-checks" },
  { action: "applyToSameClaims", keys: ["a"], label: "a", does: "give this verdict to the confirmed same claims elsewhere (one undo takes it back)" },
  { action: "help", keys: ["?"], label: "?", does: "show these shortcuts" },
  { action: "escape", keys: ["Escape"], label: "Esc", does: "leave a field, close a dialog" },
];

const BY_KEY = new Map(KEYMAP.flatMap((b) => b.keys.map((k) => [k, b.action] as const)));

/** The action of a key, if it has one. */
export function actionFor(key: string): Action | null {
  return BY_KEY.get(key) ?? null;
}

/** The key to show on a button that does `action` (its first key). */
export function keyHint(action: Action): string {
  return KEYMAP.find((b) => b.action === action)?.keys[0] ?? "";
}

/** The verdict an action sets: `clear` is `null`, other actions are not verdicts. */
export function verdictOf(action: Action): Status | null | undefined {
  switch (action) {
    case "corroborated":
    case "disputed":
    case "unverified":
      return action;
    case "clear":
      return null;
    default:
      return undefined;
  }
}

/** The action that sets `status` (`null`: back to not reviewed). */
export function verdictAction(status: Status | null): Action {
  return status ?? "clear";
}
