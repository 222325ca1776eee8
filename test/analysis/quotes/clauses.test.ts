import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../src/analysis/quotes/extract.js";
import { article, speakerOf } from "./article.js";

// How the clauses of a sentence tie a quotation to its speaker. Invented people and places throughout:
// the rules read English news copy, not particular articles.
describe("a relative clause between the speaker and the cue", () => {
  it("never gives the quote to a name inside the relative clause", () => {
    expect(speakerOf("ferries", "Orla Fenwick, who is standing against councillor Bram Tulley, said the “ferries should run all night in summer”.")).toBe("Orla Fenwick");
    expect(speakerOf("tolls", "Ivo Marchetti, a former harbour official who also sits on the board of the Tarrow Rowing Club, said: “The tolls were never meant to last.”")).toBe("Ivo Marchetti");
  });

  it("reads a relative “that” after a name as part of the description", () => {
    expect(speakerOf("bridge", "Kemi Adeyoola, the founder of the Open Roads League that campaigns for cyclists in Port Selwyn, said: “The bridge is a disgrace.”")).toBe("Kemi Adeyoola");
  });

  it("still reads a subject written inside the relative clause", () => {
    expect(speakerOf("harbour wall", "The plan, which Dana Ostrova said “would save the harbour wall for a generation”, passed on Monday.")).toBe("Dana Ostrova");
  });
});

describe("a term or a title earlier in the sentence", () => {
  it("does not cut a quotation from the cue and the subject before the term", () => {
    expect(speakerOf("same rules", "At the hearing, Mira Castellane said that this was a “new” test and that councils should “follow the same rules as everyone else”.")).toBe("Mira Castellane");
    expect(speakerOf("town's heart", "Tobias Wren has defended the “Old Market” plan, saying the square was “the town's heart and must stay open”.")).toBe("Tobias Wren");
  });

  it("leaves a naming cue with the term it names", () => {
    expect(speakerOf("close the port", "In a recording that judge Halvard Pike called “reckless,” Emil Sarto spoke of a wish to “close the port and sink every ferry in it.”")).not.toBe("Halvard Pike");
  });

  it("keeps the quotation before it as the boundary when that one was kept", () => {
    expect(speakerOf("dredging", "After Ines Morrow said the channel needed “a proper survey this year,” Piet Calloway said: “The dredging can wait until spring.”")).toBe("Piet Calloway");
  });
});

describe("names with initials and a place", () => {
  it("reads initials before a surname as a person, and the place after “of” as where they are from", () => {
    expect(speakerOf("fares", "Harbour Board Chairman T.J. Okonkwo of Port Selwyn said he was “angry” about it, arguing that “fares will double for islanders by May.”")).toBe("T.J. Okonkwo");
  });
});

describe("an attribution after the quotation", () => {
  it("reads an inverted cue after a clause that goes on from the quotation", () => {
    expect(speakerOf("embarrassment", "“It would be an embarrassment for the council” if the vote failed again, said Lio Marchbank, an analyst at the Port Selwyn Institute.")).toBe("Lio Marchbank");
    expect(speakerOf("setting the table", "“The trusts have been setting the table for the vote,” in sharp contrast to earlier years, says Oona Pelletier, a lecturer in Eastport.")).toBe("Oona Pelletier");
  });

  it("reads the next sentence when it opens on the speaker and the cue, however long it runs", () => {
    expect(speakerOf("proud to cast", "“The county of Tarrow is proud to cast its votes for the harbour plan!” councillor Wim Osei said as he opened the count, to loud cheers from the gallery.")).toBe("Wim Osei");
  });

  it("does not take a next sentence that reports speech of its own", () => {
    expect(speakerOf("consequence of", "“It is a sad day,” Ada Brunner told reporters. “This is the consequence of a careless campaign.” Councillor Tomas Ekwall said he would have resigned.")).toBe("Ada Brunner");
  });

  it("gives a quotation after “said X, adding that” to X", () => {
    expect(speakerOf("long time", "“It is not new here,” said councillor Femi Adair at the time, adding that “we have been building sea walls for a long time.” Engineer Petra Lind agreed.")).toBe("Femi Adair");
  });
});

