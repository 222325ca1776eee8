// What the bot does with each thing Slack sends: a slash command, a click on "Share in channel", a
// mention. Each acknowledges first (Slack gives up after 3 s), answers after, and never lets an error
// reach Slack's own "failed with the error" message.
import type { App, RespondArguments, RespondFn } from "@slack/bolt";
import type { Bot } from "../../core/bot.js";
import type { Caller } from "../../core/command.js";
import type { MessageDelivery } from "../../core/answer-question.js";
import type { Logger } from "../../logger.js";
import type { Reply } from "../../core/reply.js";
import { escapeText } from "./escape.js";
import { mentionText, slashCommandText } from "./incoming-text.js";
import { createPageStore } from "../shared/page-store.js";
import { PAGE_ACTIONS, renderForSlack, SHARE_ACTION, type SlackMessage, type SlackRenderOptions, type Visibility } from "./render.js";
import { slackErrorFields } from "./slack-errors.js";
import { errorReference } from "../../reference.js";

export interface HandlerDeps {
  bot: Bot;
  log: Logger;
  visibility: Visibility;
  moderators: ReadonlySet<string>;
}

const APOLOGY = "Sorry, I could not show that answer. Please try again in a moment.";

/** Renders, or says sorry: a rendering bug must not leave the person without an answer. */
function render(reply: Reply, options: SlackRenderOptions, log: Logger): SlackMessage {
  try {
    return renderForSlack(reply, options);
  } catch (error) {
    log.error({ err: error, command: reply.command }, "slack: rendering failed");
    return { text: APOLOGY, blocks: [], response_type: "ephemeral" };
  }
}

/** A long answer kept so its asker can page through it. */
interface KeptAnswer {
  askerId: string;
  reply: Reply;
  options: SlackRenderOptions;
}

