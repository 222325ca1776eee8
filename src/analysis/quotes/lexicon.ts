// Word lists that tell names, titles, roles and organisations apart in English news copy. They hold
// kinds of words (titles, job nouns, organisation nouns), never the names of particular people.

const words = (s: string) => new Set(s.trim().split(/\s+/).map((w) => w.toLowerCase()));

/** Honorifics: they start a name and may tell its gender. */
export const HONORIFICS: ReadonlyMap<string, "m" | "f" | undefined> = new Map([
  ["mr", "m"], ["mr.", "m"], ["mrs", "f"], ["mrs.", "f"], ["ms", "f"], ["ms.", "f"], ["miss", "f"],
  ["sir", "m"], ["dame", "f"], ["lord", "m"], ["lady", "f"], ["dr", undefined], ["dr.", undefined],
  ["prof", undefined], ["prof.", undefined], ["rev", undefined], ["rev.", undefined], ["cllr", undefined],
  ["sen.", undefined], ["rep.", undefined], ["gov.", undefined], ["lt.", undefined], ["col.", undefined],
  ["gen.", undefined], ["sgt.", undefined], ["capt.", undefined], ["det.", undefined], ["supt.", undefined],
  ["insp.", undefined], ["hon.", undefined], ["pres.", undefined], ["amb.", undefined], ["adm.", undefined],
  ["maj.", undefined], ["del.", undefined], ["atty.", undefined], ["mx", undefined], ["fr.", undefined],
]);

/** Written-out forms of abbreviated titles, so "Gov. Pence" and "the governor" meet. */
export const TITLE_EXPANSIONS: Readonly<Record<string, string>> = {
  "sen.": "senator", "rep.": "representative", "gov.": "governor", "gen.": "general", "lt.": "lieutenant",
  "col.": "colonel", "sgt.": "sergeant", "capt.": "captain", "det.": "detective", "supt.": "superintendent",
  "insp.": "inspector", "pres.": "president", "amb.": "ambassador", "adm.": "admiral", "maj.": "major",
  "del.": "delegate", "atty.": "attorney", "prof.": "professor", "dr.": "doctor", "rev.": "reverend",
};

/** Words of a title or office written before a name ("Home Secretary Amber Rudd", "Rival Hillary Clinton"). */
export const ROLE_WORDS = words(`
president vice prime minister secretary senator representative congressman congresswoman governor mayor
director chief constable general major attorney home foreign justice judge speaker chairman chairwoman chair
executive officer commissioner superintendent inspector detective sheriff ambassador chancellor leader
deputy acting former shadow commander admiral captain sergeant lieutenant colonel agent councillor
councilman councilwoman alderman bishop archbishop cardinal pope king queen prince princess coach host
anchor founder ceo cfo coo nominee candidate pastor rabbi imam cleric preacher priest provost lawmaker delegate
assemblyman assemblywoman state labor defense defence interior health education treasury energy transport
transportation commerce environment security homeland solicitor auditor comptroller treasurer clerk marshal
recorder controller assessor coroner registrar advocate ombudsman
surgeon trade culture business finance cabinet press communications campaign democratic republican
democrat conservative liberal labour gop rival fellow then late interim senior top minority majority whip
house senate counsel manager strategist adviser advisor spokesman spokeswoman spokesperson professor
doctor reverend father sister brother lady lord sir dame mr mr. mrs mrs. ms ms. dr dr. sen. rep. gov. lt.
col. gen. sgt. capt. det. supt. insp. hon. pres. amb. adm. maj. del. atty. prof. rev. fr. economist
analyst editor columnist correspondent reporter pollster historian lawyer master warden barrister
striker midfielder defender goalkeeper goalie winger quarterback pitcher batsman bowler skipper jockey
`);

/** Lower-case words that qualify an office before a name ("Democratic presidential nominee Hillary Clinton"). */
export const ROLE_ADJECTIVES = words(`presidential vice-presidential gubernatorial mayoral congressional parliamentary
 senatorial ministerial judicial`);

/** Nouns heading a job description ("NCA director", "the Indiana governor", "its director of threat leadership"). */
export const ROLE_NOUNS = words(`
president minister secretary senator representative congressman congresswoman governor mayor director chief
constable general attorney judge justice speaker chairman chairwoman chair chairperson executive officer
commissioner superintendent inspector detective sheriff ambassador chancellor leader deputy commander
captain sergeant councillor councilman councilwoman bishop pastor host anchor founder ceo nominee
candidate lawmaker delegate counsel manager strategist adviser advisor professor doctor economist analyst
editor columnist correspondent reporter pollster historian lawyer head boss lead spokesman spokeswoman
spokesperson aide official member fellow researcher scientist expert activist campaigner organiser
organizer coordinator principal teacher president-elect whip chairman-elect owner partner consultant
surrogate operative staffer adviser investigator prosecutor economist author writer commentator master warden
barrister solicitor striker midfielder defender goalkeeper winger quarterback pitcher skipper
employee worker resident voter student supporter volunteer veteran donor confidant insider engineer
nurse officer trader farmer pilot driver actor actress singer comedian musician artist filmmaker
producer rapper athlete player user blogger commenter viewer reader caller listener fan follower
billionaire businessman businesswoman mogul tycoon magnate entrepreneur hopeful frontrunner front-runner
`);

