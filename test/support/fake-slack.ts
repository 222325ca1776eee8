// A stand-in for Slack on 127.0.0.1: the Web API (point SLACK_API_URL at `apiUrl`) and the
// `response_url`s that slash commands and button clicks answer through. Everything it receives is
// recorded; tests wait for what they expect with `next…`, never for a fixed time.
import { createHmac } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface ApiCall {
  method: string;
  args: Record<string, unknown>;
  headers: IncomingHttpHeaders;
}

export interface Response {
  /** Which response_url was used (see `responseUrl(name)`). */
  name: string;
  body: Record<string, unknown>;
}

/** Items in arrival order; `next` hands each one out once, waiting for it if it has not come yet. */
export class Inbox<T> {
  readonly all: T[] = [];
  private taken = new Set<T>();
  private waiters: { match: (item: T) => boolean; resolve: (item: T) => void }[] = [];

  push(item: T): void {
    this.all.push(item);
    const waiter = this.waiters.find((w) => w.match(item));
    if (!waiter) return;
    this.waiters.splice(this.waiters.indexOf(waiter), 1);
    this.taken.add(item);
    waiter.resolve(item);
  }

  next(match: (item: T) => boolean = () => true): Promise<T> {
    const ready = this.all.find((item) => !this.taken.has(item) && match(item));
    if (ready) {
      this.taken.add(ready);
      return Promise.resolve(ready);
    }
    return new Promise((resolve) => this.waiters.push({ match, resolve }));
  }

  /** Items nobody has taken yet. */
  untaken(match: (item: T) => boolean = () => true): T[] {
    return this.all.filter((item) => !this.taken.has(item) && match(item));
  }
}

export interface FakeSlack {
  /** For SLACK_API_URL. */
  apiUrl: string;
  /** A response_url; what is posted to it is recorded under `name`. */
  responseUrl(name?: string): string;
  apiCalls: Inbox<ApiCall>;
  responses: Inbox<Response>;
  nextApiCall(method: string): Promise<ApiCall>;
  nextResponse(name?: string): Promise<Response>;
  /** The next `count` posts to a response_url get this HTTP status, as when Slack refuses a message. */
  failResponses(count: number, status?: number): void;
  /** The next call of `method` answers `{ ok: false, error }`. */
  failApiCall(method: string, error: string): void;
  /** What apps.connections.open hands out (Socket Mode). */
  socketUrl?: string;
  close(): Promise<void>;
}

export const BOT_USER_ID = "UBOT0001";

