// Invented news articles in several house styles (UK and US wire copy with datelines, a court report,
// a match report, a business story, a political feature), each with its publication day and the value
// every temporal expression in it should get. `null` means "no date": a score, a time, an amount, a
// page, a postcode, a flight number, an age range, a decade. The people, places and events are made up.

export interface BedArticle {
  id: string;
  style: string;
  /** YYYY-MM-DD, with its weekday in `style` to keep the hand-made values checkable. */
  published: string;
  /** Paragraphs separated by blank lines. */
  text: string;
  /** [a snippet that occurs once in the text and holds the expression, the date it should get]. */
  expect: [string, string | null][];
}

export const BED: BedArticle[] = [
  {
    id: "uk-wire-fire",
    style: "UK wire copy with a dateline, published Thursday 14 March 2019",
    published: "2019-03-14",
    text: `HARWICK, England (Wire) - Police arrested two men in Harwick yesterday after a fire destroyed the town's old grain store, a spokesman said today.

The fire began on Tuesday evening and burned for six hours, the fire service said.

The owner, Priya Lanning, has been questioned by detectives on Monday.

The council will meet on Tuesday to decide whether the site should be cleared.

Ms Lanning is due in court on Friday.

A public inquiry is expected to open next week.

The grain store was sold to a developer last month for £1.2 million.

Firefighters were called to the same building earlier this month, on March 3, after reports of smoke.

The building was listed in 1974 and restored between 2010 and 2014.

Arson attacks on farm buildings in the county have risen by a third since 2012, according to the fire service.

A fundraising page had raised £2,018 by Wednesday night.

Anyone with information should call 101, quoting log number 1874 of 13 March.

It is the third serious fire in the town this year.`,
    expect: [
      ["yesterday", "2019-03-13"],
      ["said today", "2019-03-14"],
      ["Tuesday evening", "2019-03-12"],
      ["detectives on Monday", "2019-03-11"],
      ["meet on Tuesday", "2019-03-19"],
      ["court on Friday", "2019-03-15"],
      ["next week", "2019-03"],
      ["last month", "2019-02"],
      ["earlier this month", "2019-03"],
      ["on March 3", "2019-03-03"],
      ["in 1974", "1974"],
      ["between 2010", "2010"],
      ["and 2014", "2014"],
      ["since 2012", "2012"],
      ["£2,018", null],
      ["Wednesday night", "2019-03-13"],
      ["13 March", "2019-03-13"],
      ["log number 1874", null],
      ["this year", "2019"],
    ],
  },
  {
    id: "us-wire-senate",
    style: "US wire copy (AP style abbreviations), published Friday 2 November 2018",
    published: "2018-11-02",
    text: `WASHINGTON (AP) — The Senate will vote on Tuesday on a bill to fund rural broadband, Majority Leader Dale Hoskins said Thursday.

The bill passed the House on Oct. 12 by a vote of 231-190.

Hoskins first introduced the measure on Feb. 12, 2017, after a tour of farm towns.

The Federal Broadband Agency is due to report on rural coverage in June.

Rural providers plan to expand service next month, the agency said.

The program's costs doubled in mid-2015, auditors found.

Under the proposal, workers ages 18 to 25 would get training grants.

Hoskins, who has led the committee since 2009, said the 2020 election would turn on rural voters.

A similar bill failed two years ago.

Hoskins spoke at 10:30 a.m. in Room 2018 of the Dirksen building.

In the first quarter, carriers spent $2,018 per new rural connection, the report said.

The report, released a week ago, found that 14 million homes lack fast service.

On Wednesday, Hoskins met with governors from five states.

Opponents held rallies in three states over the weekend.`,
    expect: [
      ["vote on Tuesday", "2018-11-06"],
      ["said Thursday", "2018-11-01"],
      ["Oct. 12", "2018-10-12"],
      ["231-190", null],
      ["Feb. 12, 2017", "2017-02-12"],
      ["in June", "2019-06"],
      ["next month", "2018-12"],
      ["mid-2015", "2015"],
      ["ages 18 to 25", null],
      ["since 2009", "2009"],
      ["the 2020 election", "2020"],
      ["two years ago", "2016"],
      ["10:30 a.m.", null],
      ["Room 2018", null],
      ["In the first quarter", "2018"],
      ["$2,018", null],
      ["a week ago", "2018-10"],
      ["On Wednesday", "2018-10-31"],
      ["over the weekend", "2018-10"],
    ],
  },
  {
    id: "uk-match-report",
    style: "UK match report, published Sunday 25 August 2019",
    published: "2019-08-25",
    text: `Harwick Rovers won 3-1 at Millbrook on Saturday to go top of the league.

The club, founded in 1889, last topped the table in the 1990s.

Striker Tomas Vela scored twice in the first half, at 12 and 34 minutes, and a crowd of 2,018 saw Dean Ashby add a third at 10:30 on the stadium clock.

Rovers host Kingsbury on Wednesday.

The sides last met on 3 March, when Kingsbury won 2-0.

Manager Ellen Osei, who took charge on the 28th of July, said the squad was "ready for anyone".

Rovers were relegated in 2016 and promoted two seasons later.

Tickets for the Kingsbury game go on sale at 9am tomorrow.

The club's new training ground on Mill Lane, HR2 0PQ, opened in April.

Vela was signed for £1.5m last summer.`,
    expect: [
      ["won 3-1", null],
      ["on Saturday", "2019-08-24"],
      ["in 1889", "1889"],
      ["in the 1990s", null],
      ["at 12 and 34 minutes", null],
      ["2,018", null],
      ["at 10:30", null],
      ["on Wednesday", "2019-08-28"],
      ["on 3 March", "2019-03-03"],
      ["won 2-0", null],
      ["the 28th of July", "2019-07-28"],
      ["in 2016", "2016"],
      ["tomorrow", "2019-08-26"],
      ["HR2 0PQ", null],
      ["in April", "2019-04"],
      ["last summer", "2018"],
    ],
  },
  {
    id: "uk-court-report",
    style: "UK court report, published Monday 18 January 2021",
    published: "2021-01-18",
    text: `A former charity treasurer stole £84,000 from a children's hospice over five years, a court heard today.

Graham Tillet, 61, of Station Road, Aldham, admitted fraud at Norbridge Crown Court.

The court heard that Tillet took the money between 2014 and 2019.

He was arrested on 14 October 2019 after an audit. That evening, officers searched his home and seized two laptops.

Police were first called on 3 September 2019. The previous day, Tillet had moved £3,000 into a betting account.

Tillet, who was granted bail, will be sentenced on 12 February.

The hospice, founded in the 1990s, said two years ago that its accounts were in order.

Tillet had been treasurer since 2011.

The court heard he spent some of the money on flight BA 2016 to Barbados.

The case was first reported on page 12 of the Aldham Gazette in 2020.

Judge Amelia Ross said on Friday that she had read 40 letters from the hospice's families.`,
    expect: [
      ["heard today", "2021-01-18"],
      ["between 2014", "2014"],
      ["and 2019", "2019"],
      ["on 14 October 2019", "2019-10-14"],
      ["That evening", "2019-10-14"],
      ["on 3 September 2019", "2019-09-03"],
      ["The previous day", "2019-09-02"],
      ["on 12 February", "2021-02-12"],
      ["in the 1990s", null],
      ["two years ago", "2019"],
      ["since 2011", "2011"],
      ["BA 2016", null],
      ["page 12", null],
      ["in 2020", "2020"],
      ["on Friday", "2021-01-15"],
    ],
  },
  {
    id: "us-business",
    style: "US business story, published Wednesday 4 October 2023",
    published: "2023-10-04",
    text: `CHICAGO — Lumora Foods said Tuesday that its sales rose 8% in the third quarter, helped by higher prices for frozen meals.

Shares fell 4% on Monday after a rival cut its forecast.

The company expects to complete its takeover of Brindle Dairy in the first quarter of 2024.

Chief Executive Marta Quill told analysts the company would open 12 new plants this year.

Lumora reported a profit of $410 million for 2022.

Quill, who joined from a rival in mid-2015, has cut costs every year since.

Analysts will meet Quill at an investor day on Oct. 19.

Her predecessor, Harold Penn, resigned last October.

Talks with the bakers' union are expected later this week.

Lumora is due to publish full-year results in February.

The board plans to vote on a dividend next month.

Sales in 2021 were $4.1 billion.

Its headquarters are at 2020 Lakeshore Drive.`,
    expect: [
      ["said Tuesday", "2023-10-03"],
      ["in the third quarter", "2023"],
      ["on Monday", "2023-10-02"],
      ["first quarter of 2024", "2024"],
      ["this year", "2023"],
      ["for 2022", "2022"],
      ["mid-2015", "2015"],
      ["Oct. 19", "2023-10-19"],
      ["last October", "2022-10"],
      ["later this week", "2023-10"],
      ["in February", "2024-02"],
      ["next month", "2023-11"],
      ["in 2021", "2021"],
      ["2020 Lakeshore", null],
    ],
  },
  {
    id: "us-feature-governor",
    style: "US political feature, published Saturday 9 July 2016",
    published: "2016-07-09",
    text: `DOVER, Del. — When Gov. Alana Ruiz took office in January 2011, the state had a $2 billion deficit.

Ruiz won the 2010 election by four points, and by the end of her first term, in 2014, the deficit was gone.

Ruiz will debate her challenger, Ben Achebe, on Thursday night at the state university.

Achebe announced his campaign last summer, after a decade on the city council.

Voters go to the polls on Nov. 8.

Early voting starts on Oct. 24.

Her campaign has spent $1.9 million since May.

A poll taken in late June showed the race tied.

The party's convention, held in the summer of 2014, chose Ruiz without a contest.

She was 44 when she first ran, and her campaign office is at 1999 Market Street.

The two candidates met privately three weeks ago.`,
    expect: [
      ["in January 2011", "2011-01"],
      ["the 2010 election", "2010"],
      ["in 2014", "2014"],
      ["Thursday night", "2016-07-14"],
      ["last summer", "2015"],
      ["on Nov. 8", "2016-11-08"],
      ["on Oct. 24", "2016-10-24"],
      ["since May", "2016-05"],
      ["in late June", "2016-06"],
      ["summer of 2014", "2014"],
      ["1999 Market", null],
      ["three weeks ago", "2016-06"],
    ],
  },
  {
    id: "uk-politics",
    style: "UK political news, published Tuesday 1 December 2020",
    published: "2020-12-01",
    text: `Ministers will decide on Thursday whether to ease restrictions in the north.

The Health Secretary, Ruth Calder, said on Sunday that cases had fallen for a second week.

Cases peaked in mid-November, according to official figures.

The lockdown began on 5 November and ends tomorrow.

Pubs reopened in July after closing in March.

Vaccine deliveries are due to begin next week.

Ms Calder, who became Health Secretary in 2018, will give evidence to MPs on the 3rd of December.

Figures published last week showed 12,330 new cases.

The 2019 general election gave the government a majority of 80.

Six months ago, hospitals in the region were close to capacity.

Earlier this year, the government promised a new hospital in Lanford.

A helpline, 0800 2020 4455, will open at 8am.`,
    expect: [
      ["decide on Thursday", "2020-12-03"],
      ["said on Sunday", "2020-11-29"],
      ["in mid-November", "2020-11"],
      ["on 5 November", "2020-11-05"],
      ["tomorrow", "2020-12-02"],
      ["in July", "2020-07"],
      ["in March", "2020-03"],
      ["next week", "2020-12"],
      ["in 2018", "2018"],
      ["the 3rd of December", "2020-12-03"],
      ["last week", "2020-11"],
      ["12,330", null],
      ["The 2019 general election", "2019"],
      ["Six months ago", "2020-06"],
      ["Earlier this year", "2020"],
      ["0800 2020 4455", null],
    ],
  },
  {
    id: "us-wire-floods",
    style: "US wire copy with a dateline, published Monday 30 May 2022",
    published: "2022-05-30",
    text: `HOUSTON (Wire) — Flooding closed three highways over the weekend, officials said on Monday.

The rain began late Friday and did not stop for 30 hours.

Mayor Luis Carrasco said Sunday's storm was the worst since 2017.

Crews will work through the night, and the roads should reopen by Wednesday.

Hurricane Harvey struck the city in August 2017.

The city council approved a $2,018,000 drainage plan earlier this month.

Residents aged 65 and older can call 311 for help.

Flight 2022 from Denver was diverted to Dallas.

The 2015 floods killed seven people in the county.

Forecasters said more storms were possible on June 3.

The city's flood rules were last changed in the spring of 2016.`,
    expect: [
      ["over the weekend", "2022-05"],
      ["said on Monday", "2022-05-30"],
      ["late Friday", "2022-05-27"],
      ["Sunday's storm", "2022-05-29"],
      ["since 2017", "2017"],
      ["by Wednesday", "2022-06-01"],
      ["in August 2017", "2017-08"],
      ["$2,018,000", null],
      ["earlier this month", "2022-05"],
      ["aged 65", null],
      ["Flight 2022", null],
      ["The 2015 floods", "2015"],
      ["on June 3", "2022-06-03"],
      ["spring of 2016", "2016"],
    ],
  },
  {
    id: "us-campaign-tense",
    style: "US campaign story where tense decides the week, published Friday 23 September 2016",
    published: "2016-09-23",
    text: `Mara Quint and Daniel Rusk will meet for their first debate on Monday night at Hallam University.

Aides said Monday night's debate would be the most watched in history.

Democrats said they could retake the Senate if they win in November.

The debate commission is expected to announce the moderators on Tuesday.

Rusk's scheduled rally on Thursday in Ohio will go ahead, aides said.

The Senate vote on the spending bill is scheduled for Wednesday.

Tom Pell, who campaigned in Ohio on Tuesday, is due in Iowa on Sunday.

Early voting in Iowa begins Sept. 29.

Quint, who has been off the trail since Sunday, returned to North Carolina on Wednesday.

Rusk plans to visit Michigan on Saturday, his campaign said.

State-owned broadcaster RTN aired the interview on Thursday.

The bureau released its notes from Quint's interview on Sept. 2.

Officials said the highway is closed until Monday.

Pell will not say whether he will debate again in October.

Pell's debate with Sen. Ana Lowry, set for Oct. 4, is likely to focus on trade.

The candidates met in Cleveland in July, and Rusk endorsed Quint on July 12.`,
    expect: [
      ["on Monday night", "2016-09-26"],
      ["Monday night's", "2016-09-26"],
      ["in November", "2016-11"],
      ["on Tuesday.", "2016-09-27"],
      ["Thursday in Ohio", "2016-09-29"],
      ["for Wednesday", "2016-09-28"],
      ["Ohio on Tuesday", "2016-09-20"],
      ["on Sunday", "2016-09-25"],
      ["Sept. 29.", "2016-09-29"],
      ["since Sunday", "2016-09-18"],
      ["on Wednesday.", "2016-09-21"],
      ["on Saturday", "2016-09-24"],
      ["interview on Thursday", "2016-09-22"],
      ["on Sept. 2.", "2016-09-02"],
      ["until Monday", "2016-09-26"],
      ["in October", "2016-10"],
      ["Oct. 4", "2016-10-04"],
      ["in July", "2016-07"],
      ["July 12", "2016-07-12"],
    ],
  },
];
