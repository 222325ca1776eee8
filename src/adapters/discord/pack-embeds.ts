// Fits embeds into messages: each embed inside its own limits, each message inside 10 embeds and
// 6,000 characters in total. What does not fit is counted, so the reader is told "… and N more".
import { DISCORD, clip } from "./limits.js";

export interface DiscordEmbed {
  title?: string;
  url?: string;
  description?: string;
  fields?: { name: string; value: string; inline?: boolean }[];
  footer?: { text: string };
}

/** The characters Discord counts towards a message's 6,000. */
export function embedSize(e: DiscordEmbed): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0)
  );
}

/** Clips every part of an embed to its own limit, then the description so the whole fits `budget`. */
export function fitEmbed(e: DiscordEmbed, budget: number = DISCORD.embedTotal): DiscordEmbed {
  const fields = e.fields?.slice(0, DISCORD.embedFields).map((f) => ({
    ...f,
    name: clip(f.name, DISCORD.fieldName),
    value: clip(f.value, DISCORD.fieldValue),
  }));
  const fitted: DiscordEmbed = {
    ...e,
    ...(e.title !== undefined && { title: clip(e.title, DISCORD.embedTitle) }),
    ...(e.description !== undefined && { description: clip(e.description, DISCORD.embedDescription) }),
    ...(fields && { fields }),
    ...(e.footer && { footer: { text: clip(e.footer.text, DISCORD.footerText) } }),
  };
  const over = embedSize(fitted) - budget;
  if (over <= 0) return fitted;
  // The description is what a long quotation makes long: it gives way first, then the footer.
  const description = fitted.description ?? "";
  const shorter = { ...fitted, description: clip(description, Math.max(40, description.length - over)) };
  const still = embedSize(shorter) - budget;
  if (still <= 0 || !shorter.footer) return shorter;
  return { ...shorter, footer: { text: clip(shorter.footer.text, Math.max(20, shorter.footer.text.length - still)) } };
}

/** As many embeds as fit in one message, and how many were left out. */
export function onePage(embeds: readonly DiscordEmbed[]): { embeds: DiscordEmbed[]; left: number } {
  const [first] = pages(embeds, DISCORD.embeds);
  const shown = first ?? [];
  return { embeds: shown, left: embeds.length - shown.length };
}

/** Splits embeds into messages of at most `perPage` embeds, each message inside Discord's limits. */
export function pages(embeds: readonly DiscordEmbed[], perPage: number): DiscordEmbed[][] {
  const out: DiscordEmbed[][] = [];
  let page: DiscordEmbed[] = [];
  let size = 0;
  for (const raw of embeds) {
    const e = fitEmbed(raw);
    const n = embedSize(e);
    if (page.length > 0 && (page.length >= Math.min(perPage, DISCORD.embeds) || size + n > DISCORD.embedTotal)) {
      out.push(page);
      page = [];
      size = 0;
    }
    page.push(e);
    size += n;
  }
  if (page.length > 0) out.push(page);
  return out;
}
