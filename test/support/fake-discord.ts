// A fake Discord on 127.0.0.1 for tests: the REST API (what discord.js calls under /api/v10) and the
// gateway (a WebSocket that says hello, accepts identify, sends READY and then whatever the test dispatches).
// It records every REST request, so a test waits for the one it expects instead of sleeping.
import { once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";

export const APP_ID = "400000000000000001";
export const BOT_ID = "400000000000000001";
export const GUILD_ID = "500000000000000001";
export const CHANNEL_ID = "600000000000000001";
export const DM_CHANNEL_ID = "600000000000000009";
export const MOD_ROLE = { id: "700000000000000002", name: "Corpus Keepers" };
export const BOT_TOKEN = "fake-bot-token.very-secret.do-not-log-0123456789";

export interface RecordedRequest {
  method: string;
  /** Without the /api/v10 prefix discord.js adds: "/interactions/1/tok/callback". */
  path: string;
  /** As requested: "/api/v10/interactions/1/tok/callback". */
  fullPath: string;
  query: URLSearchParams;
  headers: IncomingMessage["headers"];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

export interface FakeUser {
  id: string;
  username: string;
  /** Role ids the member holds in the guild. */
  roles?: string[];
  /** The member's permission bits in the channel, as Discord sends them. */
  permissions?: string;
}

export const ALICE: FakeUser = { id: "800000000000000001", username: "alice" };
export const BOB: FakeUser = { id: "800000000000000002", username: "bob" };
export const MODERATOR: FakeUser = { id: "800000000000000003", username: "mod", roles: [MOD_ROLE.id] };
/** Holds Manage Server (0x20). */
export const ADMIN: FakeUser = { id: "800000000000000004", username: "admin", permissions: "32" };

type Failure = { status: number; body: unknown };

export interface FakeDiscord {
  /** "http://127.0.0.1:PORT/api": what DISCORD_API_URL is set to. */
  apiUrl: string;
  requests: RecordedRequest[];
  /** The identify payload (op 2) the client sent. */
  identified: Promise<{ token: string; intents: number }>;
  /** The query string discord.js opened the gateway with. */
  gatewayQuery: Promise<URLSearchParams>;
  /** Resolves with the first recorded request (past or future) that matches. */
  waitFor(match: (r: RecordedRequest) => boolean): Promise<RecordedRequest>;
  /** The first interaction callback for `interactionId`. */
  callback(interactionId: string): Promise<RecordedRequest>;
  /** Answers the next request that matches with an error instead. */
  failNext(match: (r: RecordedRequest) => boolean, failure: Failure): void;
  /** Sends a gateway dispatch (op 0). */
  dispatch(event: string, data: unknown): void;
  /** A slash command; returns the interaction id. */
  command(name: string, options?: Record<string, string | number | boolean>, user?: FakeUser): string;
  /** An autocomplete request, `focused` naming the option being typed. */
  autocomplete(name: string, options: Record<string, string | number | boolean>, focused: string, user?: FakeUser): string;
  /** A click on a button of `message` (a message the bot sent, as the fake recorded it). */
  click(customId: string, message: Record<string, unknown>, user?: FakeUser): string;
  /**
   * A message posted by `user`: in the guild channel (or `channelId`, a thread) unless `dm`; `mentionsBot`
   * adds the bot to its mentions, as Discord does for "<@bot> …". Returns the message id.
   */
  say(content: string, user?: FakeUser, options?: { dm?: boolean; channelId?: string; mentionsBot?: boolean }): string;
  /** The first message the bot posted in reply to message `id`. */
  replyTo(id: string): Promise<RecordedRequest>;
  /** Interaction tokens handed out so far, to check none reaches a log. */
  tokens: string[];
  close(): Promise<void>;
}

const OPTION_TYPES = { string: 3, number: 10, boolean: 5 } as const;

export async function startFakeDiscord(): Promise<FakeDiscord> {
  const requests: RecordedRequest[] = [];
  const waiters: { match: (r: RecordedRequest) => boolean; resolve: (r: RecordedRequest) => void }[] = [];
  const failures: { match: (r: RecordedRequest) => boolean; failure: Failure }[] = [];
  const tokens: string[] = [];
  let socket: WebSocket | undefined;
  let sequence = 0;
  let nextId = 900000000000000000n;
  const snowflake = () => String(++nextId);

  const server: Server = createServer((req, res) => void handleHttp(req, res));
  const wss = new WebSocketServer({ server, path: "/gateway" });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;

  let markIdentified: (v: { token: string; intents: number }) => void = () => {};
  const identified = new Promise<{ token: string; intents: number }>((r) => (markIdentified = r));
  let markQuery: (q: URLSearchParams) => void = () => {};
  const gatewayQuery = new Promise<URLSearchParams>((r) => (markQuery = r));

  function send(payload: unknown): void {
    socket?.send(JSON.stringify(payload));
  }

  function dispatch(event: string, data: unknown): void {
    send({ op: 0, t: event, s: ++sequence, d: data });
  }

  wss.on("connection", (ws, req) => {
    socket = ws;
    markQuery(new URL(req.url ?? "/", base).searchParams);
    // A long heartbeat interval: the client's first beat may still come early (jitter); it gets its ack.
    send({ op: 10, s: null, t: null, d: { heartbeat_interval: 45_000 } });
    ws.on("message", (raw) => {
      const message = JSON.parse(String(raw)) as { op: number; d: { token: string; intents: number } };
      if (message.op === 1) send({ op: 11, s: null, t: null, d: null });
      if (message.op === 2) {
        markIdentified({ token: message.d.token, intents: message.d.intents });
        dispatch("READY", {
          v: 10,
          user: { id: BOT_ID, username: "corpus-bot", discriminator: "0", global_name: null, avatar: null, bot: true },
          guilds: [{ id: GUILD_ID, unavailable: true }],
          session_id: "fake-session",
          resume_gateway_url: `ws://127.0.0.1:${port}/gateway`,
          application: { id: APP_ID, flags: 0 },
          shard: [0, 1],
        });
        // The client waits for each unavailable guild before it calls itself ready.
        dispatch("GUILD_CREATE", {
          id: GUILD_ID,
          name: "Test Newsroom",
          unavailable: false,
          owner_id: "800000000000000099",
          member_count: 4,
          roles: [
            { id: GUILD_ID, name: "@everyone", permissions: "0", position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 },
            { ...MOD_ROLE, permissions: "0", position: 1, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 },
          ],
          channels: [],
          members: [],
          emojis: [],
          stickers: [],
        });
      }
    });
  });

  async function handleHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    const url = new URL(req.url ?? "/", base);
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, "");
    const recorded: RecordedRequest = {
      method: req.method ?? "GET",
      path,
      fullPath: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body: text ? JSON.parse(text) : undefined,
    };
    requests.push(recorded);
    const failing = failures.findIndex((f) => f.match(recorded));
    if (failing >= 0) {
      const failure = failures.splice(failing, 1)[0]?.failure;
      reply(res, failure?.status ?? 500, failure?.body);
    } else {
      route(recorded, res);
    }
    for (const w of waiters.filter((w) => w.match(recorded))) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(recorded);
    }
  }

  function route(r: RecordedRequest, res: ServerResponse): void {
    const { method, path } = r;
    if (method === "GET" && path === "/gateway/bot") {
      return reply(res, 200, {
        url: `ws://127.0.0.1:${port}/gateway`,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 1000, reset_after: 86_400_000, max_concurrency: 1 },
      });
    }
    if (method === "POST" && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) return reply(res, 204);
    if (method === "PATCH" && /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/.test(path)) return reply(res, 200, messageJson(r.body));
    if (method === "DELETE" && /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/.test(path)) return reply(res, 204);
    if (method === "POST" && /^\/webhooks\/\d+\/[^/]+$/.test(path)) return reply(res, 200, messageJson(r.body));
    if (method === "POST" && /^\/channels\/\d+\/messages$/.test(path)) return reply(res, 200, messageJson(r.body));
    if (method === "PUT" && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      const body = r.body as { name: string }[];
      return reply(res, 200, body.map((c) => ({ ...c, id: snowflake(), application_id: APP_ID, version: snowflake() })));
    }
    return reply(res, 404, { message: "404: Not Found", code: 0 });
  }

  function messageJson(body: Record<string, unknown> = {}) {
    return {
      id: snowflake(),
      channel_id: CHANNEL_ID,
      type: 20,
      content: "",
      embeds: [],
      components: [],
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      flags: 0,
      timestamp: new Date(0).toISOString(),
      edited_timestamp: null,
      author: { id: BOT_ID, username: "corpus-bot", discriminator: "0", global_name: null, avatar: null, bot: true },
      ...body,
    };
  }

  function interaction(type: number, data: unknown, user: FakeUser, extra: Record<string, unknown> = {}): string {
    const id = snowflake();
    const token = `interaction-token-${id}-secret`;
    tokens.push(token);
    dispatch("INTERACTION_CREATE", {
      id,
      token,
      type,
      application_id: APP_ID,
      guild_id: GUILD_ID,
      channel_id: CHANNEL_ID,
      channel: { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: "newsroom" },
      member: {
        user: { id: user.id, username: user.username, discriminator: "0", global_name: null, avatar: null },
        roles: user.roles ?? [],
        permissions: user.permissions ?? "0",
        joined_at: new Date(0).toISOString(),
        deaf: false,
        mute: false,
        flags: 0,
      },
      app_permissions: "0",
      locale: "en-GB",
      guild_locale: "en-GB",
      entitlements: [],
      authorizing_integration_owners: { "0": GUILD_ID },
      context: 0,
      version: 1,
      data,
      ...extra,
    });
    return id;
  }

  function optionList(options: Record<string, string | number | boolean>, focused?: string) {
    return Object.entries(options).map(([name, value]) => ({
      name,
      type: Number.isInteger(value) ? 4 : OPTION_TYPES[typeof value as "string" | "number" | "boolean"],
      value,
      ...(name === focused && { focused: true }),
    }));
  }

  const waitFor = (match: (r: RecordedRequest) => boolean) => {
    const seen = requests.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise<RecordedRequest>((resolve) => waiters.push({ match, resolve }));
  };

  return {
    apiUrl: `${base}/api`,
    requests,
    identified,
    gatewayQuery,
    tokens,
    waitFor,
    callback: (interactionId) => waitFor((r) => r.method === "POST" && r.path.startsWith(`/interactions/${interactionId}/`)),
    failNext: (match, failure) => void failures.push({ match, failure }),
    dispatch,
    command: (name, options = {}, user = ALICE) =>
      interaction(2, { id: snowflake(), name, type: 1, options: optionList(options) }, user),
    autocomplete: (name, options, focused, user = ALICE) =>
      interaction(4, { id: snowflake(), name, type: 1, options: optionList(options, focused) }, user),
    say(content, user = ALICE, { dm = false, channelId, mentionsBot = !dm } = {}) {
      const id = snowflake();
      const author = { id: user.id, username: user.username, discriminator: "0", global_name: null, avatar: null };
      dispatch("MESSAGE_CREATE", {
        id,
        channel_id: channelId ?? (dm ? DM_CHANNEL_ID : CHANNEL_ID),
        // Discord says which kind of channel a message came from: a DM (1) is cached from this alone.
        channel_type: dm ? 1 : 0,
        ...(dm ? {} : { guild_id: GUILD_ID, member: { roles: user.roles ?? [], joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0 } }),
        author,
        content,
        type: 0,
        timestamp: new Date().toISOString(),
        edited_timestamp: null,
        tts: false,
        mention_everyone: false,
        mentions: mentionsBot ? [{ id: BOT_ID, username: "corpus-bot", discriminator: "0", global_name: null, avatar: null, bot: true }] : [],
        mention_roles: [],
        attachments: [],
        embeds: [],
        pinned: false,
        flags: 0,
      });
      return id;
    },
    replyTo: (id) => waitFor((r) => r.method === "POST" && /^\/channels\/\d+\/messages$/.test(r.path) && (r.body as { message_reference?: { message_id?: string } })?.message_reference?.message_id === id),
    click: (customId, message, user = ALICE) =>
      interaction(3, { custom_id: customId, component_type: 2 }, user, { message: messageJson(message) }),
    async close() {
      for (const client of wss.clients) client.terminate();
      wss.close();
      server.closeAllConnections();
      server.close();
      await once(server, "close");
    },
  };
}

function reply(res: ServerResponse, status: number, body?: unknown): void {
  if (body === undefined) {
    res.writeHead(status).end();
    return;
  }
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}
