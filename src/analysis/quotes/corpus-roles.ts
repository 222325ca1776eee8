// A role noun one article leaves unresolved ("Amber Rudd has vowed …" then "The Home Secretary said: …",
// never "Home Secretary Amber Rudd") read with the whole corpus: the speaker is the one person named in
// that same article whom some article of the corpus gives that role. Only people the article itself names
// can fit, so an office held by different people in different years does not leak between articles.
import { roleTokens } from "./doc-people.js";
import { fold } from "../../text/fold.js";
import { ORGANIZATION_NOUNS } from "./doc-organizations.js";
import { UNRESOLVED_ROLE_FACTOR, type DocExtraction } from "./extract.js";
import type { Steps } from "../../text/steps.js";

/** Words that say the role is no longer held ("former", "then"): no evidence for who holds it now. */
const NOT_HELD = /(?:^|[\s-])(?:former|ex|then|late|retired|past|one-time|onetime|erstwhile|would-be|outgoing)(?=[\s-]|$)/i;

/** Words that only say the role is held now ("the current nominee"): every holder we know of fits. */
const CURRENT = new Set(["current", "sitting", "incumbent", "serving", "present"]);

/** A role read through another article is a little less sure than one the article gives itself. */
const CORPUS_ROLE_FACTOR = 0.9;

/**
 * The words a role must share with a person's: "the company's chief executive" asks for a chief
 * executive; the possessive owner ("company's") only says whose, and the article has said so already.
 */
function wantedTokens(role: string): string[] {
  const kept = fold(role)
    .split(/[\s,]+/)
    .filter((w) => !(/'s$/.test(w) && ORGANIZATION_NOUNS.has(w.slice(0, -2))) && !CURRENT.has(w));
  return roleTokens(kept.join(" "));
}

/** Articles, or quotations and roles read, between pause points: one article may hold tens of thousands. */
const PAUSE_EVERY = 256;

/**
 * Gives each unresolved, definite role speaker the one person of its article who holds that role.
 * Pauses (see src/text/steps.ts) every few hundred articles, roles or quotations.
 */
export function* resolveRolesAcrossCorpusSteps(docs: readonly DocExtraction[]): Steps<void> {
  let work = 0;
  // Every role each fully named person holds according to any article.
  const held = new Map<string, Set<string>[]>();
  for (const d of docs) {
    if (++work % PAUSE_EVERY === 0) yield;
    for (const p of d.people) {
      for (const r of p.roles ?? []) {
        if (++work % PAUSE_EVERY === 0) yield;
        if (NOT_HELD.test(r)) continue;
        const tokens = roleTokens(r);
        if (tokens.length === 0) continue;
        const list = held.get(p.key) ?? [];
        list.push(new Set(tokens));
        held.set(p.key, list);
      }
    }
  }
  for (const d of docs) {
    if (++work % PAUSE_EVERY === 0) yield;
    // An article says "the minister" many times: who fits is worked out once per role it uses.
    const fitsFor = new Map<string, DocExtraction["people"]>();
    for (const q of d.quotations) {
      if (++work % PAUSE_EVERY === 0) yield;
      const speaker = q.speaker;
      if (speaker?.kind !== "role" || speaker.indefinite) continue;
      const role = speaker.role ?? speaker.name;
      let fits = fitsFor.get(role);
      if (!fits) {
        const want = wantedTokens(role);
        fits = want.length === 0 ? [] : d.people.filter((p) => (held.get(p.key) ?? []).some((have) => want.every((w) => have.has(w))));
        fitsFor.set(role, fits);
      }
      if (fits.length !== 1) continue;
      const person = fits[0]!;
      const { roles: _roles, ...rest } = person;
      q.speaker = { ...rest, role: person.role ?? role, aliases: [...new Set([...person.aliases, role])] };
      q.roleHere ??= role;
      q.confidence = Math.round((q.confidence / UNRESOLVED_ROLE_FACTOR) * CORPUS_ROLE_FACTOR * 100) / 100;
    }
  }
}