describe("a quotation in a sentence with no reporting verb", () => {
  it("goes to the sentence's subject, less surely than to a cue's", () => {
    const paras = ["Mayor Ingrid Solberg condemned the “attack whose cowardice cannot be denied” in a short address."];
    expect(speakerOf("cowardice", ...paras)).toBe("Ingrid Solberg");
  });

  it("never to the subject of a passive", () => {
    expect(speakerOf("ferry plan", "Councillor Bo Renner was criticised by campaigners for the “ferry plan that nobody on the islands wanted”.")).not.toBe("Bo Renner");
  });
});

describe("a paragraph that introduces the next one with a colon", () => {
  it("gives the quotation that opens the next paragraph to the introducer", () => {
    expect(speakerOf("crossings", "Port director Ilse Varga went on:", "“The crossings will stop at dusk until the new lights are fitted.”")).toBe("Ilse Varga");
    expect(speakerOf("new lights", "When the storm passed in 1998, Mayor Oren Falk released the following statement:", "“Our thoughts are with the crews, and the new lights will be fitted this winter.”")).toBe("Oren Falk");
  });

  it("leaves a quotation alone when the paragraph before names nobody", () => {
    expect(speakerOf("crossings", "Wait, it gets better:", "“The crossings will stop at dusk until the new lights are fitted.”")).toBe("?");
  });
});

describe("a name beside a place or an organisation", () => {
  it("gives the quote to the person, never to the place their role names", () => {
    expect(speakerOf("expect us", "“They expect us to know this,” Wilma Osterhout, the Green chair of Tarrow's Eastmoor County, said of the visitors.")).toBe("Wilma Osterhout");
  });

  it("gives it to the person before the organisation named in their role", () => {
    expect(speakerOf("speech shows", "“Today's speech shows the plan can work,” Caspar Vell, co-founder of the Open Harbour Change Committee, said in a statement.")).toBe("Caspar Vell");
  });

  it("reads a name that opens with a word and “for” as an organisation before a person", () => {
    expect(speakerOf("feed themselves", "“They have to decide whether to feed themselves or their children,” Fair Fares for All organizing director Nadia Krol told a local radio station.")).toBe("Nadia Krol");
  });
});

describe("cues as copy writes them", () => {
  it("reads the cue after a name with accented letters", () => {
    expect(speakerOf("important races", "“You’ve got some very important races this autumn,” Lucía Peñalver said.")).toBe("Lucía Peñalver");
  });

  it("does not read a capitalised weak cue as a verb", () => {
    expect(speakerOf("obligations", "“We take our obligations to the court very seriously,” State spokesman Emre Kaplan said Friday.")).toBe("Emre Kaplan");
  });

  it("reads a compound title before a name", () => {
    expect(speakerOf("acknowledge", "“We had to acknowledge that we lost,” said Harbour Workers Union Secretary-Treasurer Odile Brandt.")).toBe("Odile Brandt");
  });

  it("knows the verbs copy uses for a retort or an aside", () => {
    expect(speakerOf("tough guy", "“Ferdi wants to be a tough guy tonight,” Magda Lorne shot back.")).toBe("Magda Lorne");
    expect(speakerOf("pivot point", "“What was the massive pivot point for the council?” Jens Aalto questioned.")).toBe("Jens Aalto");
  });
});

describe("openers and digests", () => {
  it("never reads a preposition that opens the sentence as a name", () => {
    expect(speakerOf("remember their names", "Amid calls to list the defectors, columnist Ivo Brandt offered a defence of the list, saying it was needed to “identify the traitors and remember their names.”")).toBe("Ivo Brandt");
  });

  it("gives a digest's quotation to the source after the dash, not to the topic", () => {
    expect(speakerOf("biggest lessons", "Pollsters agree - Rosa Imbert: “One of the biggest lessons was a simple one: keep calling voters late.”")).toBe("Rosa Imbert");
  });
});

