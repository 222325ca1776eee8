// Translates Discord interactions for the core: slash commands, autocomplete and page buttons.
import {
  MessageFlags,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
} from "discord.js";
import type { Bot } from "../../core/bot.js";
import type { Caller } from "../../core/command.js";
import type { Logger } from "../../logger.js";
import type { RawOptions } from "../../core/parse-command-line.js";
import { DISCORD, cut } from "./limits.js";
import { isDiscordModerator } from "./moderator.js";
import { pageMessage, parsePageButtonId, type PageStore } from "./paging.js";
import { progressNotes } from "./progress-notes.js";
import { PRIVATE_OPTION } from "./register.js";
import { NO_PINGS, renderForDiscord, type DiscordAnswer } from "./render.js";
import { safeError } from "./safe-error.js";

export interface InteractionDeps {
  bot: Bot;
  log: Logger;
  pages: PageStore;
  /** DISCORD_DEFAULT_PRIVATE. */
  defaultPrivate: boolean;
  /** DISCORD_MODERATOR_ROLE. */
  moderatorRole?: string | undefined;
  /** How long an answer may take before we tell Discord we are still thinking; well inside its 3 s. */
  deferAfterMs: number;
}

const APOLOGY = "Sorry, something went wrong on my side. Please try again in a moment.";

export function createInteractionHandler(deps: InteractionDeps): (interaction: Interaction) => Promise<void> {
  const { bot, log, pages } = deps;

  async function answerCommand(i: ChatInputCommandInteraction): Promise<void> {
    const { values, asked } = optionValues(i);
    const notes = progressNotes(
      (body) => i.editReply(body),
      (error) => log.warn({ error: safeError(error), interaction: i.id }, "discord progress note failed"),
    );
    const answer = (async (): Promise<DiscordAnswer> => {
      const command = bot.find(i.commandName);
      const caller: Caller = {
        id: i.user.id,
        name: i.user.username,
        platform: "discord",
        // Only a moderator command needs to know (and only a role name may cost a request).
        isModerator: command?.access === "moderator" ? await isDiscordModerator(i, deps.moderatorRole) : false,
      };
      const reply = await bot.handleOptions(i.commandName, values, caller, { progress: notes.note });
      return renderForDiscord(reply, { private: asked, defaultPrivate: deps.defaultPrivate });
    })();

    // Discord gives up after 3 s: answer at once when the answer is quick, otherwise say "thinking…" first.
    const timer = delay(deps.deferAfterMs);
    const quick = await Promise.race([answer, timer.promise]).finally(timer.cancel);
    if (quick) {
      await i.reply({ ...messageFor(quick, i.user.id), ...flags(quick.ephemeral) });
      return;
    }
    const privateGuess = asked ?? deps.defaultPrivate;
    await i.deferReply(flags(privateGuess));
    notes.deferred();
    const late = await answer;
    await notes.finish();
    if (late.ephemeral && !privateGuess) {
      // A public "thinking…" cannot become private: an error or usage line replaces it, for the asker alone.
      await i.deleteReply();
      await i.followUp({ ...messageFor(late, i.user.id), ...flags(true) });
      return;
    }
    await i.editReply(messageFor(late, i.user.id));
  }

  /** The first page, and buttons for the rest when the answer has several. */
  function messageFor(answer: DiscordAnswer, askerId: string) {
    const key = answer.pages.length > 1 ? pages.keep({ askerId, answer }) : undefined;
    return pageMessage(answer, 0, key);
  }

  async function turnPage(i: ButtonInteraction): Promise<void> {
    const target = parsePageButtonId(i.customId);
    const kept = target && pages.get(target.key);
    if (!target || !kept) {
      await i.reply({ content: "These pages have expired: run the command again to browse them.", allowedMentions: NO_PINGS, ...flags(true) });
      return;
    }
    if (kept.askerId !== i.user.id) {
      await i.reply({
        content: "Only the person who asked can turn these pages. Run the command yourself to browse them.",
        allowedMentions: NO_PINGS,
        ...flags(true),
      });
      return;
    }
    await i.update(pageMessage(kept.answer, target.page, target.key));
  }

  async function complete(i: AutocompleteInteraction): Promise<void> {
    const focused = i.options.getFocused(true);
    const found = bot.suggest(i.commandName, focused.name, String(focused.value ?? ""), DISCORD.autocompleteChoices);
    const choices = found
      .map((s) => ({ name: cut(s, DISCORD.choiceName), value: cut(s, DISCORD.choiceValue, "") }))
      .filter((c) => c.name !== "" && c.value !== "");
    await i.respond(choices.slice(0, DISCORD.autocompleteChoices));
  }

  async function apologise(i: Interaction): Promise<void> {
    if (i.isAutocomplete()) {
      if (!i.responded) await i.respond([]);
      return;
    }
    if (!i.isRepliable()) return;
    if (i.deferred && !i.replied) await i.editReply({ content: APOLOGY, embeds: [], components: [], allowedMentions: NO_PINGS });
    else if (i.replied) await i.followUp({ content: APOLOGY, allowedMentions: NO_PINGS, ...flags(true) });
    else await i.reply({ content: APOLOGY, allowedMentions: NO_PINGS, ...flags(true) });
  }

  return async function handle(interaction: Interaction): Promise<void> {
    try {
      if (interaction.isChatInputCommand()) await answerCommand(interaction);
      else if (interaction.isAutocomplete()) await complete(interaction);
      else if (interaction.isButton()) await turnPage(interaction);
    } catch (error) {
      // Never the interaction's token: it lets anyone answer as the bot for 15 minutes.
      log.error({ error: safeError(error), interaction: interaction.id, type: interaction.type, command: commandOf(interaction) }, "discord interaction failed");
      await apologise(interaction).catch((e: unknown) => log.warn({ error: safeError(e), interaction: interaction.id }, "discord apology failed too"));
    }
  };
}

/** The options as the core reads them, without `private`, which is the adapter's own. */
function optionValues(i: ChatInputCommandInteraction): { values: RawOptions; asked: boolean | undefined } {
  const values: RawOptions = {};
  let asked: boolean | undefined;
  for (const o of i.options.data) {
    if (o.name === PRIVATE_OPTION && typeof o.value === "boolean") asked = o.value;
    else if (typeof o.value === "string" || typeof o.value === "number" || typeof o.value === "boolean") values[o.name] = o.value;
  }
  return { values, asked };
}

function flags(ephemeral: boolean): { flags?: MessageFlags.Ephemeral } {
  return ephemeral ? { flags: MessageFlags.Ephemeral } : {};
}

function commandOf(i: Interaction): string | undefined {
  return i.isChatInputCommand() || i.isAutocomplete() ? i.commandName : i.isButton() ? "page" : undefined;
}

function delay(ms: number): { promise: Promise<undefined>; cancel(): void } {
  let timer: NodeJS.Timeout | undefined;
  const promise = new Promise<undefined>((resolve) => (timer = setTimeout(resolve, ms, undefined)));
  return { promise, cancel: () => clearTimeout(timer) };
}
