// What commands may ask of the corpus holder: /reload swaps in a freshly built corpus.
import type { Caller } from "../core/command.js";
import type { ReloadReport } from "../core/reply.js";

export type ReloadResult =
  | { status: "reloaded"; report: ReloadReport }
  | { status: "kept-old"; reason: string; report: ReloadReport }
  | { status: "busy" };

export interface ReloadControl {
  /** `progress` hears a short note as each stage completes ("Reading 1,240 files…"). */
  reload(caller: Caller, progress?: (note: string, fraction?: number) => void): Promise<ReloadResult>;
}