describe("a quotation that opens a sentence after someone is reported speaking", () => {
  it("is theirs when no quotation stands between", () => {
    expect(speakerOf("running out of time", "“The moderates have failed,” said Kit Moreau. Harbour economist Dana Ilves agreed. “The moderates are running out of time to find a candidate.”")).toBe("Dana Ilves");
    expect(speakerOf("support the ferry", "Sol Brenner distanced himself from the board by saying he would help if asked. “I am going to support the ferry plan, and support it gladly.”")).toBe("Sol Brenner");
  });

  it("reads a name after “and” as the subject of its own clause", () => {
    expect(speakerOf("not breaking", "At one point, a resident asked for a photo and Brenner said, “as long as we are not breaking any rules at the polling station.”")).toBe("Brenner");
  });

  it("gives an unnamed worker's words to them, not to a person named earlier", () => {
    expect(speakerOf("shocked", "The firm and the town's mayor, Pia Lindqvist, confirmed the engineer was aboard. “We are shocked, he was a friend to us,” one Selwyn Ferries employee told the local radio.")).not.toBe("Pia Lindqvist");
  });
});

describe("people described rather than named", () => {
  it("reads a name after words of manner (“a smiling Ruiz”) as that person", () => {
    expect(speakerOf("dumbest client", "A flabbergasted Okonjo quipped, “It is like a lawyer with the dumbest client ever.”")).toBe("Okonjo");
    expect(speakerOf("bellicose", "An angry Ferreira said his critics “seem to think that if I was just more bellicose the storms would stop”.")).toBe("Ferreira");
  });

  it("keeps “close to” and “adviser to” with the unnamed source they describe", () => {
    const paras = ["“The drop is all about the tolls,” said a person close to the Harbour Trust. “That is why the vote was lost.”"];
    expect(speakerOf("vote was lost", ...paras)).toBe("person close to the Harbour Trust");
    expect(speakerOf("tolls will go", "“The tolls will go in May,” said an adviser to Mayor Ines Sato.")).toContain("adviser to Mayor Ines Sato");
  });
});

describe("descriptions around a name", () => {
  it("ends the speaker's words before a relative clause, with or without commas", () => {
    expect(speakerOf("pooh-poohed", "“In the debates he pooh-poohed the harbour bankruptcy,” said Sen. Ilka Marsh who represents Port Selwyn and served as its mayor.")).toBe("Ilka Marsh");
    expect(speakerOf("big deal", "“It was a big deal for the harbour,” Sen. Ilka Marsh who represents Port Selwyn said.")).toBe("Ilka Marsh");
  });

  it("keeps “and a …” inside the description of the person named before it", () => {
    expect(speakerOf("candidates pray", "Tomas Veer, pastor of the Eastport Church of the Harbour and a Lund supporter, said: “I have heard a lot of candidates pray for rain.”")).toBe("Tomas Veer");
  });

  it("never reads “the” and a capitalised title as a person's name", () => {
    expect(speakerOf("desperate to figure", "“What they have been desperate to figure out is the vote,” Odo Brandt, the Harbour National Committeeman from Eastmoor, told a reporter.")).toBe("Odo Brandt");
  });
});

