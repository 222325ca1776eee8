// A reply is data. Each adapter renders it; the one-shot CLI prints it as JSON (the contract in README.md).
import type { PartialIsoDate } from "../corpus/document.js";

export interface Source {
  docId: string;
  title: string;
  publisher?: string;
  published?: string;
  url?: string;
}

export interface PassageResult {
  passageId: string;
  text: string;
  /** The sentence of `text` that best matches the question. */
  highlight: string;
  score: number;
  sources: Source[];
}

export interface SourceDocument {
  docId: string;
  title: string;
  publisher?: string;
  author?: string;
  published?: string;
  url?: string;
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

export interface Speaker {
  name: string;
  role?: string;
  organization?: string;
}

export interface QuoteMatch {
  speaker: Speaker;
  quote: string;
  /** Where the asked fragment sits in `quote` (character offsets), when it was found there. */
  marked?: { start: number; end: number };
  score: number;
  sources: Source[];
  /** Other people the quotation might belong to, when the attribution is close. */
  alternatives?: Speaker[];
}

export interface SpeakerQuote {
  quote: string;
  sources: Source[];
}

export interface SpeakerSummary {
  name: string;
  role?: string;
  quotes: number;
}

export interface TimelineEvent {
  date: PartialIsoDate | null;
  text: string;
  expression: string;
  people?: string[];
  sources: Source[];
}

export interface ReloadReport {
  documents: number;
  added: string[];
  removed: string[];
  changed: string[];
  quotations: number;
  speakers: number;
  events: number;
  milliseconds: number;
  rejected: { file: string; reason: string }[];
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
}

export type CommandName = keyof OkPayloads;

export type OkReply = {
  [K in CommandName]: { command: K; status: "ok"; message?: string } & OkPayloads[K];
}[CommandName];

export type OkReplyOf<K extends CommandName> = Extract<OkReply, { command: K }>;

/** Expected outcomes that are not answers: nothing matched, bad input, not allowed, or a bug. */
export type FailureStatus = "no-match" | "invalid" | "forbidden" | "error";

export interface FailureReply {
  command: string;
  status: FailureStatus;
  message: string;
  /** For "error": the reference the log carries, so a user can report it. */
  reference?: string;
  /** For "no-match" of a listing command: suggestions worth showing. */
  candidates?: Speaker[];
}

export type Reply = OkReply | FailureReply;
