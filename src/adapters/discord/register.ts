// Discord's application commands, generated from the command definitions, and their registration:
// one bulk PUT, so running it again replaces the set rather than adding to it.
import { ApplicationCommandOptionType, ApplicationCommandType, InteractionContextType, PermissionFlagsBits, REST, Routes } from "discord.js";
import type { AnyCommand } from "../../core/command.js";
import type { Logger } from "../../logger.js";
import { optionSpecs, type OptionSpec } from "../../core/option-specs.js";
import { suggestionKind } from "../../core/suggestions.js";
import { DISCORD, cut } from "./limits.js";

/** Every command also takes this option; the adapter reads it and never passes it to the core. */
export const PRIVATE_OPTION = "private";

export interface DiscordOptionJson {
  type: ApplicationCommandOptionType;
  name: string;
  description: string;
  required: boolean;
  min_length?: number;
  max_length?: number;
  min_value?: number;
  max_value?: number;
  choices?: { name: string; value: string }[];
  autocomplete?: boolean;
}

export interface DiscordCommandJson {
  type: ApplicationCommandType.ChatInput;
  name: string;
  description: string;
  options: DiscordOptionJson[];
  /** "32" (Manage Server) for moderator commands: Discord hides them from everyone else by default. */
  default_member_permissions?: string;
  contexts?: InteractionContextType[];
}

const TYPES: Record<OptionSpec["type"], ApplicationCommandOptionType> = {
  string: ApplicationCommandOptionType.String,
  integer: ApplicationCommandOptionType.Integer,
  number: ApplicationCommandOptionType.Number,
  boolean: ApplicationCommandOptionType.Boolean,
};

// https://discord.com/developers/docs/interactions/application-commands#application-command-object-application-command-naming
const DISCORD_NAME = /^[-_\p{L}\p{N}]{1,32}$/u;

/** The body of the bulk PUT: one chat-input command per definition. Throws, naming the command, on one Discord would refuse. */
export function discordCommandPayload(commands: readonly AnyCommand[]): DiscordCommandJson[] {
  return commands.map((command) => {
    const options = optionSpecs(command).map((spec) => optionJson(command, spec));
    if (!options.some((o) => o.name === PRIVATE_OPTION)) {
      options.push({
        type: ApplicationCommandOptionType.Boolean,
        name: PRIVATE_OPTION,
        description: "Show the answer to you alone",
        required: false,
      });
    }
    // Discord refuses a required option after an optional one; the sort is stable, so the free text stays first.
    options.sort((a, b) => Number(b.required) - Number(a.required));
    const json: DiscordCommandJson = {
      type: ApplicationCommandType.ChatInput,
      name: command.name,
      description: cut(command.description, DISCORD.commandDescription),
      options,
      ...(command.access === "moderator" && {
        default_member_permissions: String(PermissionFlagsBits.ManageGuild),
        // In a direct message there is no server, and no one to be a moderator of it.
        contexts: [InteractionContextType.Guild],
      }),
    };
    const problems = discordRuleProblems(json);
    if (problems.length > 0) throw new Error(`/${command.name} cannot be registered on Discord: ${problems.join("; ")}`);
    return json;
  });
}

function optionJson(command: AnyCommand, spec: OptionSpec): DiscordOptionJson {
  const json: DiscordOptionJson = {
    type: TYPES[spec.type],
    name: spec.name,
    description: cut(spec.description || spec.name, DISCORD.optionDescription),
    required: spec.required,
  };
  if (spec.type === "string") {
    if (spec.minLength !== undefined) json.min_length = Math.min(Math.max(spec.minLength, 0), DISCORD.optionMaxLength);
    if (spec.maxLength !== undefined) json.max_length = Math.min(Math.max(spec.maxLength, 1), DISCORD.optionMaxLength);
    if (spec.choices) {
      json.choices = spec.choices.slice(0, DISCORD.optionChoices).map((c) => ({ name: cut(c, DISCORD.choiceName), value: c }));
    } else if (suggestionKind(command, spec.name)) {
      json.autocomplete = true;
    }
  }
  if (spec.type === "integer" || spec.type === "number") {
    if (spec.minimum !== undefined) json.min_value = spec.minimum;
    if (spec.maximum !== undefined) json.max_value = spec.maximum;
  }
  return json;
}

/** What Discord would refuse in a command: names, lengths, counts, the order of required options. */
export function discordRuleProblems(c: DiscordCommandJson): string[] {
  const problems: string[] = [];
  if (!DISCORD_NAME.test(c.name) || c.name !== c.name.toLowerCase()) problems.push(`name "${c.name}" must be 1-32 lower-case letters, digits, - or _`);
  if (c.description.length < 1 || c.description.length > DISCORD.commandDescription) problems.push("description must be 1-100 characters");
  if (c.options.length > DISCORD.commandOptions) problems.push(`${c.options.length} options, at most ${DISCORD.commandOptions}`);
  const names = new Set<string>();
  let optionalSeen = false;
  for (const o of c.options) {
    if (!DISCORD_NAME.test(o.name) || o.name !== o.name.toLowerCase()) problems.push(`option name "${o.name}" must be 1-32 lower-case letters, digits, - or _`);
    if (names.has(o.name)) problems.push(`option "${o.name}" appears twice`);
    names.add(o.name);
    if (o.description.length < 1 || o.description.length > DISCORD.optionDescription) problems.push(`option "${o.name}" description must be 1-100 characters`);
    if (o.required && optionalSeen) problems.push(`required option "${o.name}" comes after an optional one`);
    optionalSeen ||= !o.required;
  }
  return problems;
}

export interface RegisterOptions {
  token: string;
  applicationId: string;
  /** Register in this server only: updates show at once, for testing. Without it, everywhere (global). */
  guildId?: string | undefined;
  /** DISCORD_API_URL: another REST API base, for tests. */
  apiUrl?: string | undefined;
  commands: readonly AnyCommand[];
  log: Logger;
}

/** Replaces the application's commands with the current definitions; returns their names. */
export async function registerDiscordCommands({ token, applicationId, guildId, apiUrl, commands, log }: RegisterOptions): Promise<string[]> {
  const body = discordCommandPayload(commands);
  const rest = new REST({ ...(apiUrl && { api: apiUrl }) }).setToken(token);
  const route = guildId ? Routes.applicationGuildCommands(applicationId, guildId) : Routes.applicationCommands(applicationId);
  try {
    await rest.put(route, { body });
  } catch (error) {
    throw new Error(explain(error, applicationId, guildId), { cause: error });
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
  const names = body.map((c) => c.name);
  log.info({ scope: guildId ? "guild" : "global", guildId, commands: names }, "discord commands registered");
  return names;
}

/** Discord's refusal in words that say what to do about it. */
function explain(error: unknown, applicationId: string, guildId: string | undefined): string {
  const { status, code, message } = error as { status?: number; code?: number; message?: string };
  if (status === 401) return "Discord refused DISCORD_TOKEN (401): copy the bot token again (Developer Portal → your application → Bot → Reset Token) into .env";
  if (code === 10002 || status === 404) return `DISCORD_APPLICATION_ID ${applicationId} is not the application of DISCORD_TOKEN: copy the Application ID from the Developer Portal (General Information)`;
  if (code === 50001 || status === 403) {
    return guildId
      ? `the application cannot add commands to server ${guildId}: invite it there with the applications.commands and bot scopes, then run this again`
      : `Discord refused access (403): check that DISCORD_APPLICATION_ID ${applicationId} belongs to DISCORD_TOKEN`;
  }
  return `Discord answered ${status ?? "with an error"}: ${message ?? String(error)}`;
}
