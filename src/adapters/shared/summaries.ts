// Words every renderer shares, so the platforms say the same thing the same way.
import type { Speaker } from "../../analysis/quotes/quote-index.js";
import type { ReloadReport } from "../../library/reload.js";

/** "Amber Rudd (Home Secretary)"; a role the name already says ("Home Office spokesperson") is not repeated. */
export function speakerLabel(s: Speaker): string {
  const name = s.name.toLowerCase();
  const role = [s.role, s.organization].filter((r): r is string => Boolean(r) && !name.includes(r!.toLowerCase())).join(", ");
  return role ? `${s.name} (${role})` : s.name;
}

export function reloadSummary(r: ReloadReport): string {
  const changes = [
    r.added.length && `${r.added.length} added`,
    r.removed.length && `${r.removed.length} removed`,
    r.changed.length && `${r.changed.length} changed`,
  ].filter(Boolean);
  return (
    `Loaded ${r.documents} document${r.documents === 1 ? "" : "s"}` +
    (changes.length ? ` (${changes.join(", ")})` : " (no changes)") +
    `: ${r.quotations} quotations from ${r.speakers} speakers, ${r.events} dated events, in ${(r.milliseconds / 1000).toFixed(1)} s.`
  );
}
