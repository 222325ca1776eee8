// "@corpus-bot who said …?" in a Discord channel or thread, or anything said to the bot in a DM: read as a
// question by the core, answered as a reply to the message. The channel (a thread is a channel) is the
// conversation, one per person within it, so "what else did she say?" follows that person's last answer.
import type { Message } from "discord.js";
import type { Bot } from "../../core/bot.js";
import type { Caller } from "../../core/command.js";
import type { Logger } from "../../logger.js";
import { errorReference } from "../../reference.js";
import { pageMessage, type PageStore } from "./paging.js";
import { NO_PINGS, renderForDiscord } from "./render.js";
import { safeError } from "./safe-error.js";

export interface MentionDeps {
  bot: Bot;
  log: Logger;
  pages: PageStore;
}

export function createMentionHandler({ bot, log, pages }: MentionDeps): (message: Message) => Promise<void> {
  return async (message) => {
    const me = message.client.user;
    // Bots talking to bots would never stop; a message that is not for this bot is none of its business.
    if (!me || message.author.bot || message.author.id === me.id) return;
    const direct = message.guildId === null;
    if (!direct && !message.mentions.users.has(me.id)) return;
    const text = message.content.replace(new RegExp(`<@!?${me.id}>`, "g"), " ").trim() || "/help";
    // Moderator commands are slash commands, where Discord vouches for the member's roles.
    const caller: Caller = { id: message.author.id, name: message.author.username, platform: "discord", isModerator: false };
    try {
      const reply = await bot.handleMessage(text, caller, { conversation: `discord:${message.channelId}` });
      log.info({ via: direct ? "dm" : "mention", command: reply.command, status: reply.status, user: caller.id }, "answered");
      const answer = renderForDiscord(reply, { defaultPrivate: false });
      // Only the asker may turn the pages, as with slash commands.
      const key = answer.pages.length > 1 ? pages.keep({ askerId: caller.id, answer }) : undefined;
      await message.reply({ ...pageMessage(answer, 0, key), allowedMentions: { ...NO_PINGS, repliedUser: false } });
    } catch (error) {
      const reference = errorReference();
      log.error({ error: safeError(error), reference, user: caller.id }, "discord: answering a mention failed");
      await message
        .reply({ content: `Sorry, something went wrong. It has been logged as ${reference}.`, allowedMentions: { ...NO_PINGS, repliedUser: false } })
        .catch(() => {});
    }
  };
}