describe("the subject of the quotation's own clause", () => {
  it("is read from the clause the quotation is in, after a dash, a semicolon or “while”", () => {
    expect(speakerOf("smell the salt", "Governor Ivo Lund on Monday signed an order to close the port, while Mayor Rhea Santos proposed they “wake up and smell the salt air” before deciding.")).toBe("Rhea Santos");
  });

  it("gives way to a quotation kept earlier in the same sentence", () => {
    expect(speakerOf("optimistic campaign", "Wim Osei says his “friend and colleague” Ada Brunner ran “an optimistic campaign focused on the future of the harbour.”")).toBe("Wim Osei");
  });

  it("names a document as the source when the sentence says so", () => {
    expect(speakerOf("alliance responses", "Harbour chief Ilse Varga spoke with her counterpart \"to discuss possible alliance responses to the storm damage,\" according to a council readout.")).not.toBe("Ilse Varga");
  });
});

describe("a name that ends at a comma", () => {
  it("keeps the surname after a middle initial when a comma follows it", () => {
    expect(speakerOf("drop out", "Marten K. Ostrova, president of the Harbour Schools Trust, tied the scores to graduation, saying the law helped “thousands of pupils who would have been on course to drop out.”")).toBe("Marten K. Ostrova");
  });

  it("does not read an interjection before a comma as a name", () => {
    expect(speakerOf("crossings", "Wait, it gets better:", "“The crossings will stop at dusk until the new lights are fitted.”")).toBe("?");
  });
});

describe("relative clauses that end before the subject", () => {
  it("reads the name after the relative clause's comma as the subject", () => {
    expect(speakerOf("basic philosophy", "As for harbour analysts who claim to find the plan sensible, Odile Brandt said, “I just think they do not understand what its basic philosophy is.”")).toBe("Odile Brandt");
  });

  it("reads “whom he called” as the pronoun's words, not the noun before", () => {
    expect(speakerOf("divisive figure", "Ivo Lund said he had two options: Vote for Ana Ruiz, whom he called “the most divisive figure in the harbour's history,” or stay at home.")).not.toBe("Vote");
  });
});

describe("ages and acronyms around names", () => {
  it("reads an age before a name as part of the phrase", () => {
    expect(speakerOf("deep commitment", "76-year-old Morten Holm, founder of the Harbour Institute, HYC member in the 1960s, endorsed Ruiz last week, saying she “has shown her deep commitment to the islands.”")).toBe("Morten Holm");
  });

  it("never reads a run with a word in capitals as a person", () => {
    expect(speakerOf("looked me", "“He looked me right in the eye and said yes,” Dora Vidal, the chairwoman of Tarrow's Eastmoor County HBC, recalled.")).toBe("Dora Vidal");
  });
});

describe("descriptions before a name", () => {
  it("reads a past participle of description before a name as part of the speaker's words", () => {
    expect(speakerOf("mistake", "“I am not going to say it is a mistake,” said retired surgeon Ben Okoro, asked about his claims.")).toBe("Ben Okoro");
  });

  it("reads a job with “of” before a full name as that person's role", () => {
    expect(speakerOf("welcoming", "“Thanks, Eastport, for welcoming the new families,” said master of ceremonies Asab Tarkani, an engineer who came to the town decades ago.")).toBe("Asab Tarkani");
  });

  it("knows actors, users and fans as unnamed speakers", () => {
    expect(speakerOf("two-horse race", "“It's like a two-horse race where both horses are lame,” the film actor says of the election.")).toBe("film actor");
  });
});

describe("a job at a firm after a name", () => {
  it("keeps the person, not the firm the job is at", () => {
    expect(speakerOf("turning point", "“If you look at the vote as a turning point, that is where it began,” Dag Usher, director of research at Widmeyer Communications, said at the time.")).toBe("Dag Usher");
  });
});

describe("what bounds the words before a quotation", () => {
  it("only a naming cue owns the term after it; “went on to say” governs its whole clause", () => {
    expect(speakerOf("great things", "Ivo Lund went on to say he is “confident” that once the vote is over, “these two men are going to do great things for the harbour.”")).toBe("Ivo Lund");
  });
});

