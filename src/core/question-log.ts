// What people asked and how it went, for /stats: one row per request, written after the answer has gone
// and never waited for. The question's words are kept for LOG_RETENTION_DAYS and then blanked; the
// counts stay. A store that fails is logged (once a minute at most) and the answers keep coming.
import type { Logger } from "../logger.js";
import type { Store } from "../store/store.js";
import type { Caller } from "./command.js";
import type { Reply } from "./reply.js";

/** Longest question text kept. */
const MAX_KEPT = 500;

export interface QuestionLog {
  record(text: string, caller: Caller, reply: Reply): void;
  /** Blanks the words of questions older than the retention period. */
  forgetOld(): Promise<void>;
}

export function createQuestionLog(store: Store, log: Logger, retentionDays: number, now: () => Date = () => new Date()): QuestionLog {
  let lastWarned = 0;
  const warn = (error: unknown) => {
    if (now().getTime() - lastWarned < 60_000) return;
    lastWarned = now().getTime();
    log.warn({ err: error, store: store.where }, "could not record a question in the store; answers go on");
  };
  return {
    record(text, caller, reply) {
      const outcome = reply.status === "ok" ? "ok" : reply.code;
      void store
        .query("insert into questions_asked (platform, command, outcome, question, people, topic) values ($1, $2, $3, $4, $5, $6)", [
          caller.platform,
          reply.command,
          outcome,
          text.slice(0, MAX_KEPT),
          peopleIn(reply),
          reply.readAs?.understood.slice(0, 200) ?? null,
        ])
        .catch(warn);
    },
    async forgetOld() {
      const before = new Date(now().getTime() - retentionDays * 86_400_000);
      await store.query("update questions_asked set question = null, topic = null where at < $1 and question is not null", [before]).catch(warn);
    },
  };
}

/** The people an answer was about: whose quotations, who said it. */
function peopleIn(reply: Reply): string[] {
  if (reply.status !== "ok") return [];
  switch (reply.command) {
    case "quotes":
      return [reply.speaker.name];
    case "who-said":
      return reply.matches.slice(0, 1).map((m) => m.speaker.name);
    default:
      return [];
  }
}
