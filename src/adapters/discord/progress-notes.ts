// A long command (a reload) reports its progress; once the adapter has deferred, each note replaces
// the "thinking…" message. Notes that come faster than Discord takes edits are coalesced: only the
// latest is shown, and the answer always lands after the last note.
import { NO_PINGS, md } from "./render.js";

export interface ProgressNotes {
  /** What the core calls with each note. */
  note(text: string, fraction?: number): void;
  /** Call once the reply is deferred: shows the latest note, and every later one. */
  deferred(): void;
  /** Waits for any edit in flight and stops showing notes: the answer comes next. */
  finish(): Promise<void>;
}

export function progressNotes(edit: (body: { content: string; allowedMentions: typeof NO_PINGS }) => Promise<unknown>, onError: (error: unknown) => void): ProgressNotes {
  let latest: string | undefined;
  let live = false;
  let queued = false;
  let chain: Promise<void> = Promise.resolve();

  function show(): void {
    if (!live || latest === undefined || queued) return;
    queued = true;
    chain = chain.then(async () => {
      queued = false;
      if (!live || latest === undefined) return;
      await edit({ content: latest, allowedMentions: NO_PINGS }).catch(onError);
    });
  }

  return {
    note(text, fraction) {
      latest = `⏳ ${md(text)}${fraction !== undefined ? ` (${Math.round(fraction * 100)}%)` : ""}`;
      show();
    },
    deferred() {
      live = true;
      show();
    },
    async finish() {
      live = false;
      await chain;
    },
  };
}
