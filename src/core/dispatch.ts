// The one path every command takes, whatever the platform:
// text → command → options (zod) → access check → run → reply.
import type { z } from "zod";
import type { Logger } from "../logger.js";
import { errorReference } from "../reference.js";
import type { AnyCommand, Caller, CommandContext, Progress } from "./command.js";
import { usageOf } from "./option-specs.js";
import { parseOptions, splitCommandLine, type RawOptions, type SplitLine } from "./parse-command-line.js";
import type { FailureReply, InvalidCode, Reply } from "./reply.js";
import type { RateLimiter } from "./rate-limit.js";

/** What an adapter may pass along with a command. */
export interface Delivery {
  /** Called with short progress notes during long commands (a reload), to update the first reply. */
  progress?: Progress;
  /** Already counted against the caller's limit: the second command tried for one question. */
  counted?: boolean;
}

export interface Dispatcher {
  /** Answers a line typed as in Slack or the console: "/ask how long does it take". */
  handleText(text: string, caller: Caller, delivery?: Delivery): Promise<Reply>;
  /** Answers options a platform already split (Discord): values are validated exactly like parsed text. */
  handleOptions(name: string, values: RawOptions, caller: Caller, delivery?: Delivery): Promise<Reply>;
  find(name: string): AnyCommand | undefined;
  readonly commands: readonly AnyCommand[];
}

export interface DispatcherDeps {
  commands: readonly AnyCommand[];
  /** The context of the moment: the corpus snapshot being served, the clock, reload. */
  context: (caller: Caller, delivery: Delivery) => CommandContext;
  log: Logger;
  rateLimiter?: RateLimiter;
}

export function createDispatcher({ commands, context, log, rateLimiter }: DispatcherDeps): Dispatcher {
  const byName = new Map(commands.map((c) => [c.name, c]));
  const find = (name: string) => byName.get(name.toLowerCase() as AnyCommand["name"]);

  /** People at chat platforms share the bot; the local user at a terminal does not need a limit. */
  function overLimit(caller: Caller): FailureReply | undefined {
    if (!rateLimiter || caller.platform === "console" || caller.platform === "cli") return undefined;
    const decision = rateLimiter.take(`${caller.platform}:${caller.id}`);
    if (decision.allowed) return undefined;
    log.info({ platform: caller.platform, user: caller.id }, "rate limited");
    return {
      command: "?",
      status: "forbidden",
      code: "rate-limited",
      message: `You're sending commands faster than I can answer them. Try again in ${decision.retryAfterSeconds} s.`,
    };
  }

  async function handleText(text: string, caller: Caller, delivery: Delivery = {}): Promise<Reply> {
    const limited = delivery.counted ? undefined : overLimit(caller);
    if (limited) return { ...limited, command: commandNameIn(text) ?? "?" };
    const line = splitCommandLine(text);
    if (!line.ok) {
      // Say how to use the command the person was reaching for, when we can tell which.
      const meant = find(commandNameIn(text) ?? "");
      return meant
        ? invalid(meant.name, line.problem, `${lineProblem[line.problem]} Usage: ${usageOf(meant)}`)
        : invalid("?", line.problem, lineProblem[line.problem]);
    }
    const command = find(line.name);
    if (!command) return unknown(line.name);
    const parsed = parseOptions(command, line.args);
    if (!parsed.ok) return invalid(command.name, "bad-option", `${parsed.message}. Usage: ${usageOf(command)}`);
    return run(command, parsed.values, caller, delivery);
  }

  async function handleOptions(name: string, values: RawOptions, caller: Caller, delivery: Delivery = {}): Promise<Reply> {
    const limited = overLimit(caller);
    if (limited) return { ...limited, command: name };
    const command = find(name);
    if (!command) return unknown(name);
    return run(command, values, caller, delivery);
  }

  async function run(command: AnyCommand, values: RawOptions, caller: Caller, delivery: Delivery): Promise<Reply> {
    const options = command.options.safeParse(values);
    if (!options.success) {
      return invalid(command.name, "bad-option", `${describeIssue(options.error.issues[0])}. Usage: ${usageOf(command)}`);
    }
    if (command.access === "moderator" && !caller.isModerator) {
      return { command: command.name, status: "forbidden", code: "moderators-only", message: `Sorry, only moderators can use /${command.name}.` };
    }
    try {
      // The union of commands cannot be narrowed per name here; each definition typed its own `run`.
      const outcome = await (command.run as (o: unknown, c: CommandContext) => unknown)(options.data, context(caller, delivery));
      const reply = { command: command.name, ...(outcome as object) } as Reply;
      // What moderators do to the corpus is on record: who, from where, and how it went.
      if (command.access === "moderator") {
        log.info({ command: command.name, by: caller.id, platform: caller.platform, status: reply.status, ...("code" in reply && { code: reply.code }) }, "moderator command");
      }
      return reply;
    } catch (error) {
      const reference = errorReference();
      log.error({ err: error, command: command.name, reference, platform: caller.platform }, "command failed");
      return {
        command: command.name,
        status: "error",
        code: "internal",
        reference,
        message: `Sorry, something went wrong answering /${command.name}. It has been logged as ${reference}.`,
      };
    }
  }

  return { handleText, handleOptions, find, commands };
}

const lineProblem: Record<Exclude<SplitLine, { ok: true }>["problem"], string> = {
  empty: "Type a command, for example /ask who signed the agreement. Type /help to see them all.",
  "not-a-command": "Commands start with a slash, for example /ask who signed the agreement. Type /help to see them all.",
  "too-long": "That is too long for me to read. Keep commands under 2,000 characters.",
  "control-characters": "That contains control characters I cannot read. Type plain text.",
};

/** The command a line starts with, even when the rest of the line cannot be read. */
function commandNameIn(text: string): string | undefined {
  return /^\s*\/([a-z][a-z0-9-]{0,31})/i.exec(text)?.[1]?.toLowerCase();
}

function invalid(command: string, code: InvalidCode, message: string): FailureReply {
  return { command, status: "invalid", code, message };
}

function unknown(name: string): FailureReply {
  return invalid(name, "unknown-command", `Unknown command /${name}. Type /help to see what I can do.`);
}

function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return "That input is not valid";
  const field = issue.path.join(".") || "input";
  switch (issue.code) {
    case "too_small":
      return issue.origin === "string" && Number(issue.minimum) <= 1
        ? `${field} is missing`
        : `${field} is too short or too small (minimum ${issue.minimum})`;
    case "too_big":
      return issue.origin === "string"
        ? `${field} is too long (at most ${issue.maximum} characters)`
        : `${field} is too large (at most ${issue.maximum})`;
    case "invalid_type":
      return issue.input === undefined ? `${field} is missing` : `${field} must be ${issue.expected}`;
    default:
      return `${field}: ${issue.message}`;
  }
}
