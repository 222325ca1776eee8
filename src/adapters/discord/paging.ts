// Long lists page with Previous/Next buttons: Discord's buttons and pages; the store is adapters/shared's.
import { createPageStore as createSharedPageStore, type PageStore as SharedPageStore, type PageStoreOptions } from "../shared/page-store.js";
import { ButtonStyle, ComponentType } from "discord.js";
import { DISCORD, clip } from "./limits.js";
import type { DiscordAnswer } from "./render.js";

const PREFIX = "page";

export interface PagedAnswer {
  askerId: string;
  answer: DiscordAnswer;
}

export type PageStore = SharedPageStore<PagedAnswer>;

/** The store of Discord answers: see adapters/shared/page-store.ts. */
export function createPageStore(options: PageStoreOptions = {}): PageStore {
  return createSharedPageStore<PagedAnswer>(options);
}

/** "page:<key>:<n>" for a button that shows page n (0-based). */
export function pageButtonId(key: string, page: number): string {
  return `${PREFIX}:${key}:${page}`;
}

export function parsePageButtonId(customId: string): { key: string; page: number } | undefined {
  const m = /^page:([0-9a-f]{1,40}):(\d{1,4})$/.exec(customId);
  return m?.[1] && m[2] ? { key: m[1], page: Number(m[2]) } : undefined;
}

/** The message body for one page: its embeds, the shared note, the page count and the buttons. */
export function pageMessage(answer: DiscordAnswer, page: number, key: string | undefined) {
  const total = answer.pages.length;
  const at = Math.min(Math.max(page, 0), total - 1);
  const counter = total > 1 ? `Page ${at + 1} of ${total}` : undefined;
  const embeds = answer.pages[at] ?? [];
  // Discord refuses a message with neither text nor embeds.
  const content = [answer.content, counter].filter(Boolean).join("\n") || (embeds.length === 0 ? "Nothing to show." : "");
  return {
    content: clip(content, DISCORD.content),
    embeds,
    allowedMentions: answer.allowedMentions,
    components: key && total > 1 ? [buttonRow(key, at, total)] : [],
  };
}

function buttonRow(key: string, at: number, total: number) {
  return {
    type: ComponentType.ActionRow as const,
    components: [
      { type: ComponentType.Button as const, style: ButtonStyle.Secondary as const, label: "◀ Previous", custom_id: pageButtonId(key, at - 1 < 0 ? 0 : at - 1), disabled: at === 0 },
      { type: ComponentType.Button as const, style: ButtonStyle.Secondary as const, label: "Next ▶", custom_id: pageButtonId(key, Math.min(at + 1, total - 1)), disabled: at === total - 1 },
    ],
  };
}
