// What commands may ask of the corpus holder: /reload swaps in a freshly built corpus.
import type { Caller } from "./command.js";
import type { ReloadReport } from "./reply.js";

export type ReloadResult =
  | { status: "reloaded"; report: ReloadReport }
  | { status: "kept-old"; reason: string; report: ReloadReport }
  | { status: "busy" };

export interface ReloadControl {
  reload(caller: Caller): Promise<ReloadResult>;
}
