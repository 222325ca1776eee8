// The people, organisations and places articles talk about. Speakers recur across articles (a minister
// is quoted in hundreds of stories), which is what makes /quotes and speaker merging work at scale.
import { createRng, ZipfSampler, type Rng } from "./prng.js";
import { pseudoWord } from "./vocabulary.js";

export interface Person {
  first: string;
  last: string;
  gender: "f" | "m";
  role: string;
  organization: string;
}

export interface Cast {
  people: readonly Person[];
  organizations: readonly string[];
  places: readonly string[];
  publishers: readonly string[];
  /** A speaker: some people are quoted far more often than others. */
  drawPerson(rng: Rng): Person;
  drawOrganization(rng: Rng): string;
  drawPlace(rng: Rng): string;
}

const FEMALE = `Anna Beatrice Carla Diane Elena Fiona Grace Helen Irene Julia Karen Laura Maria Nadia Olivia Paula
  Rachel Sarah Tessa Ursula Vera Wendy Yasmin Zoe Alice Bridget Clare Deborah Emma Frances Gemma Hannah
  Isabel Joanna Katherine Lucy Miriam Nicola Priya Rosa Sofia Theresa Valerie Amira Chloe Ingrid Leila Naomi`;
const MALE = `Adam Benjamin Colin David Edward Frank George Henry Ian James Kevin Liam Mark Nigel Oliver Peter
  Quentin Robert Simon Thomas Victor William Alan Brian Charles Daniel Ethan Felix Gordon Hugo Isaac Jonah
  Keith Lewis Martin Neil Owen Patrick Rupert Samuel Tobias Walter Omar Rahul Stefan Marcus Declan Yusuf`;
const ROLES = [
  "chief executive", "director of policy", "spokeswoman", "spokesman", "chairman", "chairwoman", "head of research",
  "general secretary", "deputy leader", "professor of economics", "senior analyst", "chief constable", "mayor",
  "minister for transport", "minister for health", "shadow home secretary", "general counsel", "founder",
  "head of communications", "president", "treasurer", "chief economist", "campaign director", "lead investigator",
];
const ORG_KINDS = ["Institute", "Council", "Trust", "Foundation", "Group", "Union", "Agency", "Partners", "Society", "Authority", "Commission", "Bank"];
const ORG_PREFIXES = ["Ministry of", "Department for", "Office of"];
const PUBLISHERS = ["The Harbour Herald", "Northgate Times", "Daily Meridian", "The Valley Courier", "Wire Service Weekly", "The Evening Ledger", "Coastal Post", "Metro Standard"];

function capitalize(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** `taken` holds words the names must not collide with (the vocabulary), so a surname is one person. */
export function buildCast(seed: number, peopleCount: number, taken: ReadonlySet<string>): Cast {
  const rng = createRng(seed);
  const females = FEMALE.split(/\s+/).filter(Boolean);
  const males = MALE.split(/\s+/).filter(Boolean);
  const used = new Set<string>(taken);
  const fresh = (min: number, max: number): string => {
    for (;;) {
      const w = pseudoWord(rng, min, max);
      if (w.length >= 4 && !used.has(w)) {
        used.add(w);
        return capitalize(w);
      }
    }
  };
  const places = Array.from({ length: 300 }, () => (rng.chance(0.2) ? `Port ${fresh(2, 2)}` : fresh(2, 3)));
  const organizations = Array.from({ length: 400 }, () =>
    rng.chance(0.25) ? `${rng.pick(ORG_PREFIXES)} ${capitalize(rng.pick(["Harbours", "Transport", "Health", "Trade", "Energy", "Justice", "Housing", "Culture", "Digital Affairs", "Fisheries"]))}${rng.chance(0.5) ? "" : ` of ${rng.pick(places)}`}`
      : `${fresh(2, 3)} ${rng.pick(ORG_KINDS)}`,
  );
  const people: Person[] = Array.from({ length: peopleCount }, () => {
    const gender = rng.chance(0.5) ? "f" : "m";
    return {
      first: rng.pick(gender === "f" ? females : males),
      last: fresh(2, 3),
      gender,
      role: rng.pick(ROLES),
      organization: rng.pick(organizations),
    };
  });
  const personZipf = new ZipfSampler(people.length, 0.8);
  const orgZipf = new ZipfSampler(organizations.length, 0.9);
  const placeZipf = new ZipfSampler(places.length, 0.9);
  return {
    people,
    organizations,
    places,
    publishers: PUBLISHERS,
    drawPerson: (r) => people[personZipf.draw(r)] as Person,
    drawOrganization: (r) => organizations[orgZipf.draw(r)] as string,
    drawPlace: (r) => places[placeZipf.draw(r)] as string,
  };
}

export function fullName(p: Person): string {
  return `${p.first} ${p.last}`;
}
