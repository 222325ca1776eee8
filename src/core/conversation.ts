// What one conversation has been about so far, so that "what else did she say?" or "when was that?"
// can be read: the people, articles, quotation and topic of the last answer. Kept per conversation (a
// Slack thread, a Discord channel, a console session, one CLI invocation), bounded in number and in age.
import type { Reply } from "./reply.js";

export interface ConversationFacts {
  /** The person the last answer was about ("she", "he"). */
  person?: string;
  /** The words the last question was about, without its question words ("it", "that", "and …?"). */
  topic?: string;
  /** The articles the last answer cited, best first ("which paper was that in"). */
  docIds: readonly string[];
  /** The quotation the last answer gave, when it gave one. */
  quote?: string;
}

export interface ConversationLimits {
  /** Conversations remembered at once; the least recently used is forgotten first. */
  conversations: number;
  /** How long a conversation is remembered after its last message. */
  maxAgeMs: number;
}

const DEFAULT_LIMITS: ConversationLimits = { conversations: 2_000, maxAgeMs: 60 * 60 * 1000 };

/** Facts per conversation key, bounded: a Map in recency order, trimmed from its oldest end. */
export class Conversations {
  private readonly entries = new Map<string, { facts: ConversationFacts; at: number }>();

  constructor(
    private readonly limits: ConversationLimits = DEFAULT_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string): ConversationFacts | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (this.now() - entry.at > this.limits.maxAgeMs) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.facts;
  }

  set(key: string, facts: ConversationFacts): void {
    this.entries.delete(key);
    this.entries.set(key, { facts, at: this.now() });
    while (this.entries.size > this.limits.conversations) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}

/**
 * What an answer adds to the conversation: who it was about and which articles it cited. `topic` is the
 * question's own subject; `namedIn` finds a quoted person named in a passage ("the head of the NCA,
 * Graeme Biggar, …"), so that a "he" after an /ask answer means someone.
 */
export function factsAfter(reply: Reply, topic: string | undefined, before: ConversationFacts | undefined, namedIn: (text: string) => string | undefined): ConversationFacts {
  const keep = { ...(topic ? { topic } : before?.topic ? { topic: before.topic } : {}) };
  if (reply.status !== "ok") return { ...keep, ...(before?.person && { person: before.person }), docIds: before?.docIds ?? [] };
  switch (reply.command) {
    case "who-said": {
      const top = reply.matches[0];
      return { ...keep, ...(top && { person: top.speaker.name, quote: top.quote }), docIds: top?.sources.map((s) => s.docId) ?? [] };
    }
    case "quotes":
      return { ...keep, person: reply.speaker.name, docIds: [...new Set(reply.quotes.flatMap((q) => q.sources.map((s) => s.docId)))] };
    case "ask": {
      const top = reply.results[0];
      const person = top ? namedIn(top.text) : undefined;
      return { ...keep, ...(person ? { person } : before?.person ? { person: before.person } : {}), docIds: top?.sources.map((s) => s.docId) ?? [] };
    }
    case "timeline": {
      // Events are in date order, not in order of fit: every article they cite is what "that" may mean.
      const docIds = [...new Set(reply.events.flatMap((e) => e.sources.map((s) => s.docId)))];
      return { ...keep, ...(before?.person && { person: before.person }), docIds };
    }
    default:
      return { ...keep, ...(before?.person && { person: before.person }), docIds: before?.docIds ?? [] };
  }
}
