// Discord registration: generated from the command definitions, sent with one bulk PUT.
import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import realCommands from "../../../commands/index.js";
import { discordCommandPayload, discordRuleProblems, registerDiscordCommands, type DiscordCommandJson } from "../../../src/adapters/discord/register.js";
import { defineCommand, type AnyCommand } from "../../../src/core/command.js";
import { silentLogger } from "../../../src/logger.js";
import { optionSpecs } from "../../../src/core/option-specs.js";
import { APP_ID, BOT_TOKEN, GUILD_ID, startFakeDiscord } from "../../support/fake-discord.js";
import { slowCommand, testCommands } from "../../support/fake-discord-bot.js";

const STRING = 3;
const INTEGER = 4;
const BOOLEAN = 5;

// The real commands as they are today, and stand-ins for every command still being written.
const all: AnyCommand[] = [...realCommands, ...testCommands(slowCommand()).filter((c) => !realCommands.some((r) => r.name === c.name))];
const payload = discordCommandPayload(all);
const named = (name: string) => payload.find((c) => c.name === name) as DiscordCommandJson;

describe("discordCommandPayload", () => {
  it("has one chat-input command per definition, in the same order", () => {
    expect(payload.map((c) => c.name)).toEqual(all.map((c) => c.name));
    expect(payload.every((c) => c.type === 1)).toBe(true);
  });

  it("keeps every command within Discord's rules", () => {
    for (const command of payload) expect(discordRuleProblems(command), command.name).toEqual([]);
  });

  it("describes each option from its schema: type, description, lengths, bounds, required first", () => {
    expect(named("ask").options).toEqual([
      { type: STRING, name: "question", description: "Your question, in plain words", required: true, min_length: 1, max_length: 500 },
      { type: INTEGER, name: "limit", description: "How many passages (1-10)", required: false, min_value: 1, max_value: 10 },
      { type: BOOLEAN, name: "private", description: "Show the answer to you alone", required: false },
    ]);
  });

  it("gives every command the optional `private` option, last", () => {
    for (const command of payload) expect(command.options.at(-1)).toMatchObject({ name: "private", type: BOOLEAN, required: false });
  });

  it("covers every option of every definition", () => {
    for (const command of all) {
      const registered = named(command.name).options.map((o) => o.name).filter((n) => n !== "private");
      expect(registered.sort()).toEqual(optionSpecs(command).map((o) => o.name).sort());
    }
  });

  it("turns on autocomplete for the options that suggest: the free text of /quotes, /timeline and /who-said, and /timeline's person", () => {
    const autocompleted = payload.flatMap((c) => c.options.filter((o) => o.autocomplete).map((o) => `${c.name}.${o.name}`));
    const expected = [...all.filter((c) => ["quotes", "timeline", "who-said"].includes(c.name)).map((c) => `${c.name}.${c.rest}`), "timeline.person"];
    expect(autocompleted.sort()).toEqual(expected.sort());
  });

  it("requires Manage Server for moderator commands, and only for them", () => {
    const moderators: string[] = all.filter((c) => c.access === "moderator").map((c) => c.name);
    expect(moderators).toEqual(expect.arrayContaining(["reload", "add", "stats"]));
    for (const name of moderators) expect(named(name)).toMatchObject({ default_member_permissions: "32", contexts: [0] });
    for (const c of payload.filter((c) => !moderators.includes(c.name))) expect(c.default_member_permissions).toBeUndefined();
  });

  it("puts a required option first even when the schema lists it later", () => {
    const command = defineCommand({
      name: "who-said",
      description: "x",
      options: z.object({ limit: z.number().int().optional().describe("n"), quote: z.string().describe("q") }),
      examples: [],
      run: () => ({ status: "no-match", code: "not-found", message: "none" }),
    });
    expect(discordCommandPayload([command])[0]?.options.map((o) => o.name)).toEqual(["quote", "limit", "private"]);
  });

  it("refuses, naming the command, a definition Discord would refuse", () => {
    const bad = defineCommand({
      name: "ask",
      description: "x",
      options: z.object({ Question: z.string().describe("q") }),
      examples: [],
      run: () => ({ status: "no-match", code: "not-found", message: "none" }),
    });
    expect(() => discordCommandPayload([bad])).toThrow(/\/ask cannot be registered on Discord: option name "Question"/);
  });
});

const fake = await startFakeDiscord();
afterAll(() => fake.close());

describe("registerDiscordCommands", () => {  const register = (guildId?: string) =>
    registerDiscordCommands({ token: BOT_TOKEN, applicationId: APP_ID, guildId, apiUrl: fake.apiUrl, commands: all, log: silentLogger() });

  it("replaces a guild's commands with one PUT (instant, for testing)", async () => {
    await register(GUILD_ID);
    const put = await fake.waitFor((r) => r.method === "PUT" && r.path === `/applications/${APP_ID}/guilds/${GUILD_ID}/commands`);
    expect(put.body).toEqual(payload);
    expect(put.headers.authorization).toBe(`Bot ${BOT_TOKEN}`);
  });

  it("registers globally without a guild, and sends the same body when run again", async () => {
    await register();
    await register();
    const puts = fake.requests.filter((r) => r.method === "PUT" && r.path === `/applications/${APP_ID}/commands`);
    expect(puts).toHaveLength(2);
    expect(puts[0]?.body).toEqual(payload);
    expect(puts[1]?.body).toEqual(puts[0]?.body);
  });

  it("says which setting to fix when Discord refuses the token", async () => {
    fake.failNext((r) => r.method === "PUT", { status: 401, body: { message: "401: Unauthorized", code: 0 } });
    await expect(register(GUILD_ID)).rejects.toThrow(/Discord refused DISCORD_TOKEN/);
  });

  it("says to invite the bot when the server is out of its reach", async () => {
    fake.failNext((r) => r.method === "PUT", { status: 403, body: { message: "Missing Access", code: 50001 } });
    await expect(register(GUILD_ID)).rejects.toThrow(`the application cannot add commands to server ${GUILD_ID}: invite it there`);
  });
});