describe("people of an organisation the article names", () => {
  it("reads “Company sources” as the sources of the one company named", () => {
    const paras = [
      "Tarrow Ferries Ltd, the company that runs the island crossings, raised its fares on Monday.",
      "Company sources said that “the fares had not risen in ten years and the boats are old”.",
    ];
    expect(speakerOf("not risen", ...paras)).toBe("Tarrow Ferries Ltd sources");
  });

  it("leaves them unnamed when the article names no company", () => {
    expect(speakerOf("not risen", "Company sources said that “the fares had not risen in ten years and the boats are old”.")).toBe("Company sources");
  });
});

describe("a pull quote signed on the line below", () => {
  it("is the quotation of the name and role that sign it", () => {
    expect(speakerOf("moderates are running", "“The moderates are running out of time to find a candidate the islands can trust.”", "Dana Ilves, economist at the Harbour Institute.")).toBe("Dana Ilves");
  });

  it("is not signed by a sentence that goes on", () => {
    expect(speakerOf("moderates are running", "“The moderates are running out of time to find a candidate the islands can trust.”", "Dana Ilves was not at the meeting.")).not.toBe("Dana Ilves");
  });
});

describe("what stands between a subject and its verb", () => {
  it("leaves out the day it happened", () => {
    expect(speakerOf("first marine reserve", "Crowds gathered at Selwyn Point, which Governor Ines Varga on Friday declared the island's “first marine reserve, for every generation to come.”")).toBe("Ines Varga");
  });

  it("reads an aside opened by “as” or “while” and closed by a comma as a description, not the speaker", () => {
    expect(speakerOf("ferry fares", "Petra Lindqvist, who describes herself as Independent, told the Selwyn Gazette that the board had not “thought about ferry fares at all.”")).toBe("Petra Lindqvist");
    // A comma inside the aside sets the subject apart: the subject follows it.
    expect(speakerOf("covered wagon", "Tuesday at Tarrow Hall in Eastport, after winning the county vote, Mayor Odile Brandt said: “I am ready to rent a covered wagon.”")).toBe("Odile Brandt");
  });

  it("does not take the region of a place for the speaker", () => {
    expect(speakerOf("coal miners", "Grete Halvorsen, during a town meeting in Eastport, Nordland, said she was “going to put a lot of coal miners out of work,” then explained her plan.")).toBe("Grete Halvorsen");
    // Without the comma before the verb, the name after the place is the speaker.
    expect(speakerOf("must stay public", "At the meeting in Eastport, Dag Sollie said: “The harbour must stay public.”")).toBe("Dag Sollie");
  });
});

describe("names that look like other words", () => {
  it("reads a capitalised “Will” or “May” after a subject as a name, not a modal", () => {
    expect(speakerOf("sovereignty of harbours", "The speech in Eastport, which Will claims affirmed “the old belief in the sovereignty of harbours,” was well received.")).toBe("Will");
  });

  it("keeps an Arabic article joined to a surname in the name", () => {
    expect(speakerOf("port is ours", "Harbour cleric Samir al-Haddad told the crowd: “The port is ours.”")).toBe("Samir al-Haddad");
  });

  it("reads the source of a digest item after a dash and “More from”", () => {
    expect(speakerOf("starting point", "What that means for the island - More from Odette Lune: “The turnout is a starting point for any forecast.”")).toBe("Odette Lune");
  });
});

describe("a cue written after a clause, its subject after it", () => {
  it("gives the quotation to the name after the cue", () => {
    expect(speakerOf("over by spring", "Because of how the board drew up the timetable, explained Ines Varga, “with this thing being over by spring, nobody can catch up.”")).toBe("Ines Varga");
  });

  it("does not take the person told for the speaker", () => {
    expect(speakerOf("ferries will run", "Mayor Odile Brandt told Piet Calloway, “The ferries will run all winter.”")).toBe("Odile Brandt");
  });
});

