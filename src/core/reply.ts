// A reply is data. Each adapter renders it; the one-shot CLI prints it as JSON (the contract in README.md).
// This file composes the payloads of the commands from the types of the parts that make them.
import type { Source } from "../corpus/citation.js";
import type { PassageResult } from "../search/result.js";
import type { QuoteMatch, Speaker, SpeakerQuote, SpeakerSummary } from "../analysis/quotes/quote-index.js";
import type { TimelineEvent } from "../analysis/timeline/timeline-index.js";
import type { ReloadReport } from "../library/reload.js";
import type { PageRefusal } from "../library/add-page.js";
import type { QuestionStats } from "./question-stats.js";

/** An article as /sources lists it: its citation, its author and how many passages it was cut into. */
export interface SourceDocument extends Source {
  author?: string;
  passages: number;
}

export interface HelpOption {
  name: string;
  type: "string" | "integer" | "number" | "boolean";
  description: string;
  required: boolean;
}

export interface HelpEntry {
  name: string;
  description: string;
  usage: string;
  options: HelpOption[];
  examples: string[];
  moderatorOnly: boolean;
}

/** An article /add put in the corpus: what was read from the page, and what the analyses found in it. */
export interface AddedArticle extends SourceDocument {
  file: string;
  firstParagraph: string;
  quotations: number;
  events: number;
}

/** What a successful reply carries, per command. A new command adds its line here. */
export interface OkPayloads {
  ask: { results: PassageResult[] };
  sources: { documents: SourceDocument[] };
  help: { commands: HelpEntry[] };
  "who-said": { matches: QuoteMatch[] };
  quotes: { speaker: Speaker; quotes: SpeakerQuote[]; candidates?: Speaker[] };
  speakers: { speakers: SpeakerSummary[] };
  timeline: { events: TimelineEvent[]; more: number };
  reload: { report: ReloadReport };
  add: { article: AddedArticle };
  stats: { stats: QuestionStats; corpus: { documents: number; quotations: number; events: number } };
  corrections: { open: OpenReport[]; total: number; page: number; resolved?: { id: number; status: "open" | "accepted" | "rejected"; rightAnswer?: string } };
}

/** An open report as /corrections lists it. */
export interface OpenReport {
  id: number;
  verdict: string;
  command: string;
  question: string;
  answer: string;
  note?: string;
  platform: string;
  /** ISO time it was filed. */
  at: string;
}

export type CommandName = keyof OkPayloads;

export type OkReply = {
  [K in CommandName]: { command: K; status: "ok"; message?: string } & OkPayloads[K];
}[CommandName];

export type OkReplyOf<K extends CommandName> = Extract<OkReply, { command: K }>;

/**
 * Why there is no answer, keyed by status, with a `code` a program can switch on and a `message` a person
 * reads. `candidates` come only with a name that matched nobody or several people; `reference` only with
 * an error, where it names the log line.
 */
export type Failure =
  /** Nothing in the corpus answers. */
  | { status: "no-match"; code: "not-found"; message: string }
  /** No such person is quoted; weaker matches are offered when there are any. */
  | { status: "no-match"; code: "no-such-speaker"; message: string; candidates?: Speaker[] }
  /** A name fits several people equally well. */
  | { status: "no-match"; code: "ambiguous"; message: string; candidates: Speaker[] }
  /** The words are quoted, but the article does not say who said them. */
  | { status: "no-match"; code: "speaker-unknown"; message: string }
  /** The words are quoted, and the article only hints at who said them: `candidates` may have. */
  | { status: "no-match"; code: "speaker-unsure"; message: string; candidates: Speaker[] }
  | { status: "invalid"; code: InvalidCode; message: string }
  /** /add could not add the page: `reason` says which step refused it (the fetch, the reading, a duplicate…). */
  | { status: "invalid"; code: "page-refused"; reason: PageRefusal; message: string }
  | { status: "forbidden"; code: "moderators-only" | "rate-limited"; message: string }
  /** A bug: the message apologises and gives `reference`, which the log line carries too. */
  | { status: "error"; code: "internal"; message: string; reference: string };

export type InvalidCode =
  /** An empty line, or text that is not a command. */
  | "empty"
  | "not-a-command"
  | "too-long"
  | "control-characters"
  | "unknown-command"
  /** An option is missing, malformed or out of range. */
  | "bad-option"
  /** The reload found nothing to serve, or broke: the corpus being served stays. */
  | "reload-failed"
  /** The command needs the bot's database, and this process has none (DATA_DIR=off, or in use elsewhere). */
  | "no-store";

export type FailureStatus = Failure["status"];
export type FailureCode = Failure["code"];

/** A failure as a reply: the command it answers ("?" when the line named none). */
export type FailureReply = Failure & { command: string };

/**
 * How a question in plain words was read ("Quotations by Amber Rudd about WhatsApp"), and a note on the
 * answer when it is not the kind asked for ("reported speech, not a quotation"). Slash commands have none.
 */
export interface ReadAs {
  understood: string;
  note?: string;
}

export type Reply = (OkReply | FailureReply) & { readAs?: ReadAs };
