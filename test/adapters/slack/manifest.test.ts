// The Slack app manifest comes from the command definitions: a new command appears in it by itself.
import { describe, expect, it } from "vitest";
import commands from "../../../commands/index.js";
import { SLACK } from "../../../src/adapters/slack/limits.js";
import { BOT_SCOPES, slackManifest } from "../../../src/adapters/slack/manifest.js";
import { usageOf } from "../../../src/core/option-specs.js";
import { fakeReload } from "./fixtures.js";

describe("slackManifest", () => {
  const manifest = slackManifest(commands);
  const slashCommands = manifest.features?.slash_commands ?? [];

  it("declares every command, with its description and a usage hint from its options", () => {
    expect(slashCommands.map((c) => c.command)).toEqual(commands.map((c) => `/${c.name}`));
    const ask = slashCommands.find((c) => c.command === "/ask");
    expect(ask).toMatchObject({ description: commands.find((c) => c.name === "ask")?.description, usage_hint: "<question> [limit:1-10]", should_escape: false });
    for (const c of commands) {
      const declared = slashCommands.find((s) => s.command === `/${c.name}`);
      expect(`/${c.name} ${declared?.usage_hint ?? ""}`.trim()).toBe(usageOf(c));
    }
  });

  it("says which commands are for moderators", () => {
    const [reload] = slackManifest([fakeReload]).features?.slash_commands ?? [];
    expect(reload?.description).toBe("Reload the corpus from disk (moderators only)");
  });

  it("stays within Slack's manifest limits", () => {
    expect(slashCommands.length).toBeLessThanOrEqual(SLACK.manifestSlashCommands);
    for (const c of slashCommands) {
      expect(c.command.length).toBeLessThanOrEqual(SLACK.manifestCommandName);
      expect(c.description.length).toBeGreaterThan(0);
      expect(c.description.length).toBeLessThanOrEqual(SLACK.manifestCommandDescription);
      expect((c.usage_hint ?? "").length).toBeLessThanOrEqual(SLACK.manifestUsageHint);
    }
    expect((manifest.display_information.description ?? "").length).toBeLessThanOrEqual(SLACK.manifestAppDescription);
  });

  it("asks for the scopes and the events the bot uses, with buttons, DMs and Socket Mode on", () => {
    expect(manifest.oauth_config?.scopes?.bot).toEqual([...BOT_SCOPES]);
    expect(manifest.oauth_config?.scopes?.bot).toEqual(expect.arrayContaining(["commands", "chat:write", "app_mentions:read", "im:history"]));
    expect(manifest.features).toMatchObject({ app_home: { messages_tab_enabled: true } });
    expect(manifest.settings).toMatchObject({
      event_subscriptions: { bot_events: ["app_mention", "message.im"] },
      interactivity: { is_enabled: true },
      socket_mode_enabled: true,
    });
    expect(JSON.stringify(manifest)).not.toContain("request_url");
  });

  it("points every request at /slack/events for HTTP mode when given the public address", () => {
    const http = slackManifest(commands, { publicUrl: "https://bot.example.org" });
    const url = "https://bot.example.org/slack/events";
    expect(http.settings).toMatchObject({ socket_mode_enabled: false, event_subscriptions: { request_url: url }, interactivity: { request_url: url } });
    for (const c of http.features?.slash_commands ?? []) expect(c.url).toBe(url);
  });

  it("prints as JSON that reads back the same", () => {
    expect(JSON.parse(JSON.stringify(manifest))).toEqual(manifest);
  });
});