describe("one subject for two verbs, and one person with two titles", () => {
  it("gives a second verb the subject the sentence opens with, not a name in the first verb's object", () => {
    expect(speakerOf("bring us together", "Councillor Ines Varga used to support fellow islander Bo Lindqvist, but now said the mayor had “the chance to bring us together.”")).toBe("Ines Varga");
  });

  it("reads two titles joined by “and” as one person's", () => {
    expect(speakerOf("reprising that role", "“He is reprising that role,” said former Tarrow Gov. and Harbour Board Chairman Odile Brandt.")).toBe("Odile Brandt");
    expect(speakerOf("tolls are too high", "“The tolls are too high,” said Ana Ruiz and Bo Lee.")).not.toBe("Bo Lee");
  });
});

describe("a verb after a quotation that reports words of its own", () => {
  it("does not take the quotation set off by dashes", () => {
    expect(speakerOf("so much ammunition", "And although councillor Ines Varga lamented the mayor's gaffes - “does she have to keep giving them so much ammunition?” - islanders who watched the debate said they were not bothered.")).toBe("Ines Varga");
  });
});

describe("words that look like cues", () => {
  it("reads a noun after a compound adjective as a noun, not a reporting verb", () => {
    expect(speakerOf("liar and a whiner", "Ines Varga offered a Lindqvist-style retort on the mayor's favourite platform, tweeting at him, “you are a liar and a whiner.”")).toBe("Ines Varga");
  });

  it("takes no subject from the words between a quotation and a participle after it", () => {
    expect(speakerOf("love for the island", "Harbour Secretary Odile Brandt released a statement saying that the mayor had “professed his love for the island” during the opening of Selwyn Tower, calling it a “special place.”")).toBe("Odile Brandt");
  });
});

describe("a quotation that is a named subject's “that” clause", () => {
  it("stays with that subject when another clause with its own verb follows", () => {
    expect(speakerOf("trouble for far less", "But even as Ines Varga claimed on Tuesday that “the harbour master got in trouble for far less,” one of the lawyers for Bo Lindqvist said the two cases were different.")).toBe("Ines Varga");
  });

  it("reads “retaliated” as a reporting verb", () => {
    expect(speakerOf("always be an island", "“Selwyn will always be an island,” an angry Odile Brandt retaliated.")).toBe("Odile Brandt");
  });
});

describe("documents and bylines", () => {
  it("gives a quotation from a document to whoever filed it", () => {
    expect(speakerOf("probable cause", "“Although there was probable cause, the evidence is insufficient,” according to a court document filed by harbour prosecutor Ines Varga.")).toBe("Ines Varga");
  });

  it("does not take the writer signing a news brief for the speaker of a quotation inside it", () => {
    expect(speakerOf("first force", "Ruiz said Monday that she will “try to form a stable government” and insisted that her party was “still the first force on the island.”--Kim Ostrova.", "Next item here.")).toBe("Ruiz");
  });
});

describe("sources set apart from the sentence's subject", () => {
  it("gives a sentence opening on “According to X,” to X", () => {
    expect(speakerOf("island trade policy", "According to a 2013 study by economist Ana Ruiz, the slump is partly to blame for lost jobs, but so is this “major change in island trade policy.”")).toBe("Ana Ruiz");
  });

  it("reads “says NAME, ROLE,” set in the middle of a sentence", () => {
    expect(speakerOf("powerful harbour masters", "The paradox of Brandt, says Ines Varga, historian at the Selwyn Trust, is that she was “one of the most powerful harbour masters of the century.”")).toBe("Ines Varga");
  });
});

