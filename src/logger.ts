// Structured logs on stderr (stdout belongs to the one-shot CLI's JSON replies).
import { pino } from "pino";

export type Logger = pino.Logger;

// Never let a token reach the log, wherever it hides in a logged object.
const REDACT = [
  "token", "*.token", "botToken", "appToken", "signingSecret", "*.botToken", "*.appToken", "*.signingSecret",
  "headers.authorization", "*.headers.authorization", "config.SLACK_BOT_TOKEN", "config.SLACK_APP_TOKEN",
  "config.SLACK_SIGNING_SECRET", "config.DISCORD_TOKEN",
];

export function createLogger(level: string = process.env.LOG_LEVEL ?? "info"): Logger {
  return pino({ level, redact: { paths: REDACT, censor: "[redacted]" }, base: undefined }, pino.destination(2));
}

/** For tests and library use: a logger that writes nothing. */
export function silentLogger(): Logger {
  return pino({ level: "silent" });
}
