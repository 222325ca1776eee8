// Bolt and its Socket Mode client log through our logger, as plain strings with tokens blanked:
// their messages may carry request objects whose headers hold the bot token.
import { LogLevel, type Logger as BoltLogger } from "@slack/bolt";
import type { Logger } from "../../logger.js";

const TOKEN = /\bx(?:ox[a-z]|app)-[A-Za-z0-9-]+/g;

export function redactTokens(text: string): string {
  return text.replace(TOKEN, "[redacted]");
}

function line(parts: unknown[]): string {
  return redactTokens(
    parts
      .map((p) => (p instanceof Error ? `${p.name}: ${p.message}` : typeof p === "string" ? p : safeJson(p)))
      .join(" "),
  );
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

const LEVELS: Record<string, LogLevel> = {
  trace: LogLevel.DEBUG,
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
};

export function boltLogger(log: Logger, name = "slack"): BoltLogger {
  const child = log.child({ component: name });
  return {
    debug: (...parts) => child.debug(line(parts)),
    info: (...parts) => child.info(line(parts)),
    warn: (...parts) => child.warn(line(parts)),
    error: (...parts) => child.error(line(parts)),
    // The level is ours (LOG_LEVEL); Bolt may not change it.
    setLevel: () => {},
    getLevel: () => LEVELS[child.level] ?? LogLevel.ERROR,
    setName: () => {},
  };
}