describe("the one who asks", () => {
  it("gives a question in the passive to the one after “by”", () => {
    expect(speakerOf("famously said", "Ruiz was asked by host Bo Lee, who backs Ruiz but has dismissed the story, “Now, you famously said, in the first debate, that the port is safe?”")).toBe("Bo Lee");
    expect(speakerOf("overburdened budget", "Ruiz was asked by moderator Bo Lee whether the plan would risk “adding another expensive programme to an already overburdened budget.”")).toBe("Bo Lee");
  });

  it("reads “pressed” as a reporting verb, and “press” in a job as no verb", () => {
    expect(speakerOf("register in time", "“Would it be negotiable?” Bo Lee pressed. “Maybe let some people stay if they register in time?”")).toBe("Bo Lee");
    expect(speakerOf("constrained by law", "“The council is constrained by law,” harbour press secretary Ines Varga told reporters.")).toBe("Ines Varga");
  });
});

describe("an infinitive that reports nothing", () => {
  it("does not read “safe to say” as a reporting verb, but reads “had this to say”", () => {
    expect(speakerOf("drug dealers", "He wants to keep the “criminals and the drug dealers” out of the Selwyn Harbour, it is safe to say.")).not.toBe("Selwyn Harbour");
    expect(speakerOf("top half", "A paper from the Selwyn Institute had this to say: “Families from the top half would receive most of it.”")).toBe("paper from the Selwyn Institute");
  });
});

describe("a sentence's subject with no reporting verb", () => {
  it("is not the speaker when the sentence says what the subject can or will do", () => {
    expect(speakerOf("recklessness than", "Audiences can expect him to play with “a little more recklessness than they are used to.”")).not.toBe("Audiences");
    expect(speakerOf("recklessness than", "Putting the show together, Bo Lee said, allowed him to “get in touch with himself,” too. Audiences can expect him to play with “a little more recklessness than they are used to.”")).toBe("Bo Lee");
  });
});

describe("long speaker phrases and participles with their own subject", () => {
  it("reads two names and the long name of the body they belong to", () => {
    expect(speakerOf("tritium is unknown", "“Tritium would enable new designs,” harbour experts Ana Ruiz and Bo Lee of the Selwyn Institute for Science and International Maritime Security wrote in September. “Whether the port can store tritium is unknown.”")).toBe("Ana Ruiz and Bo Lee");
  });

  it("gives a participle after “with NAME” to that name", () => {
    expect(speakerOf("hundred sailors here", "Both Ruiz and Lee saw the sinking during an unexpected Harbour Guard exercise as a sign of disarray, with Lee noting the absurdity of posting “a couple of hundred sailors here, a couple of hundred there.”")).toBe("Lee");
  });
});


describe("words owned without a speech verb", () => {
  it("gives the quotation to the one whose words it is", () => {
    expect(speakerOf("busiest", "The fair moved to Port Selwyn because, in Orla Fenwick’s words, “it is the busiest harbour on the coast.”")).toBe("Orla Fenwick");
    expect(speakerOf("busiest", "The fair moved to Port Selwyn because, in the words of councillor Bram Tulley, “it is the busiest harbour on the coast.”")).toBe("Bram Tulley");
  });

  it("reads “in other words” as no one's", () => {
    expect(speakerOf("busiest", "The fair moved to Port Selwyn. It was, in other words, “the busiest harbour on the coast.”")).not.toMatch(/other/i);
  });
});

describe("a subject that names no speaker", () => {
  it("never hands the quotation to a name inside the subject's relative clause", () => {
    expect(speakerOf("too small", "The 2019 fair, which drew traders from Lisbon, Porto and Madrid, was moved because “the square is too small for the crowds.”")).toBe("?");
  });

  it("skips an opening participle: “Based on …” is nobody", () => {
    expect(speakerOf("another winter", "Based on the harbour survey, it seems the board was warned that the wall “will not last another winter.”")).not.toBe("Based");
  });
});

