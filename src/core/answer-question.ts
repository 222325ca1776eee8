// Every line a person types, on every surface: a slash command runs as it always has; anything else is
// read as a question (read-question.ts) and answered by the first command that finds something, with
// how it was understood. Either way the answer becomes the conversation's memory for the next line.
import type { CorpusSnapshot } from "../library/snapshot.js";
import type { Caller } from "./command.js";
import { Conversations, factsAfter } from "./conversation.js";
import type { Delivery, Dispatcher } from "./dispatch.js";
import { readQuestion, type Attempt } from "./read-question.js";
import type { Reply } from "./reply.js";
import type { TimelineEvent } from "../analysis/timeline/timeline-index.js";
import { placeNamedIn } from "../text/place-phrase.js";

export interface MessageDelivery extends Delivery {
  /** Which conversation the line belongs to: a thread, a DM, a console session, one CLI invocation. */
  conversation?: string;
}

export interface QuestionAnswerer {
  /** Answers one line typed by a person: a slash command, or a question in plain words. */
  handleMessage(text: string, caller: Caller, delivery?: MessageDelivery): Promise<Reply>;
}

export function createQuestionAnswerer(dispatcher: Dispatcher, corpus: () => CorpusSnapshot, now: () => Date = () => new Date(), conversations = new Conversations()): QuestionAnswerer {
  async function handleMessage(text: string, caller: Caller, delivery: MessageDelivery = {}): Promise<Reply> {
    // The conversation is the caller's own within it: two people in one thread keep their own "she".
    const key = delivery.conversation === undefined ? undefined : `${delivery.conversation}\u0000${caller.platform}:${caller.id}`;
    const before = key === undefined ? undefined : conversations.get(key);
    const slash = text.trimStart().startsWith("/");
    let reply: Reply;
    let topic: string | undefined;
    let asked: string | undefined;
    if (slash) {
      reply = await dispatcher.handleText(text, caller, delivery);
      topic = slashTopic(text);
    } else {
      const reading = readQuestion(text, before, {
        roleHolders: (body, except) => roleHolders(corpus(), body, except),
        othersQuoted: (docIds, except) => othersQuoted(corpus(), docIds, except),
        knows: (word) => corpus().search.knows(word),
        today: now(),
      });
      topic = reading.topic;
      asked = reading.person;
      const { answer, note: fallbackNote } = await firstAnswer(reading.attempts, caller, delivery);
      const identity = reading.identity && answer.status === "ok" && answer.command === "quotes" ? whoIs(corpus(), answer.speaker.name) : undefined;
      const note = identity ?? fallbackNote;
      reply = { ...answer, readAs: { understood: reading.understood, ...(note && { note }) } };
    }
    if (key !== undefined) {
      const facts = factsAfter(reply, topic, before, (passage) => quotedPersonIn(corpus(), passage));
      // A person the question named is who "he" means next, unless their own quotations answered with a fuller name.
      conversations.set(key, asked && !(reply.status === "ok" && reply.command === "quotes") ? { ...facts, person: asked } : facts);
    }
    return reply;
  }

  /** The first attempt that answers, with its note; a failure marked final, or the first failure when none answers. */
  async function firstAnswer(attempts: readonly Attempt[], caller: Caller, delivery: Delivery): Promise<{ answer: Reply; note?: string }> {
    let first: Reply | undefined;
    for (const [i, attempt] of attempts.entries()) {
      if (attempt.forTheDay) continue;
      // One question is one request, however many commands it takes to answer it.
      const reply = await dispatcher.handleText(attempt.line, caller, { ...delivery, ...(i > 0 && { counted: true }) });
      if (reply.status === "ok") {
        let answer = attempt.onlyDocs ? onlyDocs(reply, attempt.onlyDocs) : reply;
        const later = attempts.slice(i + 1);
        for (const other of attempt.group === undefined ? [] : later.filter((a) => a.group === attempt.group)) {
          answer = joined(answer, await dispatcher.handleText(other.line, caller, { ...delivery, counted: true }));
        }
        // "When was the attack?": a lead says "last week's attack", the story says "last Wednesday". When
        // the best events give no day, the same articles' events for the thing asked about may.
        if (attempt.group !== undefined && !hasDay(answer)) {
          for (const other of later.filter((a) => a.forTheDay)) {
            answer = joined(answer, await dispatcher.handleText(other.line, caller, { ...delivery, counted: true }), sameArticlesWithDay(answer));
          }
        }
        if (attempt.prefer === "place") return placesFirst(answer);
        return { answer, ...(attempt.note && { note: attempt.note }) };
      }
      first ??= reply;
      if (reply.status !== "no-match" || attempt.final?.includes(reply.code)) return { answer: reply };
    }
    return { answer: first ?? { command: "ask", status: "no-match", code: "not-found", message: "I don't know: nothing in the articles answers that." } };
  }

  return { handleMessage };
}

