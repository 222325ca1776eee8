// Names, roles and typed words in a comparable form: accents, case, apostrophe glyphs and spacing drop
// out, so "Amber Rudd", "amber  rudd" and "Ámber Rudd’s" meet.
import { BoundedCache } from "./bounded-cache.js";

// The same few names are folded over and over.
const FOLDED = new BoundedCache<string>(20_000);

export function fold(s: string): string {
  return FOLDED.get(s, () => s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, " ").trim());
}