export function registerHandlers(app: App, { bot, log, visibility, moderators }: HandlerDeps): void {
  const pages = createPageStore<KeptAnswer>();

  /** The answer's first page, kept for its Previous/Next buttons when it has more than one. */
  function paged(reply: Reply, options: SlackRenderOptions, askerId: string): SlackMessage {
    const message = render(reply, options, log);
    if ((message.pages ?? 1) <= 1) return message;
    const key = pages.keep({ askerId, reply, options });
    return render(reply, { ...options, paging: { key, page: 0 } }, log);
  }

  const callerOf = (id: string, name?: string): Caller => ({
    id,
    ...(name && { name }),
    platform: "slack",
    isModerator: moderators.has(id),
  });

  /** The core's reply, or an apology: whatever goes wrong, the person gets an answer. */
  async function answer(line: string, caller: Caller, via: string, delivery: MessageDelivery = {}): Promise<Reply> {
    const started = performance.now();
    try {
      const reply = await bot.handleMessage(line, caller, delivery);
      // Who and what, never the question itself: questions stay out of info-level logs.
      log.info({ platform: "slack", via, command: reply.command, status: reply.status, user: caller.id, ms: Math.round(performance.now() - started) }, "answered");
      return reply;
    } catch (error) {
      const reference = errorReference();
      log.error({ err: error, via, reference, user: caller.id }, "slack: answering failed");
      return { command: "?", status: "error", code: "internal", reference, message: `Sorry, something went wrong. It has been logged as ${reference}.` };
    }
  }

  /** Sends through `response_url`; if Slack refuses the blocks, says sorry in plain text instead. */
  async function send(respond: RespondFn, message: RespondArguments, what: string): Promise<boolean> {
    try {
      await respond(message);
      return true;
    } catch (error) {
      log.warn({ ...slackErrorFields(error), what }, "slack: respond failed");
      try {
        await respond({ response_type: "ephemeral", replace_original: false, text: APOLOGY });
      } catch (again) {
        log.error({ ...slackErrorFields(again), what }, "slack: apology failed too");
      }
      return false;
    }
  }

  // Every slash command, whatever its name: the core knows them all, and answers unknown ones politely.
  app.command(/^\/.+/, async ({ command, ack, respond }) => {
    // Slack gives up after 3 s: acknowledge first, search after.
    await ack();
    const line = `${command.command} ${slashCommandText(command.text ?? "")}`.trim();
    // A long command (a reload) shows its first progress note at once; the answer then replaces it.
    // One note only: a response_url takes five messages at most.
    let noted: Promise<boolean> | undefined;
    const progress = (note: string) => {
      noted ??= respondQuietly(respond, { response_type: "ephemeral", text: escapeText(note) });
    };
    const reply = await answer(line, callerOf(command.user_id, command.user_name), "slash", { progress });
    const message = paged(reply, { visibility, line, askedBy: command.user_id, shareable: true }, command.user_id);
    const replace = (await noted) === true && message.response_type === "ephemeral";
    await send(respond, { ...asRespond(message), ...(replace && { replace_original: true }) }, "answer");
  });

  // "Share in channel": answer the same command line again, for everyone this time.
  app.action({ type: "block_actions", action_id: SHARE_ACTION }, async ({ ack, action, body, respond, client }) => {
    await ack();
    const line = action.type === "button" ? (action.value ?? "") : "";
    const reply = await answer(line, callerOf(body.user.id, body.user.name), "share");
    const message = paged(reply, { visibility: "in_channel", line, askedBy: body.user.id }, body.user.id);
    if (message.response_type === "ephemeral") {
      await send(respond, { ...asRespond(message), replace_original: false }, "share refusal");
      return;
    }
    const shared = await respondQuietly(respond, { ...asRespond(message), replace_original: false });
    if (!shared && body.channel?.id) {
      // response_url expires after 30 minutes; posting needs the bot in the channel, but is worth a try.
      try {
        await client.chat.postMessage({ channel: body.channel.id, ...content(message), unfurl_links: false, unfurl_media: false });
      } catch (error) {
        log.warn({ ...slackErrorFields(error) }, "slack: sharing failed");
        await send(respond, { response_type: "ephemeral", replace_original: false, text: "Sorry, I could not share that answer here." }, "share apology");
        return;
      }
    }
    // The private copy has done its job.
    await respondQuietly(respond, { delete_original: true });
  });

  // "@corpus-bot who said …?" in a channel: the answer goes in a thread under the question.
  app.event("app_mention", async ({ event, client, context }) => {
    // Slack retries when our acknowledgement was late; the first delivery is being answered already.
    if (context.retryReason === "http_timeout") return;
    // Other bots mentioning this one could start a conversation between machines.
    const user = event.user;
    if (!user || event.bot_id) return;
    const line = mentionText(event.text).trim() || "/help";
    // A thread is one conversation: "what else did she say?" under the answer follows it.
    const conversation = `slack:${event.channel}:${event.thread_ts ?? event.ts}`;
    const reply = await answer(line, callerOf(user), "mention", { conversation });
    const message = paged(reply, { visibility: "in_channel", line, askedBy: user }, user);
    const where = { channel: event.channel, thread_ts: event.thread_ts ?? event.ts };
    try {
      if (message.response_type === "in_channel") {
        await client.chat.postMessage({ ...where, ...content(message), unfurl_links: false, unfurl_media: false });
      } else {
        await client.chat.postEphemeral({ ...where, user, ...content(message) });
      }
    } catch (error) {
      log.warn({ ...slackErrorFields(error) }, "slack: mention reply failed");
      await client.chat.postEphemeral({ ...where, user, text: APOLOGY }).catch((again: unknown) => {
        log.error({ ...slackErrorFields(again) }, "slack: apology failed too");
      });
    }
  });

  // Previous / Next on a long answer: only its asker turns the pages, in place.
  app.action({ type: "block_actions", action_id: new RegExp(`^(?:${PAGE_ACTIONS.previous}|${PAGE_ACTIONS.next})$`) }, async ({ ack, action, body, respond }) => {
    await ack();
    const m = /^([0-9a-f]{1,40}):(\d{1,4})$/.exec(action.type === "button" ? (action.value ?? "") : "");
    const kept = m?.[1] ? pages.get(m[1]) : undefined;
    if (!m?.[1] || !kept) {
      await send(respond, { response_type: "ephemeral", replace_original: false, text: "These pages have expired: ask again to browse them." }, "pages expired");
      return;
    }
    if (kept.askerId !== body.user.id) {
      await send(respond, { response_type: "ephemeral", replace_original: false, text: "Only the person who asked can turn these pages. Ask the question yourself to browse them." }, "not the asker");
      return;
    }
    const message = render(kept.reply, { ...kept.options, paging: { key: m[1], page: Number(m[2]) } }, log);
    await send(respond, { ...asRespond(message), replace_original: true }, "page");
  });

  // A direct message to the bot: a question in its own conversation (the DM, or the thread within it).
  app.event("message", async ({ event, client, context }) => {
    if (context.retryReason === "http_timeout") return;
    // Only what a person writes in a DM: no edits, joins or other bots (nor this bot's own answers).
    if (event.channel_type !== "im" || event.subtype !== undefined || !("user" in event) || !event.user || ("bot_id" in event && event.bot_id)) return;
    const text = ("text" in event && typeof event.text === "string" ? event.text : "").trim() || "/help";
    const threadTs = "thread_ts" in event && typeof event.thread_ts === "string" ? event.thread_ts : undefined;
    const conversation = `slack:${event.channel}:${threadTs ?? "dm"}`;
    const reply = await answer(text, callerOf(event.user), "dm", { conversation });
    const message = paged(reply, { visibility: "in_channel", line: text }, event.user);
    try {
      await client.chat.postMessage({ channel: event.channel, ...(threadTs && { thread_ts: threadTs }), ...content(message), unfurl_links: false, unfurl_media: false });
    } catch (error) {
      log.warn({ ...slackErrorFields(error) }, "slack: DM reply failed");
    }
  });

  async function respondQuietly(respond: RespondFn, message: RespondArguments): Promise<boolean> {
    try {
      await respond(message);
      return true;
    } catch (error) {
      log.warn({ ...slackErrorFields(error) }, "slack: respond failed");
      return false;
    }
  }
}

/** Text and blocks, as chat.postMessage and friends take them (no empty block list: Slack refuses it). */
function content(message: SlackMessage): { text: string; blocks?: SlackMessage["blocks"] } {
  return message.blocks.length > 0 ? { text: message.text, blocks: message.blocks } : { text: message.text };
}

function asRespond(message: SlackMessage): RespondArguments {
  return { response_type: message.response_type, ...content(message) };
}
