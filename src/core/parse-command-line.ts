// Turns what a person typed ("/timeline attack from:2017") into a command name and raw option values.
// Slack and the console deliver text; Discord delivers options already split, and skips this.
import type { AnyCommand } from "./command.js";
import { optionSpecs, type OptionSpec } from "./option-specs.js";

/** Longest line the bot reads at all; each option has its own, shorter limit in its schema. */
export const MAX_LINE_LENGTH = 2000;

// C0 controls and DEL, except tab and line breaks, never belong in a question.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export type SplitLine =
  | { ok: true; name: string; args: string }
  | { ok: false; problem: "empty" | "not-a-command" | "too-long" | "control-characters" };

export function splitCommandLine(text: string): SplitLine {
  if (text.length > MAX_LINE_LENGTH) return { ok: false, problem: "too-long" };
  if (CONTROL.test(text)) return { ok: false, problem: "control-characters" };
  const line = text.trim();
  if (line === "") return { ok: false, problem: "empty" };
  const match = /^\/([a-z][a-z0-9-]{0,31})(?:\s+([\s\S]*))?$/i.exec(line);
  if (!match) return { ok: false, problem: "not-a-command" };
  return { ok: true, name: (match[1] ?? "").toLowerCase(), args: (match[2] ?? "").trim() };
}

export type RawOptions = Record<string, string | number | boolean>;

export type ParsedOptions = { ok: true; values: RawOptions } | { ok: false; message: string };

/**
 * `name:value` (or `name:"two words"`) sets a named option; everything else is the command's
 * free-text option. A `name:` that is not an option of this command stays part of the free text,
 * so a question may contain "note: …" safely.
 */
export function parseOptions(command: AnyCommand, args: string): ParsedOptions {
  const specs = optionSpecs(command);
  const named = new Map(specs.filter((s) => s.name !== command.rest).map((s) => [s.name.toLowerCase(), s]));
  const values: RawOptions = {};
  const freeText: string[] = [];
  const token = /(\S+?):(?:"([^"]*)"|“([^”]*)”|(\S+))|\S+/g;
  let lastEnd = 0;
  for (const m of args.matchAll(token)) {
    const spec = m[1] ? named.get(m[1].toLowerCase()) : undefined;
    if (spec) {
      const raw = m[2] ?? m[3] ?? m[4] ?? "";
      // Keeping the first or the last of two would answer a question nobody asked.
      if (spec.name in values) return { ok: false, message: `${spec.name} is given twice: give it once` };
      const value = coerce(raw, spec);
      if (value === undefined) return { ok: false, message: `${spec.name} must be ${expected(spec)}, not "${raw}"` };
      if (typeof value === "number" && !inRange(value, spec)) return { ok: false, message: `${spec.name} must be ${range(spec)}, not ${raw}` };
      values[spec.name] = value;
    } else {
      // Keep the original spacing between words of the free text.
      freeText.push(args.slice(lastEnd, (m.index ?? 0) + m[0].length));
    }
    lastEnd = (m.index ?? 0) + m[0].length;
  }
  const rest = freeText.join("").trim();
  if (command.rest) {
    if (rest !== "") values[command.rest] = rest;
  } else if (rest !== "") {
    return { ok: false, message: `/${command.name} takes no free text` };
  }
  return { ok: true, values };
}

function coerce(raw: string, spec: OptionSpec): string | number | boolean | undefined {
  switch (spec.type) {
    case "string":
      return raw;
    case "boolean":
      return /^(true|yes|on|1)$/i.test(raw) ? true : /^(false|no|off|0)$/i.test(raw) ? false : undefined;
    case "integer":
      return /^-?\d+$/.test(raw) ? Number(raw) : undefined;
    case "number":
      return /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : undefined;
  }
}

function expected(spec: OptionSpec): string {
  return spec.type === "boolean" ? "true or false" : spec.type === "string" ? "text" : spec.type === "integer" ? "a whole number" : "a number";
}

function inRange(value: number, spec: OptionSpec): boolean {
  return (spec.minimum === undefined || value >= spec.minimum) && (spec.maximum === undefined || value <= spec.maximum);
}

/** "between 1 and 5", "at least 1", "at most 50": the range the option's own schema declares. */
function range(spec: OptionSpec): string {
  if (spec.minimum !== undefined && spec.maximum !== undefined) return `between ${spec.minimum} and ${spec.maximum}`;
  return spec.minimum !== undefined ? `at least ${spec.minimum}` : `at most ${spec.maximum}`;
}
