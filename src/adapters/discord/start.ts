// The Discord adapter: a gateway connection with the intents slash commands and mentions need, and the REST API
// for answers. It starts, stops and translates; what a reply looks like lives in render.ts.
import { Client, Events, GatewayIntentBits, Partials, RESTEvents } from "discord.js";
import type { Bot } from "../../core/bot.js";
import type { Config } from "../../config.js";
import type { Logger } from "../../logger.js";
import { createInteractionHandler } from "./interactions.js";
import { createMentionHandler } from "./mentions.js";
import { createPageStore } from "./paging.js";
import { NO_PINGS } from "./render.js";
import { safeError } from "./safe-error.js";

export type DiscordConfig = Pick<
  Config,
  "DISCORD_TOKEN" | "DISCORD_APPLICATION_ID" | "DISCORD_API_URL" | "DISCORD_DEFAULT_PRIVATE" | "DISCORD_MODERATOR_ROLE"
>;

export interface DiscordAdapterOptions {
  /** How long an answer may take before the adapter defers it (Discord's window is 3 s). */
  deferAfterMs?: number;
  /** The clock page buttons expire by. */
  now?: () => number;
}

export interface DiscordAdapter {
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function createDiscordAdapter(bot: Bot, config: DiscordConfig, log: Logger, options: DiscordAdapterOptions = {}): DiscordAdapter {
  const token = config.DISCORD_TOKEN;
  if (!token || !config.DISCORD_APPLICATION_ID) {
    throw new Error("DISCORD_TOKEN and DISCORD_APPLICATION_ID are both needed for Discord: add them to .env, see .env.example");
  }
  const dlog = log.child({ adapter: "discord" });
  let client: Client | undefined;

  async function start(): Promise<void> {
    const c = new Client({
      // Slash commands, autocomplete and buttons arrive without any privileged intent; Guilds fills the
      // role cache the moderator check reads. Messages in guilds and DMs bring mentions and DMs, whose text
      // Discord sends without the privileged Message Content intent.
      intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
      // A DM's channel is not cached before its first message arrives.
      partials: [Partials.Channel],
      rest: config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {},
      allowedMentions: NO_PINGS,
    });
    client = c;
    const pages = createPageStore(options.now ? { now: options.now } : {});
    const handle = createInteractionHandler({
      bot,
      log: dlog,
      pages,
      defaultPrivate: config.DISCORD_DEFAULT_PRIVATE,
      moderatorRole: config.DISCORD_MODERATOR_ROLE,
      deferAfterMs: options.deferAfterMs ?? 2000,
    });
    c.on(Events.InteractionCreate, (interaction) => void handle(interaction));
    const mention = createMentionHandler({ bot, log: dlog, pages });
    c.on(Events.MessageCreate, (message) => void mention(message));
    c.on(Events.Error, (error) => dlog.error({ error: safeError(error) }, "discord client error"));
    c.on(Events.Warn, (message) => dlog.warn({ detail: message }, "discord client warning"));
    c.on(Events.ShardDisconnect, (event, shard) => dlog.warn({ shard, code: event.code }, "discord gateway disconnected"));
    c.rest.on(RESTEvents.RateLimited, (info) => dlog.warn({ route: info.route, retryAfter: info.retryAfter, global: info.global }, "discord rate limit"));

    const ready = new Promise<void>((resolve) => c.once(Events.ClientReady, () => resolve()));
    try {
      await c.login(token);
      await ready;
    } catch (error) {
      await c.destroy();
      client = undefined;
      throw new Error(
        (error as { code?: string }).code === "TokenInvalid"
          ? "Discord refused DISCORD_TOKEN: copy the bot token again (Developer Portal → your application → Bot → Reset Token) into .env"
          : `Discord could not be reached: ${String(safeError(error).message)}`,
      );
    }
    const appId = c.application?.id;
    if (appId && appId !== config.DISCORD_APPLICATION_ID) {
      dlog.warn({ tokenApplication: appId }, "DISCORD_APPLICATION_ID is not the application DISCORD_TOKEN belongs to: fix it in .env, then run discord-register");
    }
    dlog.info({ user: c.user?.tag, guilds: c.guilds.cache.size }, "discord connected");
  }

  async function stop(): Promise<void> {
    const c = client;
    client = undefined;
    await c?.destroy();
  }

  return { start, stop };
}