/** Speakers who stand for an organisation rather than being named. */
export const SPOKES_NOUNS = words(`
spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen representative representatives
source sources official officials aide aides insider insiders statement statements release person
readout memo letter transcript filing editorial study survey summary account
`);

/** Writings that speak for whoever issued them ("a statement from the council" is the council's words). */
export const DOCUMENT_NOUNS = words(`
statement release readout memo letter transcript filing editorial study survey summary account
`);

/** Plural or collective speakers ("campaigners said", "police said"). */
export const GROUP_NOUNS = words(`
campaigners critics officials experts analysts residents activists police officers protesters protestors
supporters opponents lawmakers ministers voters members sources authorities investigators prosecutors
researchers scientists economists witnesses organisers organizers leaders chiefs people doctors teachers
parents students workers democrats republicans aides advisers advisors observers insiders politicians
company firm government agency campaign charity group organisation organization committee council report
study statement newspaper paper magazine tabloid broadcaster outlet blog website network party department
ministry spokesman spokeswoman
`);

/** Words that make a capitalised run an organisation rather than a person. */
export const ORG_WORDS = words(`
office council agency international party department ministry committee commission association institute
foundation university college group inc inc. corp corp. company co. ltd ltd. plc bank post times news journal
network service services police court union campaign center centre club organisation organization
federation coalition board bureau administration government senate congress church society trust fund
project watch forum alliance league media press radio tv television herald tribune guardian telegraph
independent magazine review daily weekly reuters associated europol interpol nato army navy force forces
command unit authority authorities commission parliament assembly caucus movement foundation center
institution laboratory lab labs systems technologies technology software airlines motors industries
holdings partners capital group index poll polls school schools hospital clinic museum library
communications consulting associates laboratories house
`);

/** Words that open a place's name and never a person's ("Port Desky", "Mount Kenya", "Lake Como"). */
export const PLACE_FIRST = words(`port fort mount mt. lake cape isle gulf`);

/** Words that open a short place's name ("North Korea", "New Mexico", "Saudi Arabia"), never a person's. */
export const REGION_FIRST = words(`north south east west new united great saudi latin middle central`);

/** Words that end a place's name and never a person's ("Jersey City", "Kent County", "Rift Valley"). */
export const PLACE_LAST = words(`city county island islands province district valley peninsula airport harbour harbor
 strait straits township borough canyon`);

/**
 * Adverbs in -ly that open a sentence ("Conversely, PolitiFact rated …"): capitalised there, yet no
 * name, while a capitalised "Kelly" or "Emily" is one.
 */
export const SENTENCE_ADVERBS = words(`
conversely additionally importantly notably ironically interestingly unfortunately fortunately obviously clearly
certainly ultimately essentially basically specifically generally typically usually frankly honestly personally
alternatively accordingly consequently subsequently previously currently recently initially eventually lastly
firstly secondly thirdly finally apparently evidently presumably reportedly allegedly similarly separately
surprisingly predictably understandably admittedly arguably curiously remarkably strikingly significantly
crucially locally nationally internationally historically traditionally originally publicly privately officially
domestically along
`);

/** Capitalised words that are not names: days, months, sentence-initial function words. */
/** Words that open a sentence or a clause ("But", "Meanwhile", "Even"): capitalised by their place, never a name. */
export const OPENERS = words(`
but and yet so still however meanwhile later earlier also instead now then today yesterday separately
similarly likewise indeed moreover finally again here there while when as because although though if
even just perhaps maybe nevertheless nonetheless thus therefore besides otherwise neither either
`);

export const NOT_NAME = new Set([
  ...OPENERS,
  ...words(`
monday tuesday wednesday thursday friday saturday sunday january february march april june july august
september october november december the a an or tomorrow last this that these those it its in on at of
for from with by to after before during since asked speaking writing responding according despite under
over about what why how where who which he she they we i you his her their our my your one two three
some many most all both each every no not never ever amid amidst among amongst following citing regarding
concerning upon throughout within toward towards against beyond through across around behind via
like unlike several few others feb apr aug sep sept oct nov dec
`),
]);

export const PRONOUNS: ReadonlyMap<string, "m" | "f" | "plural" | "thing" | "self"> = new Map([
  ["he", "m"], ["she", "f"], ["they", "plural"], ["it", "thing"], ["we", "plural"], ["i", "self"],
]);

/** Role words that tell a gender when nothing else does ("spokeswoman", "chairwoman"). */
export const FEMININE_ROLES = words(`spokeswoman chairwoman congresswoman councilwoman assemblywoman businesswoman
 wife mother daughter sister widow actress queen princess duchess countess baroness dame lady madam`);
export const MASCULINE_ROLES = words(`congressman councilman assemblyman businessman husband father son brother
 widower actor king prince duke count baron sir lord`);

/** Name particles written in lower case inside a name ("Catherine de Bolle", "Ludwig van Beethoven"). */
export const PARTICLES = words(`de van von der den da di du le la bin al ibn del della dos das ter ten 't ’t het op`);
