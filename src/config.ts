// Settings come from the environment (and .env through dotenv), checked once at start-up.
// A bad or missing variable stops the bot with a message that names it and says how to fix it.
import { homedir } from "node:os";
import { join } from "node:path";
import { z } from "zod";

const flag = z
  .enum(["1", "0", "true", "false", "yes", "no", ""])
  .optional()
  .transform((v) => v === "1" || v === "true" || v === "yes");

const idList = z
  .string()
  .optional()
  .transform((v) => (v ?? "").split(/[\s,]+/).filter(Boolean));

/** The cache folder of the user running the bot (XDG_CACHE_HOME, or ~/.cache), then corpus-bot. */
export function defaultCacheDir(env: NodeJS.ProcessEnv): string {
  const base = env.XDG_CACHE_HOME?.trim() || join(homedir(), ".cache");
  return join(base, "corpus-bot");
}

const optionalUrl = z.url({ protocol: /^https?$/ }).optional();

const schema = z
  .object({
    CORPUS_DIR: z.string().min(1).default("seeds"),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    CORPUS_WATCH: flag,
    /** Where built corpora are kept between runs; "off" keeps none. The user's cache folder by default, never the working directory. */
    CORPUS_CACHE_DIR: z.string().min(1),
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(20),
    RATE_LIMIT_BURST: z.coerce.number().int().min(1).max(1_000).default(5),
    /** Let /add fetch pages on private and loopback addresses (an intranet CMS); off, so a link cannot reach inside. */
    ALLOW_PRIVATE_FETCH: flag,
    /** The embedded database's folder (reports, settings, the question log), used unless DATABASE_URL is set; "off" keeps nothing. */
    DATA_DIR: z.string().min(1).default(".data/corpus-bot"),
    /** A PostgreSQL server shared by several bot processes, instead of the embedded database. */
    DATABASE_URL: z.url({ protocol: /^postgres(?:ql)?$/, message: "must be a postgres:// or postgresql:// address" }).optional(),
    /** Days the words of questions are kept for /stats; the counts stay. */
    LOG_RETENTION_DAYS: z.coerce.number().int().min(1).max(3_650).default(30),

    SLACK_BOT_TOKEN: z.string().regex(/^xoxb-/, "must start with xoxb-").optional(),
    SLACK_SIGNING_SECRET: z.string().min(8, "looks too short for a signing secret").optional(),
    SLACK_APP_TOKEN: z.string().regex(/^xapp-/, "must start with xapp-").optional(),
    SLACK_API_URL: optionalUrl,
    SLACK_DEFAULT_VISIBILITY: z.enum(["ephemeral", "in_channel"]).default("ephemeral"),
    SLACK_MODERATORS: idList,
    PORT: z.coerce.number().int().min(1).max(65_535).default(3000),

    DISCORD_TOKEN: z.string().min(20, "looks too short for a bot token").optional(),
    DISCORD_APPLICATION_ID: z.string().regex(/^\d{15,22}$/, "must be the application's numeric id").optional(),
    DISCORD_API_URL: optionalUrl,
    DISCORD_DEFAULT_PRIVATE: flag,
    DISCORD_MODERATOR_ROLE: z.string().optional(),
  })
  .superRefine((env, ctx) => {
    // A platform is on when any of its credentials is set; then all of them must be.
    const need = (on: boolean, names: (keyof typeof env)[]) => {
      if (!on) return;
      for (const name of names) {
        if (!env[name]) ctx.addIssue({ code: "custom", path: [name], message: "is missing" });
      }
    };
    need(Boolean(env.SLACK_BOT_TOKEN || env.SLACK_SIGNING_SECRET || env.SLACK_APP_TOKEN), ["SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET"]);
    need(Boolean(env.DISCORD_TOKEN || env.DISCORD_APPLICATION_ID), ["DISCORD_TOKEN", "DISCORD_APPLICATION_ID"]);
  });

export type Config = z.output<typeof schema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("\n"));
    this.name = "ConfigError";
  }
}

/** Reads settings from `env`; throws a ConfigError naming every bad variable. Never echoes values. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings in .env mean "not set", as people expect from commented-out templates.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = schema.safeParse({ CORPUS_CACHE_DIR: defaultCacheDir(env), ...present });
  if (parsed.success) return parsed.data;
  throw new ConfigError(
    parsed.error.issues.map((i) => `${String(i.path[0] ?? "configuration")} ${i.message}: set it in .env (see .env.example)`),
  );
}

export const slackEnabled = (c: Config) => Boolean(c.SLACK_BOT_TOKEN && c.SLACK_SIGNING_SECRET);
export const discordEnabled = (c: Config) => Boolean(c.DISCORD_TOKEN && c.DISCORD_APPLICATION_ID);
