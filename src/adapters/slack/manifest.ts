// The Slack app manifest, generated from the command definitions: paste it into
// https://api.slack.com/apps → "Create New App" → "From a manifest". https://docs.slack.dev/reference/app-manifest
import type { webApi } from "@slack/bolt";
import type { AnyCommand } from "../../core/command.js";
import { usageOf } from "../../core/option-specs.js";
import { SLACK } from "./limits.js";

export type SlackManifest = webApi.AppsManifestCreateArguments["manifest"];

/** What the bot needs, and no more: slash commands, posting answers, hearing its mentions. */
export const BOT_SCOPES = ["app_mentions:read", "chat:write", "commands", "im:history"] as const;
// message.im: what people write to the bot in its Messages tab, read as questions.
export const BOT_EVENTS = ["app_mention", "message.im"] as const;
/** Bolt's HTTP receiver listens here for commands, events and button clicks alike. */
export const EVENTS_PATH = "/slack/events";

export interface ManifestOptions {
  /** The bot's public https address, for HTTP mode; without it the manifest turns Socket Mode on. */
  publicUrl?: string;
  name?: string;
}

export function slackManifest(commands: readonly AnyCommand[], { publicUrl, name = "corpus-bot" }: ManifestOptions = {}): SlackManifest {
  const requestUrl = publicUrl ? new URL(EVENTS_PATH, publicUrl).href : undefined;
  const withUrl = requestUrl ? { request_url: requestUrl } : {};
  return {
    _metadata: { major_version: 1, minor_version: 1 },
    display_information: {
      name,
      description: "Answers questions about a corpus of news articles, with the sources.".slice(0, SLACK.manifestAppDescription),
    },
    features: {
      bot_user: { display_name: name, always_online: true },
      app_home: { home_tab_enabled: false, messages_tab_enabled: true, messages_tab_read_only_enabled: false },
      slash_commands: commands.slice(0, SLACK.manifestSlashCommands).map((c) => ({
        command: `/${c.name}`.slice(0, SLACK.manifestCommandName),
        description: describe(c),
        ...usageHint(c),
        should_escape: false,
        ...(requestUrl && { url: requestUrl }),
      })),
    },
    oauth_config: { scopes: { bot: [...BOT_SCOPES] } },
    settings: {
      event_subscriptions: { ...withUrl, bot_events: [...BOT_EVENTS] },
      interactivity: { is_enabled: true, ...withUrl },
      org_deploy_enabled: false,
      socket_mode_enabled: !requestUrl,
      token_rotation_enabled: false,
    },
  };
}

function describe(command: AnyCommand): string {
  const note = command.access === "moderator" && !/moderator/i.test(command.description) ? " (moderators only)" : "";
  return `${command.description}${note}`.slice(0, SLACK.manifestCommandDescription);
}

/** "/timeline [topic] [from:…]" → usage hint "[topic] [from:…]": Slack shows it after the command name. */
function usageHint(command: AnyCommand): { usage_hint?: string } {
  const hint = usageOf(command).slice(command.name.length + 1).trim();
  return hint ? { usage_hint: hint.slice(0, SLACK.manifestUsageHint) } : {};
}
