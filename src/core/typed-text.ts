// What a person may type as a fragment or a name: plain words. Markup, invisible characters and text
// without a single letter or digit are turned away with a usage line before any search runs.
import { z } from "zod";
import { holdsMarkup } from "../text/markup.js";

// Zero-width and bidirectional controls hide or reorder what the text shows; nobody types them on purpose.
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

// C1 controls (U+0080–U+009F) drive terminals as ESC sequences do; no keyboard types them.
const C1_CONTROL = /[\u0080-\u009f]/;

export function typedText(max: number) {
  return z
    .string()
    .trim()
    .min(1, "it is empty")
    .max(max, `keep it under ${max} characters`)
    .refine((s) => !INVISIBLE.test(s), "it holds invisible characters")
    .refine((s) => !C1_CONTROL.test(s), "it holds control characters")
    .refine((s) => !holdsMarkup(s), "it holds markup; type plain words")
    .refine((s) => /[\p{L}\p{N}]/u.test(s), "it holds no words");
}

/** Free words that may hold markup (a topic is read through it) but never a hidden control. */
export function looseText(max: number) {
  return z
    .string()
    .trim()
    .max(max, `keep it under ${max} characters`)
    .refine((s) => !INVISIBLE.test(s), "it holds invisible characters")
    .refine((s) => !C1_CONTROL.test(s), "it holds control characters");
}
