// Sentences in the plain shape of news copy: who did what to what, where, when. Word choice follows the
// vocabulary's Zipf ranks, so common words recur everywhere and invented rare words stay rare.
import type { Rng } from "./prng.js";
import { DETERMINERS, PREPOSITIONS, type Vocabulary } from "./vocabulary.js";
import type { Cast } from "./people.js";

export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
export const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export class SentenceMaker {
  constructor(
    private readonly vocab: Vocabulary,
    private readonly cast: Cast,
  ) {}

  /** A noun phrase: "the new harbour", "a brantovel of the council", sometimes a place or organisation. */
  nounPhrase(rng: Rng, depth = 0): string {
    if (rng.chance(0.08)) return this.cast.drawPlace(rng);
    if (rng.chance(0.05)) return `the ${this.cast.drawOrganization(rng)}`;
    let np = rng.pick(DETERMINERS);
    if (rng.chance(0.45)) np += ` ${this.vocab.draw(rng)}`;
    np += ` ${this.vocab.draw(rng)}`;
    if (rng.chance(0.2)) np = `${np}s`.replace(/ss$/, "sses");
    if (depth === 0 && rng.chance(0.3)) np += ` of ${this.nounPhrase(rng, depth + 1)}`;
    return np;
  }

  /** A clause without its full stop. */
  clause(rng: Rng): string {
    let s = `${this.nounPhrase(rng)} ${this.vocab.verbPast(rng)} ${this.nounPhrase(rng)}`;
    if (rng.chance(0.6)) s += ` ${rng.pick(PREPOSITIONS)} ${this.nounPhrase(rng)}`;
    if (rng.chance(0.25)) s += `, and ${this.vocab.verbPast(rng)} ${this.nounPhrase(rng)}`;
    if (rng.chance(0.15)) s += ` because ${this.nounPhrase(rng)} would ${this.vocab.verbBase(rng)} ${this.nounPhrase(rng)}`;
    return s;
  }

  /** A narrative sentence; now and then opened by a date a timeline could place. */
  narrative(rng: Rng, published: Date | undefined): string {
    const body = this.clause(rng);
    if (rng.chance(0.12)) return `${this.dateOpener(rng, published)}, ${body}.`;
    if (rng.chance(0.1)) return `${capitalize(this.reporters(rng))} said ${body}.`;
    return `${capitalize(body)}.`;
  }

  /** A first-person sentence for a quotation, without its final punctuation. */
  quoteSentence(rng: Rng): string {
    switch (rng.int(0, 4)) {
      case 0:
        return `We ${this.vocab.verbPast(rng)} ${this.nounPhrase(rng)} ${rng.pick(PREPOSITIONS)} ${this.nounPhrase(rng)}`;
      case 1:
        return `This ${this.vocab.draw(rng)} will ${this.vocab.verbBase(rng)} ${this.nounPhrase(rng)} and ${this.nounPhrase(rng)}`;
      case 2:
        return `I think ${this.clause(rng)}`;
      case 3:
        return `Nobody should ${this.vocab.verbBase(rng)} ${this.nounPhrase(rng)} ${rng.pick(PREPOSITIONS)} ${this.nounPhrase(rng)}`;
      default:
        return `Our ${this.vocab.draw(rng)} ${this.vocab.verbPast(rng)} ${this.nounPhrase(rng)}, and it will ${this.vocab.verbBase(rng)} ${this.nounPhrase(rng)}`;
    }
  }

  reporters(rng: Rng): string {
    return rng.pick(["officials", "residents", "critics", "analysts", "campaigners", "police", "the report", "documents seen by reporters"]);
  }

  /** Relative and absolute dates as reporters write them: the timeline's everyday input. */
  dateOpener(rng: Rng, published: Date | undefined): string {
    switch (rng.int(0, 5)) {
      case 0:
        return `Last ${rng.pick(WEEKDAYS)}`;
      case 1:
        return `On ${rng.pick(WEEKDAYS)}`;
      case 2:
        return `In ${rng.pick(MONTHS)}`;
      case 3:
        return `In ${rng.int(1995, (published?.getUTCFullYear() ?? 2020) - 1)}`;
      case 4:
        return `On ${rng.pick(MONTHS)} ${rng.int(1, 28)}`;
      default:
        return `Earlier this ${rng.pick(["week", "month", "year"])}`;
    }
  }

  headline(rng: Rng): string {
    const words = [this.vocab.draw(rng), this.vocab.verbPast(rng), this.vocab.draw(rng), rng.pick(PREPOSITIONS), this.cast.drawPlace(rng)];
    if (rng.chance(0.5)) words.unshift(this.vocab.draw(rng));
    return words.map((w) => (w.length > 3 || w === words[0] ? capitalize(w) : w)).join(" ");
  }
}
