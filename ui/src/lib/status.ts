import type { Status } from "../bindings/Status";
import type { StatusFilter } from "../bindings/StatusFilter";

export const STATUS_LABEL: Record<Status, string> = {
  corroborated: "Corroborated",
  disputed: "Disputed",
  unverified: "Unverified",
};

export function statusClass(s: Status | null): string {
  return s ? `status-${s}` : "status-none";
}

export function statusLabel(s: Status | null): string {
  return s ? STATUS_LABEL[s] : "Not reviewed";
}

export const FILTERS: { value: StatusFilter | null; label: string }[] = [
  { value: null, label: "All" },
  { value: "not_reviewed", label: "Not reviewed" },
  { value: "corroborated", label: "Corroborated" },
  { value: "disputed", label: "Disputed" },
  { value: "unverified", label: "Unverified" },
];