describe("what a writing says", () => {
  it("gives a statement's words to the body that issued it", () => {
    expect(speakerOf("no plans", "A statement from the Harbour Trust said: “We have no plans to close the slipway.”")).toBe("Harbour Trust");
  });

  it("gives a letter's words to its writer, past the one it was sent to", () => {
    expect(speakerOf("ferry times", "“The ferry times must change,” according to a letter to Harbourline from the chairman of the Tarrow Ferry Users Group.")).toMatch(/^chairman/);
  });

  it("reads a magazine named with its noun as the speaker", () => {
    expect(speakerOf("left the harbour", "“The regatta has left the harbour,” wrote Tarrow Life magazine.")).toBe("Tarrow Life magazine");
  });

  it("reads a paragraph that opens on a closing mark as a quotation", () => {
    expect(speakerOf("left the harbour", "”The regatta has left the harbour,” wrote Tarrow Life magazine.")).toBe("Tarrow Life magazine");
  });
});

describe("days after an organisation's noun", () => {
  it("never takes a day for the organisation a later “the campaign” stands for", () => {
    expect(speakerOf("volunteers", "Ana Ruiz ended her campaign Tuesday night.", "The campaign said: “Our volunteers will be paid in full.”")).not.toBe("Tuesday");
  });
});

describe("who a restrictive relative clause is about", () => {
  it("gives the quotation to the noun phrase right before “who”, not to the sentence's subject", () => {
    const speaker = speakerOf("crooks", "Mayor Ana Ruiz is disowning remarks made by a harbour board member who said councillors were “crooks to a man”.");
    expect(speaker).toBe("harbour board member");
  });

  it("keeps a named speaker whose description ends in a relative clause", () => {
    expect(speakerOf("ferry", "Councillor Bram Tulley (Lab), a candidate for mayor who has made the ferry a centrepiece of his campaign, tweeted a warning. “Save the ferry or lose the town.”")).toBe("Bram Tulley");
  });
});

describe("jobs before a name", () => {
  it("reads “A Harbour Weekly reporter Ana Ruiz” as Ana Ruiz, a reporter", () => {
    expect(speakerOf("fares", "A Harbour Weekly reporter Ana Ruiz tweeted back at the council: “Your fares are a tax on islanders.”")).toBe("Ana Ruiz");
  });

  it("reads a seat of government ending in “House” as an organisation, not a person", () => {
    const [q] = extractDocument(article("t", "A headline", "The Ruiz White House said the ferry would run “until the last islander has crossed”.")).quotations;
    expect(q?.speaker?.kind).toBe("organization");
  });
});

describe("verbs that report only after a quotation", () => {
  it("reads “began” and “started” right after a quotation as its cue", () => {
    expect(speakerOf("claiming today", "“The Gazette is claiming today that you met the developers,” Ruiz started.")).toBe("Ruiz");
    expect(speakerOf("claiming today", "“The Gazette is claiming today that you met the developers,” began Ana Ruiz.")).toBe("Ana Ruiz");
  });

  it("does not read them as cues before a quotation", () => {
    expect(speakerOf("a mess", "Ana Ruiz started the meeting late. Harbourline called the timetable “a mess”.")).not.toBe("Ana Ruiz");
  });
});

describe("a pronoun closing the sentence its speaker opened", () => {
  it("is the sentence's first subject, not a name inside its reported clause", () => {
    expect(speakerOf("guiding principles", "“It is a fair point,” Bram Tulley said.", "Tulley spokesman Rick Ivers said that the campaign will highlight contrasts between Tulley and Lee to illustrate that voters can be confident that Tulley has “guiding principles to make critical decisions as mayor,” he said.")).toBe("Rick Ivers");
  });
});

describe("a title opening a paragraph", () => {
  it("is nobody's words, not a continuation of the quotation before", () => {
    const paragraphs = ["The harbour press Tidewell Books announced plans to publish a “candid memoir” by Ana Ruiz, said Tidewell Books.", "“Glitter Is Not Gold” was to be a “cautionary tale,” said Bo Lee, her agent."];
    expect(speakerOf("Glitter", ...paragraphs)).toBeUndefined();
    expect(speakerOf("cautionary tale", ...paragraphs)).toBe("Bo Lee");
  });
});
