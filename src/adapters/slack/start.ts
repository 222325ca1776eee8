// The Slack adapter: Socket Mode when SLACK_APP_TOKEN is set, otherwise Bolt's HTTP receiver on PORT
// (commands, events and button clicks all at /slack/events, signatures checked). It starts, stops and
// translates; what the bot says lives in the core, how it looks in render.ts.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo, ListenOptions } from "node:net";
import { App, HTTPReceiver, SocketModeReceiver, webApi, type Receiver } from "@slack/bolt";
import type { Bot } from "../../core/bot.js";
import type { Config } from "../../config.js";
import type { Logger } from "../../logger.js";
import { boltLogger } from "./bolt-logger.js";
import { registerHandlers } from "./handlers.js";
import { EVENTS_PATH } from "./manifest.js";
import { createReplayGuard, type ReplayGuard } from "./replay-guard.js";
import { slackErrorFields } from "./slack-errors.js";

export interface SlackAdapter {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** HTTP mode, once started: where it listens. */
  address(): AddressInfo | undefined;
}

export interface SlackAdapterOptions {
  /** HTTP mode: where to listen. Defaults to PORT on every interface; tests pass 127.0.0.1 and port 0. */
  listen?: ListenOptions;
  /** Milliseconds since the epoch, for the replay guard. */
  now?: () => number;
}

export class SlackStartError extends Error {
  override name = "SlackStartError";
}

export function createSlackAdapter(bot: Bot, config: Config, log: Logger, options: SlackAdapterOptions = {}): SlackAdapter {
  const token = config.SLACK_BOT_TOKEN;
  const signingSecret = config.SLACK_SIGNING_SECRET;
  if (!token) throw new SlackStartError("SLACK_BOT_TOKEN is missing: add it to .env, see .env.example");
  if (!signingSecret) throw new SlackStartError("SLACK_SIGNING_SECRET is missing: add it to .env, see .env.example");
  const appToken = config.SLACK_APP_TOKEN;
  const logger = boltLogger(log);
  const clientOptions = {
    ...(config.SLACK_API_URL && { slackApiUrl: config.SLACK_API_URL.endsWith("/") ? config.SLACK_API_URL : `${config.SLACK_API_URL}/` }),
    // A few quick retries; Bolt's default keeps retrying for half an hour.
    retryConfig: { retries: 2, minTimeout: 200, maxTimeout: 2000 },
  };
  let app: App | undefined;
  let address: AddressInfo | undefined;

  async function start(): Promise<void> {
    // Ask Slack who we are once, now: a bad token stops start-up with a clear message, and Bolt need
    // not ask again before each request's acknowledgement.
    const identity = await new webApi.WebClient(token, { ...clientOptions, logger })
      .auth.test()
      .catch((error: unknown) => {
        const { slackError, error: message } = slackErrorFields(error);
        throw new SlackStartError(`Slack refused SLACK_BOT_TOKEN (${slackError ?? message}): check it in .env, see .env.example`);
      });
    const receiver: Receiver = appToken
      ? new SocketModeReceiver({ appToken, logger, installerOptions: { clientOptions } })
      : guardedHttpReceiver(signingSecret as string, createReplayGuard(options.now ? { now: options.now } : {}), logger, log);
    const created = new App({
      token,
      receiver,
      logger,
      clientOptions,
      ...(identity.bot_id && { botId: identity.bot_id }),
      ...(identity.user_id && { botUserId: identity.user_id }),
    });
    created.error(async (error) => {
      log.error({ ...slackErrorFields(error) }, "slack: listener failed");
    });
    if (!appToken) created.use(dropReplays(log));
    registerHandlers(created, {
      bot,
      log,
      visibility: config.SLACK_DEFAULT_VISIBILITY,
      moderators: new Set(config.SLACK_MODERATORS),
    });
    if (appToken) {
      await created.start().catch((error: unknown) => {
        const { slackError, error: message } = slackErrorFields(error);
        throw new SlackStartError(`Slack Socket Mode did not connect (${slackError ?? message}): check SLACK_APP_TOKEN in .env, see .env.example`);
      });
      log.info({ platform: "slack", mode: "socket" }, "Slack connected");
    } else {
      const server = await created.start(options.listen ?? { port: config.PORT });
      address = server.address() as AddressInfo;
      log.info({ platform: "slack", mode: "http", port: address.port, path: EVENTS_PATH }, "Slack listening");
    }
    app = created;
  }

  async function stop(): Promise<void> {
    const running = app;
    app = undefined;
    address = undefined;
    await running?.stop();
  }

  return { start, stop, address: () => address };
}

/**
 * Bolt's HTTP receiver, plus a refusal of replayed requests: a signature already served is turned away
 * before its body is read; a verified one is remembered (after Bolt's check, so forged requests cannot
 * fill the memory). Two copies racing in together are caught by `dropReplays` below.
 */
function guardedHttpReceiver(signingSecret: string, guard: ReplayGuard, logger: ReturnType<typeof boltLogger>, log: Logger): HTTPReceiver {
  const receiver = new HTTPReceiver({
    signingSecret,
    endpoints: EVENTS_PATH,
    logger,
    // Called only for requests whose signature Bolt has verified.
    customPropertiesExtractor: (request) => {
      const signature = header(request, "x-slack-signature");
      const timestamp = Number(header(request, "x-slack-request-timestamp"));
      return { replayed: signature !== undefined && !guard.remember(signature, timestamp) };
    },
  });
  const boltListener = receiver.requestListener;
  receiver.requestListener = (request: IncomingMessage, response: ServerResponse) => {
    const signature = header(request, "x-slack-signature");
    if (signature !== undefined && guard.seen(signature)) {
      log.warn({ platform: "slack" }, "slack: refused a replayed request");
      request.resume();
      response.writeHead(401).end();
      return;
    }
    boltListener(request, response);
  };
  return receiver;
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return typeof value === "string" ? value : undefined;
}

/** Global middleware: a replay that slipped past the receiver's check is acknowledged and dropped. */
function dropReplays(log: Logger) {
  return async (args: { context: Record<string, unknown>; next: () => Promise<void> } & { ack?: unknown }) => {
    if (args.context.replayed === true) {
      log.warn({ platform: "slack" }, "slack: dropped a replayed request");
      if (typeof args.ack === "function") await (args.ack as () => Promise<void>)();
      return;
    }
    await args.next();
  };
}