/** Two timelines as one: every event once, in date order (undated last, as /timeline orders them). */
function joined(reply: Reply, more: Reply, keep: (event: TimelineEvent) => boolean = () => true): Reply {
  if (reply.status !== "ok" || reply.command !== "timeline" || more.status !== "ok" || more.command !== "timeline") return reply;
  const seen = new Set(reply.events.map((e) => `${e.date ?? ""}\u0000${e.text}`));
  const added = more.events.filter((e) => keep(e) && !seen.has(`${e.date ?? ""}\u0000${e.text}`));
  const events = [...reply.events, ...added].sort((a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999"));
  return { ...reply, events, more: reply.more + more.more };
}

/** Whether a timeline gives any event to the day ("2017-03-22", not "2017-03"). */
function hasDay(reply: Reply): boolean {
  return reply.status === "ok" && reply.command === "timeline" && reply.events.some((e) => e.date !== null && e.date.length === 10);
}

/** Events given to the day by an article that the timeline already cites. */
function sameArticlesWithDay(reply: Reply): (event: TimelineEvent) => boolean {
  const docs = new Set(reply.status === "ok" && reply.command === "timeline" ? reply.events.flatMap((e) => e.sources.map((s) => s.docId)) : []);
  return (event) => event.date !== null && event.date.length === 10 && event.sources.some((s) => docs.has(s.docId));
}

/** Passages that name a place before those that do not, three of them; a note when none does. */
function placesFirst(reply: Reply): { answer: Reply; note?: string } {
  if (reply.status !== "ok" || reply.command !== "ask") return { answer: reply };
  const named = reply.results.filter((r) => placeNamedIn(r.text) !== undefined);
  if (named.length === 0) return { answer: { ...reply, results: reply.results.slice(0, 3) }, note: "No passage names a place for it: these answer it best." };
  const rest = reply.results.filter((r) => placeNamedIn(r.text) === undefined);
  return { answer: { ...reply, results: [...named, ...rest].slice(0, 3) } };
}

function onlyDocs(reply: Reply, docIds: readonly string[]): Reply {
  if (reply.status === "ok" && reply.command === "quotes") {
    const docs = new Set(docIds);
    const quotes = reply.quotes.filter((q) => q.sources.some((s) => docs.has(s.docId)));
    return quotes.length > 0 ? { ...reply, quotes } : reply;
  }
  if (reply.status !== "ok" || reply.command !== "sources") return reply;
  const order = new Map(docIds.map((id, i) => [id, i]));
  const documents = reply.documents.filter((d) => order.has(d.docId)).sort((a, b) => order.get(a.docId)! - order.get(b.docId)!);
  return { ...reply, documents };
}

/** What a slash command was about, for a follow-up's "it": its free text, options left out. */
function slashTopic(text: string): string | undefined {
  const rest = text.trim().replace(/^\/\S+\s*/, "").replace(/\b\w+:(?:"[^"]*"|\S+)/g, "").trim();
  return rest === "" ? undefined : rest;
}

/**
 * People quoted in the corpus whose role or organisation names a body ("NCA director Graeme Biggar" for
 * "nca"), a head's job ("director", "chief") before any other, the most quoted first.
 */
function roleHolders(corpus: CorpusSnapshot, body: string, except?: string): string[] {
  const words = body.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return [];
  const patterns = words.map((w) => new RegExp(`(?<![\\p{L}\\p{N}])${w}(?![\\p{L}\\p{N}])`, "iu"));
  // "nca" names the National Crime Agency: a body is also known by its initials.
  const asked = words.join("");
  const has = (text: string | undefined) => text !== undefined && (patterns.every((p) => p.test(text)) || (words.length === 1 && initials(text) === asked));
  const scored: { name: string; score: number; quotes: number }[] = [];
  for (const s of corpus.quotes.speakers.values()) {
    if (s.kind !== "person" || s.name === except || s.quotes.length === 0) continue;
    const inRole = has(s.role);
    const inBody = has(s.organization);
    if (!inRole && !inBody) continue;
    const head = HEAD_JOB.test(s.role ?? "") ? 1 : 0;
    scored.push({ name: s.name, score: (inRole ? 2 : 0) + (inBody ? 1 : 0) + head, quotes: s.quotes.length });
  }
  return scored.sort((a, b) => b.score - a.score || b.quotes - a.quotes).map((s) => s.name);
}

/** People quoted in these articles other than `except`, the most quoted there first. */
function othersQuoted(corpus: CorpusSnapshot, docIds: readonly string[], except?: string): string[] {
  const docs = new Set(docIds);
  const counts: { name: string; n: number }[] = [];
  for (const s of corpus.quotes.speakers.values()) {
    if (s.name === except || (s.kind !== "person" && s.kind !== "organization" && s.kind !== "spokesperson")) continue;
    const n = s.quotes.filter((q) => docs.has(q.docId)).length;
    if (n > 0) counts.push({ name: s.name, n });
  }
  return counts.sort((a, b) => b.n - a.n).map((c) => c.name);
}

/** "National Crime Agency" → "nca": the capitalised words' first letters, the small words left out. */
function initials(name: string): string {
  return (name.match(/\p{Lu}[\p{L}'’-]*/gu) ?? []).map((w) => w[0]!.toLowerCase()).join("");
}

const HEAD_JOB = /\b(?:director|chief|head|leader|chairman|chairwoman|chair|president|secretary|executive|commissioner|boss)\b/i;

/**
 * Who someone is, from the articles: "Amber Rudd: Home Secretary. Quoted 20 times in 2 articles (The
 * Telegraph, Reuters)." Every role the articles give, most given first; the publishers that quote them.
 */
function whoIs(corpus: CorpusSnapshot, name: string): string | undefined {
  const record = [...corpus.quotes.speakers.values()].find((s) => s.name === name);
  if (!record) return undefined;
  const roles = new Map<string, number>();
  for (const q of record.quotes) for (const r of [q.roleHere, q.speaker?.role]) if (r) roles.set(r, (roles.get(r) ?? 0) + 1);
  const jobs = [...roles].sort((a, b) => b[1] - a[1]).map(([r]) => r).slice(0, 4);
  const docIds = new Set(record.quotes.map((q) => q.docId));
  const publishers = [...new Set(corpus.documents.filter((d) => docIds.has(d.id)).map((d) => d.meta.publisher).filter((p): p is string => Boolean(p)))].slice(0, 5);
  const where = `Quoted ${record.quotes.length} time${record.quotes.length === 1 ? "" : "s"} in ${docIds.size} article${docIds.size === 1 ? "" : "s"}${publishers.length > 0 ? ` (${publishers.join(", ")})` : ""}.`;
  return `${name}${record.organization ? ` (${record.organization})` : ""}: ${jobs.length > 0 ? `${jobs.join("; ")}. ` : ""}${where}`;
}

/** The first person quoted in the corpus whose full name a passage gives. */
function quotedPersonIn(corpus: CorpusSnapshot, passage: string): string | undefined {
  let best: { name: string; at: number } | undefined;
  for (const s of corpus.quotes.speakers.values()) {
    if (s.kind !== "person" || !s.name.includes(" ")) continue;
    const at = passage.indexOf(s.name);
    if (at >= 0 && (!best || at < best.at)) best = { name: s.name, at };
  }
  return best?.name;
}