export async function startFakeSlack(): Promise<FakeSlack> {
  const apiCalls = new Inbox<ApiCall>();
  const responses = new Inbox<Response>();
  const apiFailures = new Map<string, string>();
  let responseFailures: { count: number; status: number } = { count: 0, status: 400 };
  let ts = 1_700_000_000;

  const server: Server = createServer(async (req, res) => {
    const raw = await readBody(req);
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (url.pathname.startsWith("/respond/")) {
      const name = decodeURIComponent(url.pathname.slice("/respond/".length));
      if (responseFailures.count > 0) {
        responseFailures.count -= 1;
        res.writeHead(responseFailures.status, { "content-type": "text/plain" }).end("invalid_blocks");
        return;
      }
      responses.push({ name, body: JSON.parse(raw) as Record<string, unknown> });
      res.writeHead(200, { "content-type": "text/plain" }).end("ok");
      return;
    }
    const method = url.pathname.replace(/^\/api\//, "");
    const args = parseArgs(raw, req.headers["content-type"]);
    apiCalls.push({ method, args, headers: req.headers });
    const failure = apiFailures.get(method);
    apiFailures.delete(method);
    const reply = failure ? { ok: false, error: failure } : answerFor(method, args, fake.socketUrl, `${(ts += 1)}.000100`);
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(reply));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const fake: FakeSlack = {
    apiUrl: `${base}/api/`,
    responseUrl: (name = "default") => `${base}/respond/${encodeURIComponent(name)}`,
    apiCalls,
    responses,
    nextApiCall: (method) => apiCalls.next((c) => c.method === method),
    nextResponse: (name) => responses.next((r) => name === undefined || r.name === name),
    failResponses: (count, status = 400) => {
      responseFailures = { count, status };
    },
    failApiCall: (method, error) => {
      apiFailures.set(method, error);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return fake;
}

function answerFor(method: string, args: Record<string, unknown>, socketUrl: string | undefined, ts: string): object {
  switch (method) {
    case "auth.test":
      return { ok: true, url: "https://test.slack.com/", team: "Test", team_id: "T0001", user: "corpus-bot", user_id: BOT_USER_ID, bot_id: "B0001" };
    case "apps.connections.open":
      return socketUrl ? { ok: true, url: socketUrl } : { ok: false, error: "not_allowed_token_type" };
    case "chat.postMessage":
      return { ok: true, channel: args.channel, ts, message: { text: args.text } };
    case "chat.postEphemeral":
      return { ok: true, message_ts: ts };
    default:
      return { ok: true };
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/** The Web API client sends form fields, with blocks and other objects as JSON inside them. */
function parseArgs(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (raw === "") return {};
  if (contentType?.includes("application/json")) return JSON.parse(raw) as Record<string, unknown>;
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    args[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return args;
}

// ---- Requests as Slack signs them ----

export interface SignOptions {
  secret: string;
  /** Seconds since the epoch; defaults to now. */
  timestamp?: number;
  /** Sign with this secret instead (a forgery). */
  signature?: string;
}

/** Slack's v0 signature: HMAC-SHA256 of "v0:{timestamp}:{body}" with the signing secret. */
export function signature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

export interface SignedRequest {
  body: string;
  headers: Record<string, string>;
}

export function signed(body: string, contentType: string, { secret, timestamp = Math.floor(Date.now() / 1000), signature: forced }: SignOptions): SignedRequest {
  return {
    body,
    headers: {
      "content-type": contentType,
      "x-slack-request-timestamp": String(timestamp),
      "x-slack-signature": forced ?? signature(secret, timestamp, body),
    },
  };
}

/** Posts a signed request to the bot as Slack would; resolves with Bolt's acknowledgement. */
export async function deliver(url: string, request: SignedRequest): Promise<{ status: number; body: string }> {
  const res = await fetch(url, { method: "POST", headers: request.headers, body: request.body });
  return { status: res.status, body: await res.text() };
}

export interface SlashCommand {
  command: string;
  text: string;
  user_id?: string;
  user_name?: string;
  channel_id?: string;
  response_url: string;
}

export function slashCommand(fields: SlashCommand, sign: SignOptions): SignedRequest {
  const body = new URLSearchParams({
    token: "deprecated-verification-token",
    team_id: "T0001",
    team_domain: "test",
    channel_id: "C0001",
    channel_name: "general",
    user_id: "U0001",
    user_name: "ann",
    api_app_id: "A0001",
    trigger_id: "1.2.3",
    ...fields,
  }).toString();
  return signed(body, "application/x-www-form-urlencoded", sign);
}

/** A click on a button: Slack posts `payload=<json>`. */
export function blockAction(
  { actionId, value, userId = "U0001", responseUrl }: { actionId: string; value: string; userId?: string; responseUrl: string },
  sign: SignOptions,
): SignedRequest {
  const payload = {
    type: "block_actions",
    team: { id: "T0001", domain: "test" },
    user: { id: userId, name: "ann", team_id: "T0001" },
    api_app_id: "A0001",
    token: "deprecated-verification-token",
    container: { type: "message", message_ts: "1700000000.000100", channel_id: "C0001", is_ephemeral: true },
    trigger_id: "1.2.3",
    channel: { id: "C0001", name: "general" },
    response_url: responseUrl,
    actions: [{ type: "button", action_id: actionId, block_id: "b1", value, text: { type: "plain_text", text: "Share in channel" }, action_ts: "1700000001.000200" }],
  };
  return signed(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), "application/x-www-form-urlencoded", sign);
}

/** An Events API delivery of an app_mention. */
export function appMention(
  { text, userId = "U0001", channel = "C0001", ts = "1700000000.000300", threadTs }: { text: string; userId?: string; channel?: string; ts?: string; threadTs?: string },
  sign: SignOptions,
): SignedRequest {
  return eventCallback({ type: "app_mention", user: userId, text, ts, channel, event_ts: ts, ...(threadTs && { thread_ts: threadTs }) }, ts, sign);
}

/** A message.im event: what a person (or, with `botId`, a bot) writes in the bot's DM. */
export function directMessage(
  { text, userId = "U0001", channel = "D0001", ts = "1700000001.000100", threadTs, botId, subtype }: { text: string; userId?: string; channel?: string; ts?: string; threadTs?: string; botId?: string; subtype?: string },
  sign: SignOptions,
): SignedRequest {
  return eventCallback(
    { type: "message", channel_type: "im", user: userId, text, ts, channel, event_ts: ts, ...(threadTs && { thread_ts: threadTs }), ...(botId && { bot_id: botId }), ...(subtype && { subtype }) },
    ts,
    sign,
  );
}

/** The Events API envelope around one event, as Slack signs and posts it. */
function eventCallback(event: Record<string, unknown>, ts: string, sign: SignOptions): SignedRequest {
  const body = JSON.stringify({
    token: "deprecated-verification-token",
    team_id: "T0001",
    api_app_id: "A0001",
    type: "event_callback",
    event_id: `Ev${ts.replace(".", "")}`,
    event_time: 1_700_000_000,
    authorizations: [{ team_id: "T0001", user_id: BOT_USER_ID, is_bot: true }],
    event,
  });
  return signed(body, "application/json", sign);
}
