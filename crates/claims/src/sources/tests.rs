//! Attribution as CLAIMS.md decides it: one row per rule.

use crate::extract;

/// (text, attributed, sources as "text/cue[/->refers-to-text][/via N]")
fn sources_of(text: &str) -> Vec<(bool, Vec<String>)> {
    extract(text)
        .sentences
        .iter()
        .map(|s| {
            let list = s
                .sources
                .iter()
                .map(|m| {
                    let mut d = format!("{}/{}", m.text, m.cue);
                    if let Some([a, b]) = m.refers_to {
                        d += &format!("/->{}", &text[a..b]);
                    }
                    if let Some(v) = m.via {
                        d += &format!("/via {v}");
                    }
                    d
                })
                .collect();
            (s.attributed, list)
        })
        .collect()
}

#[test]
fn attribution_follows_claims_md() {
    // One row per rule; the last sentence of each text is the one checked.
    let cases: &[(&str, bool, &[&str])] = &[
        ("The minister said the bridge would reopen.", true, &["minister/said"]),
        // Single marks as the quotation marks: British body text, American headlines.
        ("'We will win,' said the mayor.", true, &["mayor/said"]),
        ("‘We will win,’ said the mayor.", true, &["mayor/said"]),
        ("'We will win.", true, &[]),
        ("'We will win. We are strong,' he said.", true, &["he/said"]),
        ("Darrell Scott: ‘You Find Me an Aberration Because I Support Trump!’", true, &["Darrell Scott/quote"]),
        ("'There is so much anger in this town.'", false, &[]),
        ("WATCH: Man Beaten While Trying To Help ‘Gay Man In Sundress’", false, &[]),
        // `state` between a name and an institution is a noun.
        ("Hassan was elected to the New Hampshire state Senate in 2004.", false, &[]),
        ("The report states Congress must act.", true, &["report/states"]),
        ("WHO say Iodine deficiency is the most common cause.", true, &["WHO/say"]),
        // A headline names its speaker before a colon.
        ("Trump: My immigration plans aren't set in stone.", true, &["Trump/quote"]),
        ("Clinton to Planned Parenthood: Trump will reverse the ruling.", true, &["Clinton/quote"]),
        ("Breaking: Sanders Just Got A Major Win.", false, &[]),
        ("VOTER FRAUD ALERT: The state found 95,000 names.", false, &[]),
        ("Texans: be sure to file for relief before Sept 1.", false, &[]),
        ("Ted Cruz: Constitutional conservative or career politician?", false, &[]),
        ("The result: Cruz must travel three hours.", false, &[]),
        ("Sales in the '90s grew, the report said.", true, &["report/said"]),
        // Inside a double-quoted quotation, single marks are nested quotes,
        // and a plural possessive does not close it.
        ("\"We will win. The farmers’ union is with us. We are strong.", true, &[]),
        ("\"Mr. Li told me, 'We will win,' and left,\" she said.", true, &["Mr. Li/told/via 1", "she/said"]),
        // Inside quoted words only a named speaker is a source.
        ("\"He told me, 'We will win,' and left,\" she said.", true, &["she/said"]),
        ("\"People say they attack us because they hate us,\" he said.", true, &["he/said"]),
        // A share written `N in M` opens its noun phrase; a past participle
        // before a plural head is its modifier.
        ("Six in 10 say he is decisive.", true, &["Six in 10/say"]),
        ("Nine in 10 Democratic registered voters say she could win.", true, &["Nine in 10 Democratic registered voters/say"]),
        ("Some undecided conservatives think she should go.", true, &["Some undecided conservatives/think"]),
        ("In 2016 voters said no.", true, &["voters/said"]),
        // `show` takes a clause without `that`; a document's author stays in its phrase.
        ("The study shows unemployment fell.", true, &["study/shows"]),
        ("Recent polling is showing Trump has a lead.", true, &["Recent polling/showing"]),
        ("Mr. Lee still shows flashes of brilliance.", false, &[]),
        ("A review by The Times shows that most hours were for travel.", true, &["review by The Times/shows"]),
        // The head of `X by Y` is X, the document: it shows without `that`.
        ("A review by The Times shows most hours were for travel.", true, &["review by The Times/shows"]),
        ("The study by the university shows support fell.", true, &["study by the university/shows"]),
        ("Farmers in border states say prices fell.", true, &["Farmers in border states/say"]),
        // An `-s` cue right after a verb, or right after a common plural it
        // would have to agree with, is the verb's object.
        ("The government rejected claims that it had lied.", false, &[]),
        ("She dismissed reports that she would resign.", false, &[]),
        ("The firm faces claims that it polluted the river.", false, &[]),
        ("The next series of emails shows that he lied.", true, &["next series of emails/shows"]),
        ("Smith claims that he won.", true, &["Smith/claims"]),
        // One word after `to` is no subject: `to help write`.
        ("He wants to help write the rules.", false, &[]),
        ("It is in our interest, he says, to help write the rules.", true, &["he/says"]),
        // A year or a hyphenated modifier opens a phrase; a document's authors
        // are one source with it.
        ("According to a 2013 study by economists Ann Lee and Bo Chen, jobs were lost.", true, &["2013 study by economists Ann Lee and Bo Chen/according to"]),
        ("According to a just-released poll, Trump leads.", true, &["just-released poll/according to"]),
        // A quoted title after `according to`, with its author, is the document.
        ("According to \"The Long Road\" by Ann Lee, the family was rich.", true, &["\"The Long Road\" by Ann Lee/according to"]),
        ("According to “Fire and Ice,” the mayor watched TV.", true, &["“Fire and Ice,”/according to"]),
        ("The Nobel-winning novelist Mario Vargas Llosa told an audience that it was over.", true, &["Nobel-winning novelist Mario Vargas Llosa/told"]),
        ("According to Reuters and the BBC, jobs were lost.", true, &["Reuters/according to", "BBC/according to"]),
        // `Will` and `May` before a capitalised word are first names; a part
        // of a group and a plural person noun can follow an inverted cue.
        ("\"It is a costly model,\" said Will Doyle, a professor.", true, &["Will Doyle, a professor/said"]),
        ("Will Doyle said it was over.", true, &["Will Doyle/said"]),
        ("\"There won't be a path to win,\" said one of those advisers.", true, &["one of those advisers/said"]),
        ("\"There won't be a path to win,\" said the advisers.", true, &["advisers/said"]),
        // `call` after its subject characterises; a phone call does not.
        ("Critics call it the nerd prom.", true, &["Critics/call"]),
        ("Others call it the nerd prom.", true, &["Others/call"]),
        ("Bob said he took only one call that evening.", true, &["Bob/said"]),
        ("He had students call 250 people.", false, &[]),
        ("Democrats call for calm.", false, &[]),
        // After `call` comes the one called, never the caller.
        ("Columnist Ann Lee, a former aide, calls Cruz \"a conviction candidate.\"", true, &["Columnist Ann Lee, a former aide/calls"]),
        // A frequency adverb is skipped like `also`; an addition before a new
        // clause (`continued, and`) says nothing.
        ("The story is seldom told.", false, &[]),
        ("She often said the war was over.", true, &["She/said"]),
        ("But the drinking continued, and four years later he was dead.", false, &[]),
        ("\"We will win,\" he continued, \"and we will rebuild.\"", true, &["he/continued"]),
        // An addition that ends its clause tags the words before it, or
        // none: not on its own, not in a clause of condition or time.
        ("The fighting continued.", false, &[]),
        // A document or body with its size is one phrase; an aside of
        // means or an adverb before the predicate is no apposition.
        ("A survey of 2,000 people showed support fell.", true, &["survey of 2,000 people/showed"]),
        ("A panel of 12 experts said the drug was safe.", true, &["panel of 12 experts/said"]),
        ("Smith, through a spokesman, said he would not comment.", true, &["Smith/said"]),
        ("Jones, however, disagreed, saying the plan would fail.", true, &["Jones/saying"]),
        // A participle not in -ed with its agent leaves the span.
        ("Footage broadcast by local television showed protesters carrying the mace.", true, &["Footage/showed"]),
        ("\"It is safe,\" lead author Jane Doe told the BBC.", true, &["lead author Jane Doe/told"]),
        ("\"There is no threat,\" civil protection official Vidir Reynisson told RUV.", true, &["civil protection official Vidir Reynisson/told"]),
        ("\"It is early,\" campaign manager Robby Mook said.", true, &["campaign manager Robby Mook/said"]),
        // To put a figure at a number is to estimate it.
        ("Local reports put the death toll at 40.", true, &["Local reports/put"]),
        ("The ministry puts losses at $2 billion.", true, &["ministry/puts"]),
        ("He put the book at the door.", false, &[]),
        ("The war put them at risk.", false, &[]),
        ("It was an odd choice for a man who puts his net worth at $11 billion.", false, &[]),
        // A quantity is what was reported, never who reported it.
        ("Europe recorded 127,350 cases, double the number reported the year before, the WHO said.", true, &["WHO/said"]),
        ("The 312 cases reported since January were mild.", false, &[]),
        ("How has the administration responded?", false, &[]),
        ("Torres said the number could double if the rain continued.", true, &["Torres/said"]),
        ("Prices would rise if the war continued, analysts warned.", true, &["analysts/warned"]),
        ("When the mayor responded, the crowd cheered.", false, &[]),
        ("The plan is dead, he added.", true, &["he/added"]),
        ("As Smith observed, the victor was the stage.", true, &["Smith/observed"]),
        ("The victor was the stage, as Smith observed.", true, &["Smith/observed"]),
        // A subject qualified by a relative clause before its verb.
        ("A White House official who spoke anonymously to discuss strategy said it was over.", true, &["White House official/said"]),
        ("Another Muslim who worshiped here and who did not want to be named said he saw it.", true, &["Another Muslim/said"]),
        ("The plan, which friends described as miserable, failed.", true, &["friends/described"]),
        // A pronoun opening the clause a speech verb reports is that speaker again.
        ("Trump said he believes the war was a mistake.", true, &["Trump/said"]),
        ("Weaver told CNN that he believes the fight will go on.", true, &["Weaver/told"]),
        ("The lawyer said his client had told investigators everything.", true, &["lawyer/said", "his client/told/via 0"]),
        ("The farmers' union said prices fell.", true, &["farmers' union/said"]),
        ("The workers’ council said prices fell.", true, &["workers’ council/said"]),
        ("Prices will rise, the central bank warned.", true, &["central bank/warned"]),
        ("\"We are ready,\" said Defence Secretary Ana Ruiz.", true, &["Defence Secretary Ana Ruiz/said"]),
        ("\"Prices are falling,\" said Li Wei, chief economist at a bank in Shanghai.", true, &["Li Wei, chief economist at a bank in Shanghai/said"]),
        ("\"No,\" said Jim Ross (R Ohio), who voted against it.", true, &["Jim Ross (R Ohio)/said"]),
        ("Economists polled by Bloomberg had forecast a rise.", true, &["Economists/forecast"]),
        // A time phrase between the participle and its agent leaves the
        // document the subject.
        ("A report published last year by the agency found that ice shrank.", true, &["report/found"]),
        ("A study released on Monday by researchers at Oxford shows that sleep matters.", true, &["study/shows"]),
        // A plural possessive and a modifying `-ing` word stay inside a
        // phrase that an apposition follows.
        ("The pilots' union chairman, Martin Lindgren, said talks failed.", true, &["pilots' union chairman, Martin Lindgren/said"]),
        ("An independent monitoring group, the Public Assembly Archive, estimated the crowd at 300,000.", true, &["independent monitoring group, the Public Assembly Archive/estimated"]),
        // A relative clause leaves the apposition's span.
        ("The Edhi Foundation, a charity that runs ambulances, said its morgue was full.", true, &["Edhi Foundation, a charity/said"]),
        ("John Smith, a lawyer who represents the family, said the case was closed.", true, &["John Smith, a lawyer/said"]),
        // A verb in the singular has one subject; a modifier coordinated
        // with another is no speaker.
        ("Births have fallen for years and the government says the trend will go on.", true, &["government/says"]),
        ("At least 14 people died, the country's search and rescue agency said.", true, &["country's search and rescue agency/said"]),
        ("Reuters and the BBC both reported the deal.", true, &["Reuters/reported", "BBC/reported"]),
        // Verbs that take no infinitive when active are a passive clause
        // before `to` and a verb; not so where their object moved first.
        ("The region was on alert, with temperatures forecast to reach 42C.", false, &[]),
        ("It was what whistleblowers believed to be an effort to hide it.", true, &["whistleblowers/believed"]),
        // A body's name runs through `for`, `of` and an inner `and`.
        ("The Centers for Disease Control and Prevention counted 93 cases. The agency declared measles eliminated.", true, &["agency/declared/->Centers for Disease Control and Prevention"]),
        // A trailing reporter relays what comes before it, with a time
        // phrase after its verb too.
        ("Officials said 20 soldiers died, Reuters reported late on Monday.", true, &["Officials/said/via 1", "Reuters/reported"]),
        // A name runs through its number and its inner `and`; a verb of
        // saying opens no phrase.
        ("Scientists using data from India's Chandrayaan-3 mission say they found ice.", true, &["Scientists/say"]),
        ("According to the Centers for Disease Control and Prevention, 80,000 people died.", true, &["Centers for Disease Control and Prevention/according to"]),
        ("Marcel Fratzscher said research showed no job losses.", true, &["Marcel Fratzscher/said", "research/showed/via 0"]),
        ("\"It was close,\" said Per Hansen, an analyst at the bank.", true, &["Per Hansen, an analyst at the bank/said"]),
        // An acronym before a verb in the present is a body a later `the
        // agency` stands for; a section label before a colon is no speaker.
        ("NASA plans to land astronauts near the pole. The agency said the landing was delayed.", true, &["agency/said/->NASA"]),
        ("Football: Brazil beat Argentina 2–1 in qualifier", false, &[]),
        // What is reported after `no` or `there were`, by no one named.
        ("There were no casualties reported.", false, &[]),
        ("The quake struck at noon, with no injuries reported.", false, &[]),
        ("No officials commented on the plan.", true, &["officials/commented"]),
        // A participle with the state it reports is a passive clause.
        ("Rescuers searched for dozens of people reported missing in the district.", false, &[]),
        ("Local officials reported missing children to the agency.", true, &["Local officials/reported"]),
        // A phrase that names no one is no antecedent; a name ending in
        // `-us`, `-is` or `-ss` is no plural, and may be apposed before
        // its verb.
        ("Airbus won an order. Neither company disclosed the price. The company said it had orders.", true, &["company/said/->Airbus"]),
        ("Davis won the race. He said he was tired.", true, &["He/said/->Davis"]),
        ("Boeing, the planemaker, has struggled. It said deliveries had recovered.", true, &["It/said/->Boeing"]),
        ("Police arrested a man suspected of theft, prosecutors said.", true, &["prosecutors/said"]),
        // A role's modifier may open the speaker's phrase after a quote, and
        // a name may make a long first conjunct; a cue's base form before a
        // body's name modifies it.
        ("\"We can only wonder,\" state Senate leader Phil Berger, a Republican, said.", true, &["state Senate leader Phil Berger, a Republican/said"]),
        ("State Senate leader Phil Berger and House Speaker Tim Moore said the law was bad.", true, &["State Senate leader Phil Berger/said", "House Speaker Tim Moore/said"]),
        ("\"It will fail,\" say experts at the bank.", true, &["experts at the bank/say"]),
        // A side's word opens a speaker's phrase before a name.
        ("The opposition Labour Party's Rachel Reeves said families were paying.", true, &["opposition Labour Party's Rachel Reeves/said"]),
        // `the minister` stands for the person named with that role.
        ("Foreign Minister Wang Yi visited Paris. The minister said ties were strong.", true, &["minister/said/->Foreign Minister Wang Yi"]),
        ("Wang Yi visited Paris. The minister said ties were strong.", true, &["minister/said"]),
        ("Former Governor Jeb Bush spoke first. The former governor said he was ready.", true, &["former governor/said/->Former Governor Jeb Bush"]),
        // With other modifiers a description is a mention of its own.
        ("The health ministry counted 40 cases. The ministry said more would come.", true, &["ministry/said/->health ministry"]),
        // A name before an auxiliary, adverbs and a participle is a subject
        // a later pronoun may stand for.
        ("Maria Lopez spoke first. Hale was also known for his campaigns. He said schools were failing.", true, &["He/said/->Hale"]),
        // An inverted speaker's appositions end before a phrase of how.
        ("\"We are not there yet,\" said Grant Fitzner, the ONS's chief economist, in a statement.", true, &["Grant Fitzner, the ONS's chief economist/said"]),
        // After a singular determiner a cue's base form is a noun.
        ("The chief executive told analysts on a conference call that demand was strong.", true, &["chief executive/told"]),
        // A participial clause between subject and verb is left out; an
        // adjective with its complement stays, as the attribution gold keeps
        // it (`person familiar with the planning for Thursday's meeting`).
        ("Residents returning to their homes said the water was bad.", true, &["Residents/said"]),
        ("One message, apparently referring to air strikes, said the attacks would go on.", true, &["One message/said"]),
        ("A statement posted on its website said the plant was safe.", true, &["statement/said"]),
        ("His office said he was resting.", true, &["His office/said"]),
        // A noun in `-ly` is no adverb between subject and cue.
        ("The family said he was at peace.", true, &["family/said"]),
        ("Supporters at the rally said he was right.", true, &["Supporters at the rally/said"]),
        ("He repeatedly said the law was bad.", true, &["He/said"]),
        // A role held for someone keeps its `to` phrase.
        ("An aide to the senator said he would vote no.", true, &["aide to the senator/said"]),
        ("The US ambassador to France said talks went well.", true, &["US ambassador to France/said"]),
        ("Two officials, speaking on condition of anonymity, said talks had stalled.", true, &["Two officials/said"]),
        ("Several officials, including the mayor, said the road would close.", true, &["Several officials/said"]),
        ("People familiar with the matter said the deal was off.", true, &["People familiar with the matter/said"]),
        ("A person familiar with the planning for the meeting says it will focus on unity.", true, &["person familiar with the planning for the meeting/says"]),
        ("Sources close to the talks said a deal was near.", true, &["Sources close to the talks/said"]),
        ("Majorities of Democrats in five states going to the polls Tuesday say they are satisfied.", true, &["Majorities of Democrats in five states/say"]),
        ("Officials briefed on the plan said it would fail.", true, &["Officials/said"]),
        // A dateline is no subject; a participle after `X said,` is X's.
        ("Washington (AFP) – Hillary Clinton attacked Trump, saying the remarks did harm.", true, &["Hillary Clinton/saying"]),
        ("He left early, Nefzi said, adding, \"He was not religious.\"", true, &["Nefzi/said"]),
        ("LOS ANGELES -- The stories begin, the mayor said.", true, &["mayor/said"]),
        ("LOS ANGELES -- ''The stories begin.", true, &[]),
        // A quotation too short to read as speech alone is speech when
        // its speaker and verb follow; not a title in single marks.
        ("\"Not again,\" the man muttered.", true, &["man/muttered"]),
        ("\"Not again,\" the man read.", true, &["man/quote"]),
        ("Yet, \"it is hard to tell,\" added Zarate, a former adviser.", true, &["Zarate, a former adviser/added"]),
        ("In 'crazy election,' Gary Johnson strives for a spot in presidential debates.", false, &[]),
        // The subject of an absolute clause introduces its quotation.
        ("Fans cheered in Birmingham, Alabama, with Trump reportedly yelling: “Get him out of here, he is trouble!”", true, &["Trump/quote"]),
        // Phrasal verbs of another meaning are no cue.
        ("The firm wrote down the value of its assets.", false, &[]),
        ("Rubio would let businesses write off capital investment.", false, &[]),
        ("He showed up at the rally.", false, &[]),
        // Quantifiers that stand for people; a reporting verb past `first`
        // or `since`; a verb coordinated with `but`.
        ("Some say the plan will fail.", true, &["Some/say"]),
        ("Lee and Chen met in May. Both said they were innocent.", true, &["Both/said"]),
        ("They both said they were innocent.", true, &["They/said"]),
        // Determiners other than `the`, `a`, `an` stay in the span.
        ("Both sides said the talks failed.", true, &["Both sides/said"]),
        ("Virtually all analysts say the plan is over.", true, &["all analysts/say"]),
        // A clause opened by a contracted pronoun (`he's`, `they’re`).
        ("Most say he's decisive.", true, &["Most/say"]),
        // A participle after a quotation's closing comma takes the main
        // subject; its reported clause's pronoun is that speaker again.
        ("Trump hailed the vote as “fantastic,” telling reporters during a visit to Scotland on Friday that he thinks it is good.", true, &["Trump/telling"]),
        ("Six in 10 say he’s at least somewhat decisive.", true, &["Six in 10/say"]),
        ("Many believe they're right.", true, &["Many/believe"]),
        ("Many believe the plan will fail.", true, &["Many/believe"]),
        ("Voters have some say in the matter.", false, &[]),
        ("Bob said there was \"some reporting\" on it.", true, &["Bob/said"]),
        ("It may not be a bad thing, say some Democrats, who cringe.", true, &["some Democrats/say"]),
        ("Prices will fall, say analysts.", true, &["analysts/say"]),
        ("The meeting was first reported by Politico.", true, &["Politico/reported"]),
        ("Mrs. Clinton has since said she would support it.", true, &["Mrs. Clinton/said"]),
        ("He endorsed Clinton, but told reporters that Sanders would win.", true, &["He/told"]),
        ("In response, Trump assured voters he would win.", true, &["Trump/assured"]),
        // An infinitive cue shares the subject of the predicate it completes.
        ("Yellen is likely to stress that the Fed would pause.", true, &["Yellen/stress"]),
        ("Voters are slightly more likely to say that Clinton is right.", true, &["Voters/say"]),
        ("Democrats seemed less likely to believe the report.", true, &["Democrats/believe"]),
        ("Trump was quick to add that the deal is off.", true, &["Trump/add"]),
        ("Clinton has tried to explain her support for the deal.", true, &["Clinton/explain"]),
        ("He refused to explain it.", false, &[]),
        ("She isn't likely to say that.", false, &[]),
        ("They asked him to explain the deal.", false, &[]),
        ("She tried to demonstrate that she offered a better cure.", false, &[]),
        // Clauses and numbers inside an apposed subject.
        ("The 43-year-old former congressman, who led a filibuster in June, thinks it matters.", true, &["43-year-old former congressman/thinks"]),
        ("Executives for Mondelez, which grew last year, say the company will save money.", true, &["Executives for Mondelez/say"]),
        ("Mr. Obama hasn't indicated any interest in the court.", false, &[]),
        // A Title Case quotation in body text is a title, not words said;
        // shouted capitals and a headline's quotation stay words.
        ("He is now host of “The Nightly Show with Larry Wilmore.”", false, &[]),
        ("Mook released a memo titled \"The Facts on Where the Race Stands.\"", false, &[]),
        ("Weiner acted in the Syfy movie “Sharknado 3: Oh Hell No!”", false, &[]),
        ("He wrote on the sign: “PELOSI STAMMERS THROUGH NEWS CONFERENCE”", true, &["He/wrote"]),
        ("Palin posted it under a headline that said, “ISIS Declares Death to Children.”", true, &["headline/said"]),
        ("He knew that said company was broke.", false, &[]),
        // A Title Case headline's capitalised verbs are verbs.
        ("Rick Perry Just Announced His Official Endorsement Of A Candidate.", true, &["Rick Perry/announced"]),
        ("Trump’s Son Says The Battle Will Be Unprecedented.", true, &["Trump’s Son/says"]),
        ("PLEASE SAY PRAYERS FOR US!", false, &[]),
        // A headline's present verb takes a noun phrase; a verb after the
        // cue word makes it a noun.
        ("Scientists report discovery of new species in Borneo", true, &["Scientists/report"]),
        ("Amid discord, Trump claims nomination;", true, &["Trump/claims"]),
        ("Jobs report gives Democrats a lift;", false, &[]),
        ("Police reports show rise in crime", true, &["Police reports/show"]),
        ("He read the Daily Report Says column.", false, &[]),
        // `as reported by`, `points out`, an ordinal inside a name.
        ("As reported by Western Journalism, the secretary knew it.", true, &["Western Journalism/reported"]),
        ("The PAC started buying ads, as first reported by the New York Times on Tuesday.", true, &["New York Times/reported"]),
        ("The PAC started buying ads, as widely reported by the Associated Press.", true, &["Associated Press/reported"]),
        ("As expected by many, the bill passed.", false, &[]),
        ("But as Liz Kreutz points out in a column, interviews help.", true, &["Liz Kreutz/points"]),
        ("Her margin shrank from 12 percentage points to 8 percentage points.", false, &[]),
        ("The U.S. Court of Appeals for the 6th Circuit said Ohio provided more voting.", true, &["U.S. Court of Appeals for the 6th Circuit/said"]),
        // A pronoun stands for the latest sentence's speaker, else its
        // subject, and not for someone a title says is of the other sex.
        ("Defence Minister Ana Ruiz met Prime Minister John Lee. She said the talks went well.", true, &["She/said/->Defence Minister Ana Ruiz"]),
        ("Mr. Sanders met Mrs. Clinton on Monday. She said the talks were useful.", true, &["She/said/->Mrs. Clinton"]),
        ("John Smith, the mayor, criticised Governor Jane Doe's plan. He said it would fail.", true, &["He/said/->John Smith"]),
        ("The Islamic State called for attacks, according to the SITE Intelligence Group. It said supporters shared the news.", true, &["It/said/->SITE Intelligence Group"]),
        ("Police arrested Tom Brown after the attack. They said he was armed.", true, &["They/said/->Police"]),
        // Credit lines and asides.
        ("(Additional reporting by Julia Harte in Orlando; Editing by Tim Ahmann)", false, &[]),
        ("Enough said.", false, &[]),
        ("Clinton scrambled to organize, especially in caucus states, and her campaign lurched.", false, &[]),
        // A person who suggests speaks; a thing suggests only with `that`.
        ("Voters, Clinton suggested, don't have to worry.", true, &["Clinton/suggested"]),
        ("Growth suggests the plan works.", false, &[]),
        // The writer's turns of phrase.
        ("Having said that, there are a lot of shows.", false, &[]),
        ("That said, the plan failed.", false, &[]),
        ("According to the World Bank, growth slowed.", true, &["World Bank/according to"]),
        ("Unemployment fell to 4.1 percent, according to a survey by the ministry.", true, &["survey by the ministry/according to"]),
        ("According to figures from the census office, the population grew.", true, &["figures from the census office/according to"]),
        ("Fundraising, according to the campaign, has surged.", true, &["campaign/according to"]),
        ("Clinton won the primary, according to early returns.", true, &["early returns/according to"]),
        // A subject shared by coordinated verbs is the speech verb's source.
        ("NASA celebrates 30 years of flight; announces new homes for the shuttles", true, &["NASA/announces"]),
        ("The ministry visited the site on Monday and said the road would reopen.", true, &["ministry/said"]),
        ("We visited the site and said nothing.", false, &[]),
        ("Growth slowed, as per the finance ministry.", true, &["finance ministry/as per"]),
        ("Reuters reported the deal, citing two people familiar with the matter.", true, &["Reuters/reported", "two people familiar with the matter/citing/via 0"]),
        ("The New York Times, citing two people familiar with the talks, reported that a vote was planned.", true, &["New York Times/reported", "two people familiar with the talks/citing/via 0"]),
        ("Le Monde cited a senior diplomat as saying talks had stalled.", true, &["Le Monde/cited", "senior diplomat/cited/via 0"]),
        // A finite `cited` names a source in its object only with what the
        // object said; otherwise the object is a thing put forward.
        ("His cousin cited the plan's cost as a danger.", true, &["His cousin/cited"]),
        ("Trump cites San Antonio as an example of a city where a wall worked.", true, &["Trump/cites"]),
        ("It cited a senior official sharing the assessment.", true, &["It/cited", "senior official/cited/via 0"]),
        ("The governor told reporters that schools would close.", true, &["governor/told"]),
        ("Mayor Tom Hale spoke first. He said the budget was balanced.", true, &["He/said/->Mayor Tom Hale"]),
        // A one-word subject of a passive or a perfect; an owner's role.
        ("Megrahi was released in 2009. He said he was innocent.", true, &["He/said/->Megrahi"]),
        ("Hart, who had 17 previous convictions, showed no emotion. His lawyer said he would appeal.", true, &["His lawyer/said/->Hart"]),
        ("Iran's foreign minister met his French counterpart. He said the deal was fair.", true, &["He/said/->Iran's foreign minister"]),
        ("Smith spoke. None has offered plans. \"It is late,\" he said.", true, &["he/said/->Smith"]),
        // A role in lower case before the name opens the subject.
        ("Scotland's justice secretary Kenny MacAskill freed him. He said the choice was his.", true, &["He/said/->Scotland's justice secretary Kenny MacAskill"]),
        ("On Monday, defence secretary Robert Gates visited Iraq. He said troops would stay.", true, &["He/said/->defence secretary Robert Gates"]),
        // An owner's sex is not the phrase's: `Mr Smith's lawyer` may be a she.
        ("Mr Smith's lawyer, Jane Doe, said he was innocent. She added that he would appeal.", true, &["She/added/->Mr Smith's lawyer, Jane Doe"]),
        // A titled name is an antecedent wherever it stands; a plural head is a group.
        ("Reuters reported that Mr. Smith had resigned. He said he was tired.", true, &["He/said/->Mr. Smith"]),
        ("Officials in the province said the toll was higher. He said it would rise.", true, &["He/said"]),
        // `the` + a noun for a body (`the company`, `the agency`) stands for
        // the body named before, as `it` does (#13); a longer description
        // (`the defence ministry`) is a mention of its own.
        ("The health ministry said 40 people died. The ministry said the toll would rise.", true, &["ministry/said/->health ministry"]),
        // A single capitalised word reads as a surname, but stands for a
        // body when nothing else fits (`Shell said ... It said`).
        ("Apple said sales fell. The company said it would cut jobs.", true, &["company/said/->Apple"]),
        ("Greenpeace criticized the plan. Shell said it would go ahead. It said the rig was safe.", true, &["It/said/->Shell"]),
        // `the airline`, `the club` say they stand for a body: a name with
        // no person's marks will do, spoken or not.
        ("Ryanair cancelled 40 flights. The airline said strikes were to blame.", true, &["airline/said/->Ryanair"]),
        // A definite noun stands first for a mention holding that noun,
        // and a later `it` for the body it stood for.
        ("The transport agency said it was watching. Analysts at Danske Bank said costs would rise. The bank said a long dispute was a threat.", true, &["bank/said/->Analysts at Danske Bank"]),
        ("The transport agency said it was watching. Analysts at Danske Bank said costs would rise. The bank said a long dispute was a threat. It noted that shares had fallen.", true, &["It/noted/->Analysts at Danske Bank"]),
        ("The public prosecution service said two men were charged. It is the largest seizure, the service said.", true, &["service/said/->public prosecution service"]),
        ("Lava rose 50 metres, the Icelandic Meteorological Office said. The fissure was 3.9 km long, the office said.", true, &["office/said/->Icelandic Meteorological Office"]),
        ("Manchester United sacked its manager. The club said a coach would be named.", true, &["club/said/->Manchester United"]),
        // ... and failing a name, the owner of a recent mention.
        ("Toyota's chief executive, Koji Sato, said sales fell. The company said it would cut prices.", true, &["company/said/->Toyota"]),
        ("Mr. Smith resigned. The company said sales rose.", true, &["company/said"]),
        ("Microsoft bought the startup for $2bn. It said the deal would close in June.", true, &["It/said/->Microsoft"]),
        ("Leeds Crown Court heard the case. The court said the trial would resume.", true, &["court/said/->Leeds Crown Court"]),
        ("The IMF approved a loan. In a statement, the lender said it was watching.", true, &["lender/said/->IMF"]),
        ("Boeing delivered 30 planes in March. The planemaker said deliveries would rise.", true, &["planemaker/said/->Boeing"]),
        ("Mr. Smith resigned. It said sales rose.", true, &["It/said"]),
        ("Dawson lifted a sign of her own. \"I am still here,\" it read.", true, &["it/quote"]),
        // A full name after a verb whose object can only be a person.
        ("Police arrested John Smith on Monday. He told reporters he was innocent.", true, &["He/told/->John Smith"]),
        ("Obama visited New York on Monday. He said the city was safe.", true, &["He/said/->Obama"]),
        // A given name says a person's sex, and so does the surname after.
        ("The president met Angela Merkel on Monday. She said the talks were useful.", true, &["She/said/->Angela Merkel"]),
        ("Angela Merkel arrived first. The president met Merkel on Monday. She said the talks were useful.", true, &["She/said/->Merkel"]),
        ("Hillary Clinton spoke first. Mr. Clinton spoke next. Reporters asked Clinton about it. He said no.", true, &["He/said/->Clinton"]),
        // A name placed by `in the` is a place, no body.
        ("Toyota said it would recall cars in the United States. The company said no one was hurt.", true, &["company/said/->Toyota"]),
        ("Toyota said it recalled cars across the European Union. It said no one was hurt.", true, &["It/said/->Toyota"]),
        // A name of two words after `the` that opens the sentence before its
        // verb is a body; so is one that spoke, when nothing marks a person.
        ("The Red Cross sent aid. It said 2,000 families needed shelter.", true, &["It/said/->Red Cross"]),
        ("The Red Cross said aid was blocked. It said 2,000 families needed shelter.", true, &["It/said/->Red Cross"]),
        // `they` after a vague quantity of people, or their relatives.
        ("Thousands of protesters marched in Cairo. They said the regime must go.", true, &["They/said/->Thousands of protesters"]),
        ("Relatives of the victims met the minister. They said they wanted answers.", true, &["They/said/->Relatives"]),
        // Two mentions joined by `and` are one group for `they`.
        ("Apple and Google reported profits. They said demand rose.", true, &["They/said/->Apple and Google"]),
        // A body noun with no body named before names its own, and `it`
        // may stand for it.
        ("The ministry said 40 died. It said more would follow.", true, &["It/said/->ministry"]),
        ("Acme Corp. reported record profits. The company said sales rose.", true, &["company/said/->Acme Corp."]),
        ("The World Health Organization warned of an outbreak. The agency said 300 people were ill.", true, &["agency/said/->World Health Organization"]),
        ("The company said sales rose.", true, &["company/said"]),
        ("Apple said sales fell. The defence ministry said it would buy drones.", true, &["defence ministry/said"]),
        ("Police said two men were held. The company said it would help.", true, &["company/said"]),
        ("Police said two men were held. Minister Jane Doe spoke. They added that more arrests were likely.", true, &["They/added/->Police"]),
        ("Its chief executive, Tom Lee, said sales would rebound.", true, &["Its chief executive, Tom Lee/said"]),
        ("Ravi Patel, a spokesman for the airline, said flights resumed.", true, &["Ravi Patel, a spokesman for the airline/said"]),
        ("Farmers and traders say prices doubled.", true, &["Farmers/say", "traders/say"]),
        ("Reuters and the BBC reported that the talks had failed.", true, &["Reuters/reported", "BBC/reported"]),
        ("Reuters and the BBC both reported that the talks had failed.", true, &["Reuters/reported", "BBC/reported"]),
        // `nor`, `as well as`, a list opening the sentence and a pronoun
        // coordinate speakers too; a place continuing a prepositional
        // phrase, and an opening adverbial, do not.
        ("Neither the police nor the army said anything.", true, &["police/said", "army/said"]),
        ("The mayor as well as the governor said the roads were closed.", true, &["mayor/said", "governor/said"]),
        ("Smith, Jones and Brown all said the plan was flawed.", true, &["Smith/said", "Jones/said", "Brown/said"]),
        ("He and his lawyer deny the charges.", true, &["He/deny", "his lawyer/deny"]),
        ("Officials in Paris and Berlin said talks would resume.", true, &["Officials in Paris and Berlin/said"]),
        // People from a body take a second body after `and` as their
        // preposition's object too; a second group of people is a speaker.
        ("Observers from the African Union and the European Union said the vote was fair.", true, &["Observers from the African Union and the European Union/said"]),
        ("Experts at the university and the hospital said it was safe.", true, &["Experts at the university and the hospital/said"]),
        ("Residents of the town and police said the fire spread fast.", true, &["Residents of the town/said", "police/said"]),
        ("Yesterday, Jones and Brown said no.", true, &["Jones/said", "Brown/said"]),
        // One article over capitalised words joined by `and` and ending in a
        // body's word is one name; an acronym or a second article makes two.
        ("The Food and Drug Administration said the drug was safe.", true, &["Food and Drug Administration/said"]),
        ("The National Scientific and Technical Research Council stated the bones were old.", true, &["National Scientific and Technical Research Council/stated"]),
        ("The House Transportation and Infrastructure Committee said the bill would pass.", true, &["House Transportation and Infrastructure Committee/said"]),
        ("The FBI and Justice Department said the case was closed.", true, &["FBI/said", "Justice Department/said"]),
        ("The White House and State Department said no troops would go.", true, &["White House/said", "State Department/said"]),
        // So is a body's name with a list after its `of`.
        ("The Bureau of Alcohol, Tobacco and Firearms said the gun was legal.", true, &["Bureau of Alcohol, Tobacco and Firearms/said"]),
        ("Officials from France, Germany and Britain said talks would resume.", true, &["Officials from France, Germany and Britain/said"]),
        ("Speaking in Paris, Smith and Jones said the deal was off.", true, &["Smith/said", "Jones/said"]),
        ("After talks in Geneva, Russia and Ukraine said they would meet again.", true, &["Russia/said", "Ukraine/said"]),
        ("The Pentagon and the State Department said no troops would go.", true, &["Pentagon/said", "State Department/said"]),
        // A determiner inside the phrase's prepositional part; the head
        // before it (or a partitive's whole) agrees with the verb.
        ("Officials in both parties say it is bad.", true, &["Officials in both parties/say"]),
        ("Half of voters in each state say the plan failed.", true, &["Half of voters in each state/say"]),
        ("Many of her Republican supporters say they empathize.", true, &["Many of her Republican supporters/say"]),
        ("He will have the final say on it.", false, &[]),
        // A one-word first conjunct modifying a shared plural head is one
        // source; two plurals or two people stay two.
        ("Black and Hispanic voters say the economy is bad.", true, &["Black and Hispanic voters/say"]),
        ("Minority and women voters say she is likable.", true, &["Minority and women voters/say"]),
        ("Democrats and Republicans say it failed.", true, &["Democrats/say", "Republicans/say"]),
        // Two roles of one named person are one source.
        ("Party contender and former surgeon Jane Roe said she would run.", true, &["former surgeon Jane Roe/said"]),
        ("The mayor and Governor Jerry Brown said it was fine.", true, &["mayor/said", "Governor Jerry Brown/said"]),
        // A reply to or with something said is a statement; a reply to an
        // emergency, or none, is not.
        ("Carson responded on Sunday to accusations that he lied.", true, &["Carson/responded"]),
        ("Her supporters responded with chants of \"four more years\".", true, &["Her supporters/responded"]),
        ("The campaign replied to questions about the loan.", true, &["campaign/replied"]),
        ("Firefighters responded to the blaze on Main Street.", false, &[]),
        ("Police responded to reports of a shooting.", false, &[]),
        ("The company did not respond to questions about the loan.", false, &[]),
        ("The two agencies both reported that the talks had failed.", true, &["two agencies/reported"]),
        ("He gained in the polls and the survey data showing that voters had moved.", true, &["survey data/showing"]),
        ("The agency said the plant was safe, the ministry reported.", true, &["agency/said/via 1", "ministry/reported"]),
        ("The study found that sleep improves memory.", true, &["study/found"]),
        ("Health officials believe the outbreak is contained.", true, &["Health officials/believe"]),
        ("The senator in a statement said she would resign.", true, &["senator/in a statement said"]),
        ("Analysts called the plan a \"reckless gamble\".", true, &["Analysts/called"]),
        // A poll's share calls too, with a plural verb.
        ("And 64 percent call him competent.", true, &["64 percent/call"]),
        ("About 40 percent found the ads offensive.", true, &["40 percent/found"]),
        ("Prices rose by 40 percent, found in the data.", false, &[]),
        ("The figures, released by the statistics office on Tuesday, showed wages grew.", true, &["figures/showed"]),
        ("Poland's armed forces said an object entered its airspace.", true, &["Poland's armed forces/said"]),
        ("Ukraine's state emergency service said 22 people were rescued.", true, &["Ukraine's state emergency service/said"]),
        ("The U.N. human rights monitoring mission has confirmed 10,000 deaths.", true, &["U.N. human rights monitoring mission/confirmed"]),
        ("Russia's defence ministry, quoted by the TASS news agency, said all targets were hit.", true, &["Russia's defence ministry/said/via 1", "TASS news agency/quoted"]),
        ("Microsoft Corp. said last week it would eliminate 10,000 positions.", true, &["Microsoft Corp./said"]),
        ("Amazon.com Inc. has said it plans to lay off 18,000.", true, &["Amazon.com Inc./said"]),
        ("Microsoft said it would cut 10,000 jobs, while Amazon has said it plans to cut 18,000.", true, &["Microsoft/said", "Amazon/said"]),
        ("Tenant groups were skeptical. They said promises had been broken.", true, &["They/said/->Tenant groups"]),
        // A plural subject that opens the sentence capitalised, its phrase
        // running on past the head.
        ("Residents of the town protested. They said the plant was unsafe.", true, &["They/said/->Residents"]),
        ("The researchers, from the University of Oslo, studied 2,000 patients. They found that the drug worked.", true, &["They/found/->researchers"]),
        // One capitalised word opening a sentence before its verb is a
        // surname for `he` and `she`; for `it` only a word that spoke.
        ("Trump met Putin on Tuesday. He said the talks went well.", true, &["He/said/->Trump"]),
        ("Shell cut jobs. It said demand was weak.", true, &["It/said"]),
        ("Shell said profits fell. It said demand was weak.", true, &["It/said/->Shell"]),
        ("Critics met on Tuesday. He said the talks went well.", true, &["He/said"]),
        // Armed groups are people too.
        ("The rebels seized the town. They claimed that 30 soldiers were killed.", true, &["They/claimed/->rebels"]),
        ("Three gunmen stormed the hotel. They said they wanted money.", true, &["They/said/->Three gunmen"]),
        ("Officials met in Geneva. They said talks would resume.", true, &["They/said/->Officials"]),
        // `the` and a name ending in a body's word names a body, whatever follows.
        ("The World Bank cut its forecast. The bank said growth would slow.", true, &["bank/said/->World Bank"]),
        ("The Justice Department opened an inquiry. It said 12 were charged.", true, &["It/said/->Justice Department"]),
        // An acronym alone as the subject names a body.
        ("NASA launched the probe. The agency said it would reach Mars.", true, &["agency/said/->NASA"]),
        ("NASA launched the probe. It said the probe would reach Mars.", true, &["It/said/->NASA"]),
        ("The FBI arrested him. The bureau said he was armed.", true, &["bureau/said/->FBI"]),
        // A name with an age after it is a person's, object or not.
        ("Police arrested John Smith, 34, on Monday. He told officers he was innocent.", true, &["He/told/->John Smith"]),
        // Two single names joined by `and` before a verb are a group.
        ("Johnson and Weld met voters. They said the race was close.", true, &["They/said/->Johnson and Weld"]),
        ("Greenpeace and the WWF criticised the plan. They said it would harm wildlife.", true, &["They/said/->Greenpeace and the WWF"]),
        // One plural name after `the` is people.
        ("The Smiths said the house was destroyed. They said they would rebuild.", true, &["They/said/->Smiths"]),
        // An object pronoun after `according to` is a pronoun source.
        ("Doctors treated 40 patients. According to them, most had burns.", true, &["them/according to/->Doctors"]),
        // `the latter`, `the former`: the last of two named in one sentence,
        // or the one before it; none when the sentence kept one name only.
        ("Smith met Jones on Monday. The latter said a deal was done.", true, &["latter/said/->Jones"]),
        ("Smith met Jones on Monday. The former said a deal was done.", true, &["former/said/->Smith"]),
        ("Smith said talks failed. Jones said they went well. The latter said so too.", true, &["latter/said"]),
        ("The former president said a deal was done.", true, &["former president/said"]),
        ("Prices rose, according to him.", true, &["him/according to"]),
        ("According to her plan, firms must repay aid.", true, &["her plan/according to"]),
        // The base form of a lemma that is often a noun is a present tense
        // after a plural subject of people, with a clause after it.
        ("Experts fear the virus could spread.", true, &["Experts/fear"]),
        ("Prosecutors allege he stole money.", true, &["Prosecutors/allege"]),
        ("In it, they conclude that four justices favour business.", true, &["they/conclude"]),
        // The outlet that saw a document is not its source (CLAIMS.md).
        ("A draft report seen by the Guardian says the plan failed.", true, &["draft report/says"]),
        ("A letter written by the mayor said the school would close.", true, &["letter/said"]),
        // Arguing with someone is a quarrel.
        ("She argued with her brother.", false, &[]),
        ("She argued that the plan would fail.", true, &["She/argued"]),
        // A speaker who took to a medium to speak.
        ("Warren took to Twitter to say the bill was a giveaway.", true, &["Warren/say"]),
        ("Cruz went on Fox News to argue that the deal was bad.", true, &["Cruz/argue"]),
        ("Fans took to the streets to celebrate.", false, &[]),
        // `as X put it` gives X's words.
        ("As Trump put it, the system is rigged.", true, &["Trump/put"]),
        ("The deal, as she puts it, is a disaster.", true, &["she/puts"]),
        ("As Smith put it, \"We lost the war.\"", true, &["Smith/quote"]),
        ("As prices put it out of reach, sales fell.", false, &[]),
        ("As he put it to the test, it failed.", false, &[]),
        ("Republicans fear the bill will fail.", true, &["Republicans/fear"]),
        ("Lawyers for the family contend that police lied.", true, &["Lawyers for the family/contend"]),
        ("The suit contends that the rule is illegal.", true, &["suit/contends"]),
        ("Sales of the device fear nothing.", false, &[]),
        ("His aides privately concede that the race is tight.", true, &["His aides/concede"]),
        ("The Tampa Bay Buccaneers fear they will lose.", true, &["Tampa Bay Buccaneers/fear"]),
        ("Democrats' fear is that turnout will fall.", false, &[]),
        ("Officials expect it to raise rates.", false, &[]),
        ("Residents fear flooding.", false, &[]),
        ("The fears of residents grew.", false, &[]),
        // A verb coordinated with one after the subject's apposition.
        ("Jessie Elkins, 70, had served in Vietnam and said he was convinced.", true, &["Jessie Elkins/said"]),
        ("Smith, a lawyer, visited the site and said it was safe.", true, &["Smith/said"]),
        // A sentence of only a speaker and a verb of speech after a
        // quotation closed the sentence before speaks that quotation.
        ("\"Would it be negotiable?\" Hannity pressed.", true, &["Hannity/quote"]),
        ("\"How do we keep them?\" Clinton asked.", true, &["Clinton/quote"]),
        ("\"It is over.\" He added.", true, &["He/added"]),
        ("\"It is over.\" He left.", false, &[]),
        // A verb joined to a copula shares its subject; not inside a
        // subordinate clause with a subject of its own.
        ("Smith was tired but said that she agreed.", true, &["Smith/said"]),
        // Past a time before the second verb; a role after a name is part of
        // the subject; a clause after a conjunction has its own.
        ("Marcus has been critical of Trump but on Tuesday wrote that she agreed.", true, &["Marcus/wrote"]),
        (
            "The Washington Post columnist Ruth Marcus was critical but wrote that she agreed.",
            true,
            &["Washington Post columnist Ruth Marcus/wrote"],
        ),
        ("The plan failed but officials said it would resume.", true, &["officials/said"]),
        ("Michelle Obama was reportedly enraged and insisted an apology was inadequate.", true, &["Michelle Obama/insisted"]),
        ("Some were yawning as he mentioned the wage and described her plans.", true, &["he/mentioned"]),
        ("When Trump referred to the massacre and said he would protect them, the crowd applauded.", true, &["Trump/said"]),
        ("When prices rose and said nothing, the crowd applauded.", false, &[]),
        // A reply or an addition in a participial clause before `that`,
        // also the second of two joined by `and`; not before a quote.
        ("Sanders left, admitting that he lost.", true, &["Sanders/admitting"]),
        ("Sanders toned down his criticism, shifting his focus and conceding that he lost.", true, &["Sanders/conceding"]),
        ("Sanders toned down his criticism, shifting his focus and saying that he lost.", true, &["Sanders/saying"]),
        // A capitalised adverb after a capital is part of a name.
        ("America First said it would sue.", true, &["America First/said"]),
        ("Trump Also Says He Will Win", true, &["Trump/says"]),
        // A plural-looking verb before an object pronoun ends the subject.
        ("The ministry disputes this, saying that most workers had moved.", true, &["ministry/saying"]),
        ("The company rejects them, arguing they are false.", true, &["company/arguing"]),
        ("Sanders toned down his criticism and shifting focus is hard.", false, &[]),
        // A cue word that ends a prepositional phrase of bare modifiers is
        // its noun.
        ("The PAC bought ads in key states this year.", false, &[]),
        ("Ads ran across battleground states this week.", false, &[]),
        ("A memo by staff states that the plan failed.", true, &["memo by staff/states"]),
        ("A copy of the report states that the plan failed.", true, &["copy of the report/states"]),
        ("Critics of truancy crackdowns say such efforts target the poor.", true, &["Critics of truancy crackdowns/say"]),
        ("I based that on numerous reports that turned out to be wrong.", false, &[]),
        // A quotation's owner ends before the verb after the name.
        ("The New Republic’s Jeet Heer sees the piece as a return to \"conservatism,\" which has been \"obscured by a populist mask.\"", true, &["New Republic’s Jeet Heer/quote"]),
        ("Trump supporters viewed the signs as \"conservatism,\" which has been \"obscured by a populist mask.\"", true, &["Trump supporters/quote"]),
        // `went` only as `went on`; a participle before `at` a value is a
        // reduced passive.
        ("As the night went, the talks stalled and \"nobody moved an inch.\"", true, &[]),
        ("He went on: \"We will win this race.\"", true, &["He/quote"]),
        ("He is one of the poorest, with a net worth estimated at less than $100,000.", false, &[]),
        ("The ministry estimated at least 500 people died.", true, &["ministry/estimated"]),
        ("He spoke to a crowd that the campaign estimated at 3,000 people.", true, &["campaign/estimated"]),
        // A possessive subject is no plural for a base form.
        ("Boyle’s question centered on revelations the RNC and local and state party officials stacked it.", false, &[]),
        // Two speakers joined by `and` before a shared apposition.
        ("\"We can only wonder,\" Phil Berger and Tim Moore, both Republicans, said in a statement.", true, &["Phil Berger/said", "Tim Moore, both Republicans/said"]),
        ("Smith and his aide, a lawyer, said the deal was off.", true, &["Smith/said", "his aide, a lawyer/said"]),
        // A relative clause after a clause belongs to the phrase before it.
        ("It's odd to watch Mitt Romney, who campaigned on it, suddenly insist that he lost.", true, &["Mitt Romney/insist"]),
        ("It is odd that Romney, who campaigned on it, insists that he lost.", true, &["Romney/insists"]),
        ("After the vote, which took hours, the senator said it was over.", true, &["senator/said"]),
        // An aside between dashes that names members of the subject.
        ("Some economists - including a minority of the committee - warn that the bank could fail.", true, &["Some economists/warn"]),
        ("Critics—among them two senators—argue that the bill is flawed.", true, &["Critics/argue"]),
        ("The two men – both lawyers – said the deal was off.", true, &["two men/said"]),
        ("Prices - including rents - rose sharply.", false, &[]),
        ("Murphy — after a knock-on-wood gesture — told me he was lucky.", true, &["Murphy/told"]),
        // An age stands for the person it was given for.
        ("\"What if he had lessons,\" the 43-year-old asked.", true, &["43-year-old/quote"]),
        ("\"It is over,\" said the 29-year-old.", true, &["29-year-old/said"]),
        ("\"It is over,\" the old man said.", true, &["old man/said"]),
        ("The deal is off. Clinton asked.", false, &[]),
        // A `whose` clause between the subject and its verb.
        ("The state officials whose laws have been invalidated say the change has come.", true, &["state officials/say"]),
        // A gerund after a passive participle is the passive subject's.
        ("She was quoted as saying the plan was dead.", true, &["She/saying"]),
        ("The minister is quoted as saying that talks failed.", true, &["minister/saying"]),
        ("He was heard saying the deal was off.", true, &["He/saying"]),
        ("He was seen leaving the building.", false, &[]),
        // A few quoted words before the head modify it.
        ("According to the \"clawback\" plan, firms must repay aid.", true, &["\"clawback\" plan/according to"]),
        ("According to her \"clawback\" plan, firms must repay aid.", true, &["her \"clawback\" plan/according to"]),
        // ... but a capitalised name that ends in s is no such subject.
        ("Peters met in Geneva. They said talks would resume.", true, &["They/said"]),
        ("The budget office estimated a cost of $600 million. Its analysts wrote that costs could rise.", true, &["Its analysts/wrote/->budget office"]),
        ("A spokesperson for the Foreign Office confirmed the figure.", true, &["spokesperson for the Foreign Office/confirmed"]),
        ("Inflation rose, data from the statistics office showed on Tuesday.", true, &["data from the statistics office/showed"]),
        ("The 34-year-old shopkeeper said he had lost his home.", true, &["34-year-old shopkeeper/said"]),
        ("The United Nations said 465 houses were destroyed. It added that its teams were there.", true, &["It/added/->United Nations"]),
        ("\"It is hot,\" said Dr. Ana Ruiz, a lecturer at the institute.", true, &["Dr. Ana Ruiz, a lecturer at the institute/said"]),
        // After a quotation, the speaker with a title and appositions.
        ("\"It was a mistake,\" Ms. Park, a former diplomat, said in an interview.", true, &["Ms. Park, a former diplomat/said"]),
        ("\"It was a mistake,\" Park, a former diplomat, said.", true, &["Park, a former diplomat/said"]),
        ("Hunter, meanwhile, told Politico that he backed the plan.", true, &["Hunter/told"]),
        ("Sanders visited NBC's \"Today\" to discuss his rival, Hillary Clinton, saying she was wrong.", true, &["Sanders/saying"]),
        // Who is told is the addressee, not the speaker.
        ("The plan was approved, the minister, 61, told a local radio host.", true, &["minister, 61/told"]),
        ("\"We hid,\" said Faris Hayder, a resident of Basra, to Reuters.", true, &["Faris Hayder, a resident of Basra/said"]),
        ("\"We hid,\" said Jane Roe, a contributor to The New York Times.", true, &["Jane Roe, a contributor to The New York Times/said"]),
        // What is shown or found by a person or a body is a thing; by a
        // document, evidence.
        ("Little compassion was shown by the regime.", false, &[]),
        ("The film was shown by the BBC last year.", false, &[]),
        ("The rise was shown by the data.", true, &["data/shown"]),
        ("Researchers at the London School of Hygiene & Tropical Medicine found that deaths tripled.", true, &["Researchers at the London School of Hygiene & Tropical Medicine/found"]),
        ("\"Sales rose,\" said a spokeswoman for Procter & Gamble.", true, &["spokeswoman for Procter & Gamble/said"]),
        // Not attribution: cue words used as nouns and adjectives.
        ("The carmaker cut its full-year forecast, blaming weak demand.", false, &[]),
        ("Revenue fell short of a previous estimate of $4 billion.", false, &[]),
        ("The stock trades at 6 times expected earnings.", false, &[]),
        ("In the poll, 47 percent said they would vote for her.", true, &["47 percent/said"]),
        ("Prices rose 5 percent, analysts said.", true, &["analysts/said"]),
        ("Officials released a revised forecast on Monday.", false, &[]),
        ("The union called for a strike on Monday.", false, &[]),
        ("No injuries were reported.", false, &[]),
        ("The company reportedly lost money.", false, &[]),
        ("The council signed a treaty with its neighbours.", false, &[]),
        ("Critics mocked the \"new normal\".", false, &[]),
        ("The report has prompted calls for reform.", false, &[]),
        ("It is worth noting that the deficit grew.", false, &[]),
        ("A unit called the Red Brigade took part in the attack.", false, &[]),
        ("She taught a 2002 psychology class called “Perception” there.", false, &[]),
        ("It is what’s today typically called “therapeutic cloning”.", false, &[]),
        ("It’s now called New York.", false, &[]),
        ("A spokesman called the plan “a disaster”.", true, &["spokesman/called"]),
        // A name given after an adverb of naming or after `one`; `no one
        // called` and `also called` are someone calling.
        ("The court struck down the procedure sometimes called partial-birth abortion.", false, &[]),
        ("Ships of every kind sailed, including one called the Swan.", false, &[]),
        ("The ministry also called the plan reckless.", true, &["ministry/called"]),
        // A participle after a noun and before `as` is an agentless passive;
        // `quoted as saying`, `stated as much` and a relative clause's
        // subject still report.
        ("A man described as the gunman's brother was detained.", false, &[]),
        ("Two names widely mentioned as candidates are judges.", false, &[]),
        ("Officials quoted as saying the plan failed were not named.", true, &["Officials/quoted"]),
        ("Even the administrator stated as much.", true, &["administrator/stated"]),
        ("The business, which friends described as miserable, failed.", true, &["friends/described"]),
        // The line an embedded post ends with names its author.
        ("No one is above the law. — Ann Lee (@annlee) July 5, 2016", true, &["Ann Lee/quote"]),
        ("It rained — Ann Lee and Bo Chen (both hurt) stayed home.", false, &[]),
        // What is cited is a possession or a quoted phrase: the one citing
        // is the source; a person cited is.
        ("The governor endorsed her, citing her \"long experience\" and preparedness.", true, &["governor/citing"]),
        ("Ann Lee ended the list, citing “Bo Chen” as her guilty pleasure.", true, &["Ann Lee/citing"]),
        ("Reuters reported the deal, citing two people familiar with the matter.", true, &["Reuters/reported", "two people familiar with the matter/citing/via 0"]),
        // A credit line names who wrote the story, not what was reported.
        ("Smith reported from Kabul, and Jones from Washington.", false, &[]),
        ("Ann Lee contributed reporting from Paris.", false, &[]),
        ("Smith reported from Kabul that the city had fallen.", true, &["Smith/reported"]),
        ("A spokesman called the plan reckless.", true, &["spokesman/called"]),
        // Spans: only `the`, `a`, `an` stay out; a relative clause goes.
        ("Some advocates for the plan said that it works.", true, &["Some advocates for the plan/said"]),
        // A parenthetical aside after a name, a clause inside it, stays in the span.
        ("Sen. Ann Lee (a Democrat so young she has been mistaken for an intern) says she was lost.", true, &["Sen. Ann Lee (a Democrat so young she has been mistaken for an intern)/says"]),
        ("Sanders, who has already sent pleas on her behalf, said he may campaign.", true, &["Sanders/said"]),
        ("Rubio also pointed out that the media rewarded him.", true, &["Rubio/pointed"]),
        ("Mr. Kasich has been a pointed critic of the plan.", false, &[]),
        ("Clinton was quick to respond, tweeting her thanks on Friday.", true, &["Clinton/tweeting"]),
        ("If I had to do it again, I'd have said no.", false, &[]),
        // A progressive is a finite verb: `is saying`, `was reporting`.
        ("He is saying that delegates should switch sides.", true, &["He/saying"]),
        ("The ministry was reporting that 40 people had died.", true, &["ministry/reporting"]),
        ("\"I know people are saying it,\" she said.", true, &["she/said"]),
        // A negated cue reports no claim; a negation in another phrase does not count.
        ("I just don't think the numbers add up.", false, &[]),
        ("Many voters don’t think the plan works.", false, &[]),
        ("Officials did not say how many were hurt.", false, &[]),
        ("She blamed the storm, not the crew, and said the ship was sound.", true, &["She/said"]),
        // The cue lexicon by verb class (cue_verbs.rs), one row per class.
        ("De Silva repeated his claim that the vote was rigged.", true, &["De Silva/repeated"]),
        ("The mayor mentioned that the bridge would close.", true, &["mayor/mentioned"]),
        ("Beck reminded voters that the polls were close.", true, &["Beck/reminded"]),
        ("He implied that the judge was biased.", true, &["He/implied"]),
        ("She portrayed the migrants as criminals.", true, &["She/portrayed"]),
        ("Jewish leaders point to his rhetoric as a warning.", true, &["Jewish leaders/point"]),
        ("Analysts doubted that the deal would last.", true, &["Analysts/doubted"]),
        ("Investigators determined that the fire was arson.", true, &["Investigators/determined"]),
        ("Mr. Trump boasted that he had won.", true, &["Mr. Trump/boasted"]),
        ("The minister has ruled out a tax rise.", true, &["minister/ruled"]),
        // ... with what each class needs around it.
        ("The mention of the plan angered voters.", false, &[]),
        ("That helps explain why turnout fell.", false, &[]),
        ("The firm boasted a record year.", false, &[]),
        ("The police determined the route.", false, &[]),
        ("The judge ruled that the law was void.", false, &[]),
        ("The ruling party won.", false, &[]),
        ("It is a condition characterised by severe brain damage.", false, &[]),
        ("The film is a fantasy, written and directed by the Coens.", false, &[]),
        // Judgment verbs are criticism, not attribution (CLAIMS.md).
        ("Christie accused Cruz of opposing the program.", false, &[]),
        ("Trump and Sanders often blame China for lost jobs.", false, &[]),
        // A relative clause between subject and verb is passed over.
        ("Advisers who have run the numbers argue that she will win.", true, &["Advisers/argue"]),
        // A cue word that is a noun here: it ends its phrase.
        ("Turnout rose in the first four states - Iowa among them.", false, &[]),
        ("He lost in his home state.", false, &[]),
        ("Voters in five states cast ballots Tuesday.", false, &[]),
        ("The report states that 40 people died.", true, &["report/states"]),
        ("The report states: \"Forty people died.\"", true, &["report/states"]),
        // ... unless set off by commas, closing an attribution.
        ("Fans chanted slogans, the Chicago Tribune reports.", true, &["Chicago Tribune/reports"]),
        ("The trouble, Frank notes, began in the 1970s.", true, &["Frank/notes"]),
        // Quotes.
        ("\"The roads are closed and nobody can get through.\"", true, &[]),
        ("She said, \"We will rebuild.", true, &["She/said"]),
        ("She said, \"We will rebuild. It will take years.", true, &[]),
        ("She said, \"We will rebuild. It will take years.\"", true, &[]),
        // A speaker right after the quote, with a verb that is no cue (`quote`) or is one.
        ("\"People are afraid of wasting their votes,\" he surmised.", true, &["he/quote"]),
        ("\"Who pays for it?\" asked Sen. Ann Lee of Ohio.", true, &["Sen. Ann Lee of Ohio/quote"]),
        ("\"It was more than theirs,\" Trump added to reporters.", true, &["Trump/added"]),
        ("“I am still Sanders and always will be,” it read.", true, &["it/quote"]),
        ("“The market has not failed the working class,” he mocks.", true, &["he/quote"]),
        // Quote marks typed as two apostrophes or two backticks.
        ("''We will win,'' said the mayor.", true, &["mayor/said"]),
        ("``We will win,'' said the mayor.", true, &["mayor/said"]),
        ("The mayor said: ''The roads are closed and nobody can get through.''", true, &["mayor/said"]),
        // A quotation's owner is the subject of the verb that introduces
        // it, past an opening participial clause, a particle and an addressee.
        ("Asked whether he would stay, Mr. Smith shot back: ''That would be good.''", true, &["Mr. Smith/quote"]),
        // What is written `reads` its words, with a mark or without.
        ("The letter reads: \"We are deeply sorry for the pain we caused the families.\"", true, &["letter/quote"]),
        ("The sign read \"No entry for trucks after dark in the old town.\"", true, &["sign/quote"]),
        ("He read \"War and Peace\" twice.", false, &[]),
        ("Asked which county he liked, he demurred: “Whichever one I’m in.”", true, &["he/quote"]),
        // (A verb of speech there is the cue itself, past its addressee.)
        ("The wife whispered to him: \"They are still with you.\"", true, &["wife/whispered"]),
        // ... but not a preposition's object left of it.
        ("The jacket she wore in Texas read: \"I really don't care, do you?\"", true, &[]),
        ("Speaking to reporters, the minister said the war was over.", true, &["minister/said"]),
        ("Manning said the war was over.", true, &["Manning/said"]),
        // A gerund after `by`, `after`, `while`, `in` is the main clause subject's,
        // not a relative clause's; a verb coordinated past auxiliaries and adverbs
        // shares the subject.
        ("The bank ended its meeting by announcing it would buy bonds.", true, &["bank/announcing"]),
        ("Before the attacks, Trump took a softer line, suggesting that Russia fight.", true, &["Trump/suggesting"]),
        ("Yet he is facing doubts after saying he is impartial.", true, &["he/saying"]),
        ("It is a rebuttal to the candidate who began by declaring war.", false, &[]),
        ("I began by saying that we won.", false, &[]),
        ("Clinton has voiced concerns but has said she backs the bill.", true, &["Clinton/said"]),
        ("Trump later referred to the attack and said he would act.", true, &["Trump/said"]),
        // A conjunction opening the sentence is no part of an apposed subject.
        ("But the mayor, a Democrat, said the tax was fair.", true, &["mayor, a Democrat/said"]),
        ("Yet economists, like their counterparts, say the tax encourages savings.", true, &["economists, like their counterparts/say"]),
        ("However, the mayor, a Democrat, said the tax was fair.", true, &["mayor, a Democrat/said"]),
        // A verb of reply or addition takes its clause past a short phrase of
        // setting or addressee, or without `that` after a personal pronoun.
        ("Clinton admitted in an interview that she had erred.", true, &["Clinton/admitted"]),
        ("The mayor replied in an even voice that she was pleased.", true, &["mayor/replied"]),
        ("Weiner admitted to the newspaper that he had lied.", true, &["Weiner/admitted"]),
        ("He conceded he had fallen short.", true, &["He/conceded"]),
        ("The report added to fears that the economy was slowing.", false, &[]),
        ("The company added in 2019 that same number of jobs.", false, &[]),
        ("The firm added it to the list.", false, &[]),
        // A gerund after a verb of beginning or going on is its complement,
        // with its subject; a past tense ends a subject's phrase.
        ("Orszag left the bank and began writing op-eds defending tax cuts.", true, &["Orszag/writing"]),
        ("The mayor began by saying the vote was fair.", true, &["mayor/saying"]),
        // Words before a gerund that name no one make it a noun.
        ("I arrived from my normal reporting post in Cairo.", false, &[]),
        ("He has been live reporting from Iowa.", false, &[]),
        ("A young couple also claiming allegiance to the group shot 14 people.", true, &["young couple/claiming"]),
        ("These places are otherwise labeled \"forgotten America.\"", false, &[]),
        // A quotation's owner with no speech verb: not a sentence adverb
        // or a dummy `it`.
        ("Now his friends joke about \"ensuring a free and fair vote.\"", true, &["his friends/quote"]),
        ("It was a \"very bad deal for the workers of this country.\"", true, &[]),
        ("Then the mayor, a Democrat, said the tax was fair.", true, &["mayor, a Democrat/said"]),
        // say-37.7 members that report content.
        ("Freddy confided to her that his parents had panicked.", true, &["Freddy/confided"]),
        // Kin before a name; a capitalised determiner opens the phrase of a
        // subject shared by coordinated verbs.
        ("His brother Mohammed Megrahi claimed the proof was weak and said the pain was over.", true, &["His brother Mohammed Megrahi/claimed"]),
        ("Friends of Mr. Clinton say he has matured. He is calm, they say.", true, &["they/say/->Friends of Mr. Clinton"]),
        // A number inside a name, not a date or a year.
        ("The head of Victims of Pan Am Flight 103, Kara Weipz, told Wikinews that it was over.", true, &["head of Victims of Pan Am Flight 103, Kara Weipz/told"]),
        ("Ted Cruz — Announced March 23, 2015", false, &[]),
        // An addition past a short phrase to its quotation; an apposition
        // ends where a predicate starts.
        ("Susan Cohen, the mother of a victim, thought him a murderer, adding to CNN: \"I feel no pity.\"", true, &["Susan Cohen, the mother of a victim/adding"]),
        ("Clinton, clearly frustrated, responded by pointing a finger, saying the campaign was wrong.", true, &["Clinton, clearly frustrated/saying"]),
        ("Jim Smith, 70, a retired general, said it was over.", true, &["Jim Smith, 70, a retired general/said"]),
        ("She added to the list: \"apples, pears\".", true, &["She/added"]),
        // A person named by what they are is a person for a later `he`.
        ("Alex Salmond spoke first. UK citizen Jim Swire believes the man was innocent. He said the death was sad.", true, &["He/said/->UK citizen Jim Swire"]),
        // A possessive after `and` is the name's before it; both conjuncts speak.
        ("Brown spoke. But Sanders and his aides believe they can win.", true, &["Sanders/believe", "his aides/believe/->Sanders"]),
        // Name particles and initials stay in the name a pronoun stands for.
        ("This was criticized by Nassar al-Rubaie, a member of Parliament. \"We condemn it,\" he said.", true, &["he/said/->Nassar al-Rubaie"]),
        ("Speaker Paul D. Ryan was direct about what he called \"our arguments this year.\"", true, &["he/called/->Speaker Paul D. Ryan"]),
        // In its own sentence a pronoun takes the first name that fits: the
        // subject before an object, the main clause before an opening one.
        ("Bob said a group known as Ansar al-Sharia was involved, but he said he played no role.", true, &["Bob/said", "he/said/->Bob"]),
        ("When Ms. Friedan spoke, Mrs. Schlafly replied that, she said, it was plain.", true, &["Mrs. Schlafly/replied", "she/said/->Mrs. Schlafly/via 0"]),
        ("As Donald Trump began tweeting out a nickname for his rival, his son said he was just getting started.", true, &["Donald Trump/tweeting", "his son/said/->Donald Trump"]),
        // An `and` inside a name; an apposition without its closing comma.
        ("A spokesman for the Department of Health and Human Services said it was over.", true, &["spokesman for the Department of Health and Human Services/said"]),
        ("Anthony Cordesman, a security analyst at the Center for Strategic and International Studies told Bloomberg that it was over.", true, &["Anthony Cordesman, a security analyst at the Center for Strategic and International Studies/told"]),
        ("Reuters and AFP reported the attack.", true, &["Reuters/reported", "AFP/reported"]),
        // An acronym is no relative pronoun; a participle before a time
        // phrase leaves the span.
        ("A report by the WHO found that rates rose.", true, &["report by the WHO/found"]),
        ("A report published by the WHO found that rates rose.", true, &["report/found"]),
        ("A report published last week found that rates rose.", true, &["report/found"]),
        // A passive's agent named by a common noun of people or bodies.
        ("The deaths were confirmed by police.", true, &["police/confirmed"]),
        ("It was announced by the ministry that the road would close.", true, &["ministry/announced"]),
        ("The letter was written by hand.", false, &[]),
        ("Most stories were written by men.", false, &[]),
        // `went on to say that`: the clause is the infinitive's.
        ("Smith went on to say that the road would close.", true, &["Smith/say"]),
        // A prepositional phrase between commas is no apposition.
        ("Mr. Trump, in a brief interview on Saturday, said his plane was great.", true, &["Mr. Trump/said"]),
        ("Legislative leaders, for instance, noted that the panel was partisan.", true, &["Legislative leaders/noted"]),
        // A report's passive raises its speaker: `is reported to have said`;
        // `quoted by X as saying` has the agent between.
        ("Smith is reported to have said that the road would close.", true, &["Smith/said"]),
        ("Smith is believed to have fled.", false, &[]),
        ("Smith was quoted by Reuters as saying that the road would close.", true, &["Smith/saying/via 1", "Reuters/quoted"]),
        // Inverted after a quotation: `one` opens the phrase; an addition
        // verb needs nothing after it there.
        ("\"There is no data,\" said one unaligned Florida Republican strategist.", true, &["one unaligned Florida Republican strategist/said"]),
        ("\"We will win,\" added his campaign manager Jeff Weaver.", true, &["his campaign manager Jeff Weaver/added"]),
        // Relative clauses after commas (`who's` written as one word) or
        // between dashes leave the span; `have long insisted`.
        ("Michael Bloomberg, who's thinking about running, said it was impossible.", true, &["Michael Bloomberg/said"]),
        ("Donald Trump - who previously said he would act - said the borders should close.", true, &["Donald Trump/said"]),
        ("Clinton's advisers have long insisted they would win.", true, &["Clinton's advisers/insisted"]),
        ("The State Department acknowledged for the first time Friday that \"top secret\" data was found.", true, &["State Department/acknowledged"]),
        // After a comma, a phrase whose own verb follows is what was said,
        // not an inverted speaker.
        ("But Murshed Zaheed, director of CREDO Action, which organized the letter, said Clinton's response to Trump was undercut.", true, &["Murshed Zaheed, director of CREDO Action/said"]),
        ("\"We will win,\" said Bolden to the crowd that had gathered.", true, &["Bolden/said"]),
        // A phrase of common nouns runs longer when prepositions attach its
        // parts; `at least` stays with its share.
        ("At least half of voters in each state say the two candidates are right.", true, &["At least half of voters in each state/say"]),
        // The `-ing` form of a lemma that is a noun as often is a cue in a
        // participial clause with words said after it; not as a noun.
        ("Mr. McConnell offered a restrained embrace, stressing in his remarks that Mr. Trump would sign laws.", true, &["Mr. McConnell/stressing"]),
        ("The senator spoke, emphasizing that the deal was fair.", true, &["senator/emphasizing"]),
        ("Their reporting was praised.", false, &[]),
        ("Back in 1999, Mr. Trump praised him, telling CNBC that he wished to be like him.", true, &["Mr. Trump/telling"]),
        // No speaker: a gerund after a degree word is an adjective; a time
        // before a gerund gives way to the phrase before it (and what was
        // sent to its sender).
        ("Perhaps most telling, though, were the shows.", false, &[]),
        ("The campaign sent an email Wednesday saying that the race was close.", true, &["campaign/saying"]),
        ("The campaign's email Wednesday saying that the race was close went out.", true, &["campaign's email/saying"]),
        // A gerund after what was sent (and to whom) is the sender's.
        ("Minutes later, she sent an email saying it was done.", true, &["she/saying"]),
        ("The Cruz campaign sent a fundraising email Wednesday saying the race is close.", true, &["Cruz campaign/saying"]),
        ("He sent a two-page memo to The Washington Post in April explaining his plan.", true, &["He/explaining"]),
        ("He wrote a letter to the editor arguing that the plan was flawed.", true, &["He/wrote"]),
        // A definite subject named by its role is a later pronoun's antecedent.
        ("The minister met the protesters. He said their demands were fair.", true, &["He/said/->minister"]),
        ("The president of the club resigned. He said he was tired.", true, &["He/said/->president of the club"]),
        // One word after a verb whose object is a person is a person.
        ("Reporters asked Obama about the plan. He said it would pass.", true, &["He/said/->Obama"]),
        ("He questioned America's commitment. He said so.", true, &["He/said"]),
        // A pronoun that spoke carries its speaker into its sentence, ahead
        // of the names it only mentions.
        (
            "Ebeling said it was hard. What hurt, she said, was a question when a man asked Clinton why. \"It hurt,\" she said.",
            true,
            &["she/said/->Ebeling"],
        ),
        // A one-word subject after an opening adverbial is a person.
        (
            "On Wednesday, Clinton bashed the plan. She addressed voters in an email, saying it was wrong.",
            true,
            &["She/saying/->Clinton"],
        ),
        // A number word opening the sentence is no name.
        (
            "Cruz drew a crowd. One local woman, Karen Robison, pulled Rep. King aside. \"I'm glad,\" she told him.",
            true,
            &["she/told/->Karen Robison"],
        ),
        // So is a person named by an age.
        ("The 45-year-old was arrested in 2009. He has denied the charges.", true, &["He/denied/->45-year-old"]),
        ("The 23-year-old woman was taken to hospital. She told police she was attacked.", true, &["She/told/->23-year-old woman"]),
    ];
    let mut failures = Vec::new();
    for (text, attributed, expected) in cases {
        let got = sources_of(text);
        let (a, list) = got.last().cloned().unwrap_or((false, vec![]));
        let want: Vec<String> = expected.iter().map(|s| s.to_string()).collect();
        if a != *attributed || list != want {
            failures.push(format!(
                "{text:?}\n   got {a} {list:?}\n  want {attributed} {want:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} rows differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
