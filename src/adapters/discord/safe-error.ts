// What of an error may reach the log. Discord's REST errors carry the request URL, and an interaction's
// URL holds its token (good for 15 minutes of posting as the bot): it is cut out here.

const TOKEN_IN_PATH = /(\/(?:interactions\/\d+|webhooks\/\d+))\/[^/?\s]+/g;

export function redactPath(text: string): string {
  return text.replace(TOKEN_IN_PATH, "$1/[redacted]");
}

/** Log it under `error`, not `err`: pino's own err serializer would take this plain object for an Error and rename its type. */
export function safeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: redactPath(String(error)) };
  const e = error as Error & { code?: unknown; status?: unknown; method?: unknown; url?: unknown };
  return {
    type: e.name,
    message: redactPath(e.message),
    ...(e.code !== undefined && { code: e.code }),
    ...(e.status !== undefined && { status: e.status }),
    ...(typeof e.method === "string" && { method: e.method }),
    ...(typeof e.url === "string" && { path: redactPath(e.url) }),
    ...(e.stack && { stack: redactPath(e.stack) }),
  };
}
