// What is safe to log about a failed Slack call. Web API errors can hold the original request, and
// with it the "Authorization: Bearer xoxb-…" header: log named fields, never the error object.
import { redactTokens } from "./bolt-logger.js";

export interface SlackErrorFields {
  error: string;
  code?: string;
  /** Slack's own reason, such as "invalid_blocks" or "not_in_channel". */
  slackError?: string;
  statusCode?: number;
}

export function slackErrorFields(error: unknown): SlackErrorFields {
  if (!(error instanceof Error)) return { error: redactTokens(String(error)) };
  const e = error as Error & { code?: unknown; data?: { error?: unknown }; statusCode?: unknown };
  return {
    error: redactTokens(`${e.name}: ${e.message}`),
    ...(typeof e.code === "string" && { code: e.code }),
    ...(typeof e.data?.error === "string" && { slackError: e.data.error }),
    ...(typeof e.statusCode === "number" && { statusCode: e.statusCode }),
  };
}
