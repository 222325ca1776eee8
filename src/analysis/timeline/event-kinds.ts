// The kind of thing a report says happened, read from its event nouns and verbs: an attack, a meeting, a
// vote. Two reports of one day are one event when they tell the same kind of thing about the same rare
// place, person or subject; sharing only a date, or only a topic, is not enough.
import { processTerm } from "../../text/terms.js";

const KINDS: Record<string, string> = {
  attack: `attack attacks attacked attacker attackers assault stabbing stabbed stabbings shooting shot shootings gunman
    gunmen gunfire bomb bombing bombings bombed blast explosion exploded slaughter massacre rampage killing killings
    ambush raid raids terror terrorist hostage`,
  disaster: `fire fires blaze flood floods flooding flooded storm storms hurricane earthquake quake tsunami landslide
    avalanche eruption crash crashed collision derailed derailment collapse collapsed wildfire wildfires drought`,
  meeting: `meet meets meeting meetings met talks summit summoned summon conference negotiations visit visited`,
  vote: `vote votes voted voting ballot referendum election elections elected poll polls`,
  statement: `statement statements announced announcement announce declaration letter speech address interview
    published publish report unveiled`,
  arrest: `arrest arrested arrests detained detention custody charged charges raid`,
  court: `court trial verdict sentenced sentence sentencing hearing convicted acquitted jailed jury judge ruled ruling
    appeal pleaded`,
  strike: `strike strikes striking walkout walked protest protests protesters march marched rally rallies demonstration`,
  departure: `resign resigned resignation quit fired sacked dismissed ousted retire retired retirement`,
  agreement: `deal agreement agreed signed sign treaty accord pact contract merger takeover acquisition`,
  launch: `launch launched opened opening unveil released release`,
  death: `died dies death dead killed funeral`,
  match: `match game beat won lost defeated draw drew final`,
};

/** Kinds whose reports name different people for one event (victims, witnesses, suspects under other names). */
export const INCIDENT_KINDS = new Set(["attack", "disaster", "death"]);

const KIND_OF_TERM = new Map<string, string[]>();
for (const [kind, words] of Object.entries(KINDS)) {
  for (const word of words.split(/\s+/).filter(Boolean)) {
    const term = processTerm(word);
    if (!term) continue;
    const kinds = KIND_OF_TERM.get(term) ?? [];
    if (!kinds.includes(kind)) kinds.push(kind);
    KIND_OF_TERM.set(term, kinds);
  }
}

/** The kinds of event the terms of a report speak of. */
export function eventKinds(terms: Iterable<string>): Set<string> {
  const kinds = new Set<string>();
  for (const t of terms) for (const k of KIND_OF_TERM.get(t) ?? []) kinds.add(k);
  return kinds;
}

/** True when the term names the kind of event rather than what it was about. */
export function isKindTerm(term: string): boolean {
  return KIND_OF_TERM.has(term);
}
