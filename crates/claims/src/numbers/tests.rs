//! Number mentions as CLAIMS.md decides them: one row per rule.

use super::*;
use crate::token::{lower_ascii_into, tokenize};

fn numbers(s: &str) -> Vec<(String, f64, Option<f64>, NumberKind, Bound, Option<String>)> {
    let mut lower = String::new();
    lower_ascii_into(s, &mut lower);
    let mut toks = Vec::new();
    tokenize(s, &lower, 0, s.len(), &mut toks);
    let mut out = Vec::new();
    find(s, &toks, &mut out);
    out.into_iter()
        .map(|m| (m.text, m.value, m.high, m.kind, m.bound, m.noun))
        .collect()
}

#[test]
fn number_mentions_follow_claims_md() {
    use Bound::*;
    use NumberKind::*;
    type Row = (
        &'static str,
        f64,
        Option<f64>,
        NumberKind,
        Bound,
        Option<&'static str>,
    );
    let cases: &[(&str, &[Row])] = &[
        // A year before a vague plural is still a year.
        (
            "in 1999 thousands fled",
            &[
                ("1999", 1999.0, None, Year, Exact, None),
                ("thousands", 1000.0, None, Count, Approx, None),
            ],
        ),
        (
            "some 11,000 North Korean soldiers",
            &[(
                "some 11,000",
                11000.0,
                None,
                Count,
                Approx,
                Some("soldiers"),
            )],
        ),
        (
            "as many as 10,000 troops",
            &[(
                "as many as 10,000",
                10000.0,
                None,
                Count,
                AtMost,
                Some("troops"),
            )],
        ),
        (
            "with 1.2 million soldiers",
            &[("1.2 million", 1.2e6, None, Count, Exact, Some("soldiers"))],
        ),
        (
            "the 1950-53 Korean War",
            &[("1950-53", 1950.0, Some(1953.0), Year, Exact, None)],
        ),
        (
            "appealed to the 1st U.S. Circuit Court",
            &[("1st", 1.0, None, Ordinal, Exact, None)],
        ),
        (
            "one in five patients",
            &[("one in five", 0.2, None, Other, Exact, Some("patients"))],
        ),
        (
            "Nine out of 10 residents",
            &[("Nine out of 10", 0.9, None, Other, Exact, Some("residents"))],
        ),
        (
            "killed 5 in 10 days",
            &[
                ("5", 5.0, None, Count, Exact, None),
                ("10 days", 10.0, None, Duration, Exact, None),
            ],
        ),
        (
            "Three quarters of the dead",
            &[("Three quarters", 0.75, None, Other, Exact, Some("dead"))],
        ),
        (
            "shrank by roughly a quarter since 2021",
            &[
                ("roughly a quarter", 0.25, None, Other, Approx, None),
                ("2021", 2021.0, None, Year, Exact, None),
            ],
        ),
        ("a third goal", &[]),
        (
            "A 6.3-magnitude earthquake struck",
            &[(
                "6.3-magnitude",
                6.3,
                None,
                Measure,
                Exact,
                Some("magnitude"),
            )],
        ),
        (
            "at a depth of 10km",
            &[("10km", 10.0, None, Measure, Exact, Some("depth"))],
        ),
        (
            "make up 57 percent of the average British diet",
            &[("57 percent", 57.0, None, Percent, Exact, Some("diet"))],
        ),
        (
            "will buy 16 F-35 stealth fighters",
            &[("16", 16.0, None, Count, Exact, Some("fighters"))],
        ),
        // After a ratio the verb agrees with `one`.
        (
            "one in ten children starts school",
            &[("one in ten", 0.1, None, Other, Exact, Some("children"))],
        ),
        (
            "One in five voters smokes.",
            &[("One in five", 0.2, None, Other, Exact, Some("voters"))],
        ),
        (
            "Nearly one in four adults smokes.",
            &[(
                "Nearly one in four",
                0.25,
                None,
                Other,
                Approx,
                Some("adults"),
            )],
        ),
        (
            "one in five women voters said no",
            &[("one in five", 0.2, None, Other, Exact, Some("voters"))],
        ),
        (
            "found 500 tonnes of grain stolen from farms",
            &[("500 tonnes", 500.0, None, Measure, Exact, Some("grain"))],
        ),
        (
            "aftershocks of up to magnitude 5.5",
            &[(
                "up to magnitude 5.5",
                5.5,
                None,
                Measure,
                AtMost,
                Some("magnitude"),
            )],
        ),
        (
            "temperatures of up to 43C",
            &[(
                "up to 43C",
                43.0,
                None,
                Measure,
                AtMost,
                Some("temperatures"),
            )],
        ),
        (
            "lost an average of 150 billion tonnes of ice",
            &[(
                "150 billion tonnes",
                1.5e11,
                None,
                Measure,
                Exact,
                Some("ice"),
            )],
        ),
        (
            "wages grew 7.8% year-on-year",
            &[("7.8%", 7.8, None, Percent, Exact, None)],
        ),
        (
            "City beat Madrid 4-0 on Wednesday",
            &[
                ("4", 4.0, None, Count, Exact, None),
                ("0", 0.0, None, Count, Exact, None),
            ],
        ),
        (
            "The Senate voted 68-32",
            &[
                ("68", 68.0, None, Count, Exact, None),
                ("32", 32.0, None, Count, Exact, None),
            ],
        ),
        (
            "They drew 1-1 in Madrid",
            &[
                ("1", 1.0, None, Count, Exact, None),
                ("1", 1.0, None, Count, Exact, None),
            ],
        ),
        (
            "spending over five years",
            &[("five years", 5.0, None, Duration, Exact, None)],
        ),
        (
            "$550 billion in new federal spending over five years",
            &[
                ("$550 billion", 5.5e11, None, Money, Exact, Some("spending")),
                ("five years", 5.0, None, Duration, Exact, None),
            ],
        ),
        (
            "He served over 10 years in prison",
            &[("over 10 years", 10.0, None, Duration, AtLeast, None)],
        ),
        (
            "patients aged 18 to 65",
            &[("18 to 65", 18.0, Some(65.0), Duration, Exact, None)],
        ),
        (
            "died at the age of 24",
            &[("24", 24.0, None, Duration, Exact, None)],
        ),
        (
            "women aged between 18 and 25",
            &[("18 and 25", 18.0, Some(25.0), Duration, Exact, None)],
        ),
        (
            "They hid about 600 million yen (US$3.9 million) in income.",
            &[
                (
                    "about 600 million yen",
                    6e8,
                    None,
                    Money,
                    Approx,
                    Some("income"),
                ),
                ("US$3.9 million", 3.9e6, None, Money, Approx, Some("income")),
            ],
        ),
        (
            "They seized 2.5 tonnes of cocaine worth $100 million.",
            &[
                ("2.5 tonnes", 2.5, None, Measure, Exact, Some("cocaine")),
                ("$100 million", 1e8, None, Money, Exact, None),
            ],
        ),
        (
            "Officials estimated the damage at $5 million.",
            &[("$5 million", 5e6, None, Money, Exact, Some("damage"))],
        ),
        (
            "Analysts valued the deal at about $2 billion.",
            &[("about $2 billion", 2e9, None, Money, Approx, Some("deal"))],
        ),
        (
            "The bill raises the cap to nearly $250,000.",
            &[(
                "nearly $250,000",
                250_000.0,
                None,
                Money,
                Approx,
                Some("cap"),
            )],
        ),
        (
            "Benfica sold him for a fee of about €85 million.",
            &[("about €85 million", 8.5e7, None, Money, Approx, Some("fee"))],
        ),
        (
            "They raised a total of $5 million.",
            &[("$5 million", 5e6, None, Money, Exact, None)],
        ),
        (
            "He signed a four-year contract reportedly worth a lot.",
            &[("four-year", 4.0, None, Duration, Exact, Some("contract"))],
        ),
        (
            "Police found $5 million worth of drugs.",
            &[("$5 million", 5e6, None, Money, Exact, Some("drugs"))],
        ),
        (
            "children between the ages of 5 and 17",
            &[("5 and 17", 5.0, Some(17.0), Duration, Exact, None)],
        ),
        (
            "The search went on for at least three more days.",
            &[(
                "at least three more days",
                3.0,
                None,
                Duration,
                AtLeast,
                None,
            )],
        ),
        (
            "Prices rose for 15 consecutive years.",
            &[("15 consecutive years", 15.0, None, Duration, Exact, None)],
        ),
        (
            "The poll was taken between Oct. 30 and Nov. 9.",
            &[("Oct. 30 and Nov. 9", 30.0, None, Date, Exact, None)],
        ),
        (
            "Lamine Yamal, who turned 17 on Saturday",
            &[("17", 17.0, None, Duration, Exact, None)],
        ),
        (
            "The page turned 3 times.",
            &[("3", 3.0, None, Count, Exact, Some("times"))],
        ),
        (
            "at age 23, he married",
            &[("23", 23.0, None, Duration, Exact, None)],
        ),
        (
            "Children under five accounted for most cases",
            &[("under five", 5.0, None, Duration, AtMost, None)],
        ),
        (
            "people over 65 are at risk",
            &[("over 65", 65.0, None, Duration, AtLeast, None)],
        ),
        (
            "groups of over 50 people",
            &[("over 50", 50.0, None, Count, AtLeast, Some("people"))],
        ),
        (
            "the age of 50 people",
            &[("50", 50.0, None, Count, Exact, Some("people"))],
        ),
        // An age compound that is the noun phrase counts nothing after it.
        (
            "The 30-year-old finished nearly seven minutes ahead",
            &[
                ("30-year-old", 30.0, None, Duration, Exact, None),
                ("nearly seven minutes", 7.0, None, Duration, Approx, None),
            ],
        ),
        (
            "a 30-year-old married woman",
            &[("30-year-old", 30.0, None, Duration, Exact, Some("woman"))],
        ),
        (
            "the 16-year-old's mother said",
            &[("16-year-old", 16.0, None, Duration, Exact, None)],
        ),
        (
            "between Jan. 2019 and Dec. 2021",
            &[(
                "Jan. 2019 and Dec. 2021",
                2019.0,
                Some(2021.0),
                Date,
                Exact,
                None,
            )],
        ),
        (
            "costs about $1,300 in the United States",
            &[("about $1,300", 1300.0, None, Money, Approx, None)],
        ),
        (
            "remains three times the BoE's 2% target",
            &[
                ("three", 3.0, None, Count, Exact, Some("times")),
                ("2%", 2.0, None, Percent, Exact, Some("target")),
            ],
        ),
        (
            "growth of around 0.3% next year",
            &[("around 0.3%", 0.3, None, Percent, Approx, None)],
        ),
        (
            "GDP rose 0.6% q/q",
            &[("0.6%", 0.6, None, Percent, Exact, None)],
        ),
        (
            "The judge ruled that 17-year-olds may vote",
            &[("17-year-olds", 17.0, None, Duration, Exact, None)],
        ),
        (
            "The 34-year-old shopkeeper",
            &[(
                "34-year-old",
                34.0,
                None,
                Duration,
                Exact,
                Some("shopkeeper"),
            )],
        ),
        (
            "in 2024 – 10/1/2008",
            &[
                ("2024", 2024.0, None, Year, Exact, None),
                ("10/1/2008", 2008.0, None, Date, Exact, None),
            ],
        ),
        (
            "costs $3bn a year",
            &[("$3bn", 3e9, None, Money, Exact, None)],
        ),
        (
            "$192 million in tax rebates",
            &[("$192 million", 1.92e8, None, Money, Exact, Some("rebates"))],
        ),
        ("rose 45% on", &[("45%", 45.0, None, Percent, Exact, None)]),
        (
            "only 10 per cent of Australian salt",
            &[("10 per cent", 10.0, None, Percent, Exact, Some("salt"))],
        ),
        (
            "a 3.5 km road",
            &[("3.5 km", 3.5, None, Measure, Exact, Some("road"))],
        ),
        (
            "in February 2022.",
            &[("February 2022", 2022.0, None, Date, Exact, None)],
        ),
        (
            "on 24 November there",
            &[("24 November", 24.0, None, Date, Exact, None)],
        ),
        (
            "Saturday, October 4, 2008",
            &[("October 4, 2008", 2008.0, None, Date, Exact, None)],
        ),
        (
            "On 10/1/2008, the Senate",
            &[("10/1/2008", 2008.0, None, Date, Exact, None)],
        ),
        (
            "launches June 28.",
            &[("June 28", 28.0, None, Date, Exact, None)],
        ),
        ("in 2024 the", &[("2024", 2024.0, None, Year, Exact, None)]),
        (
            "the 21st century",
            &[("21st", 21.0, None, Ordinal, Exact, Some("century"))],
        ),
        (
            "two votes",
            &[("two", 2.0, None, Count, Exact, Some("votes"))],
        ),
        (
            "twenty-five people",
            &[("twenty-five", 25.0, None, Count, Exact, Some("people"))],
        ),
        (
            "a dozen eggs",
            &[("a dozen", 12.0, None, Count, Exact, Some("eggs"))],
        ),
        (
            "hundreds of suspected North Korean soldiers",
            &[("hundreds", 100.0, None, Count, Approx, Some("soldiers"))],
        ),
        (
            "tens of thousands of people",
            &[(
                "tens of thousands",
                10000.0,
                None,
                Count,
                Approx,
                Some("people"),
            )],
        ),
        (
            "Almost half of all children",
            &[("Almost half", 0.5, None, Other, Approx, Some("children"))],
        ),
        (
            "required 3/5 to be",
            &[("3/5", 0.6, None, Other, Exact, None)],
        ),
        (
            "a few dozen people came",
            &[("a few dozen", 12.0, None, Count, Approx, Some("people"))],
        ),
        (
            "several dozen protesters",
            &[(
                "several dozen",
                12.0,
                None,
                Count,
                Approx,
                Some("protesters"),
            )],
        ),
        (
            "a few million in tax breaks",
            &[("a few million", 1e6, None, Money, Approx, Some("breaks"))],
        ),
        (
            "aged 8–10 years",
            &[("8–10 years", 8.0, Some(10.0), Duration, Exact, None)],
        ),
        (
            "between July 2003 and December 2004",
            &[(
                "July 2003 and December 2004",
                2003.0,
                Some(2004.0),
                Date,
                Exact,
                None,
            )],
        ),
        (
            "from 2004 to 2009",
            &[("2004 to 2009", 2004.0, Some(2009.0), Year, Exact, None)],
        ),
        (
            "two or three goals",
            &[("two or three", 2.0, Some(3.0), Count, Exact, Some("goals"))],
        ),
        (
            "one or two people came",
            &[("one or two", 1.0, Some(2.0), Count, Exact, Some("people"))],
        ),
        (
            "between 5 and 7 days",
            &[("5 and 7 days", 5.0, Some(7.0), Duration, Exact, None)],
        ),
        (
            "for at least four decades",
            &[("at least four decades", 4.0, None, Duration, AtLeast, None)],
        ),
        (
            "More than two billion people",
            &[(
                "More than two billion",
                2e9,
                None,
                Count,
                AtLeast,
                Some("people"),
            )],
        ),
        (
            "exploded 73 seconds after",
            &[("73 seconds", 73.0, None, Duration, Exact, None)],
        ),
        (
            "an 11-year lull",
            &[("11-year", 11.0, None, Duration, Exact, Some("lull"))],
        ),
        (
            "a six-member crew",
            &[("six", 6.0, None, Count, Exact, Some("member"))],
        ),
        (
            "at 00:37 local time",
            &[("00:37", 0.37, None, Other, Exact, None)],
        ),
        (
            "won in 2:09:56",
            &[("2:09:56", 2.09, None, Other, Exact, None)],
        ),
        (
            "Sweden 1 – 0 Korea",
            &[
                ("1", 1.0, None, Count, Exact, None),
                ("0", 0.0, None, Count, Exact, None),
            ],
        ),
        (
            "one Malaysian, one Brit",
            &[
                ("one", 1.0, None, Count, Exact, Some("malaysian")),
                ("one", 1.0, None, Count, Exact, Some("brit")),
            ],
        ),
        (
            "over the past 30 days",
            &[("30 days", 30.0, None, Duration, Exact, None)],
        ),
        (
            "less than 5%",
            &[("less than 5%", 5.0, None, Percent, AtMost, None)],
        ),
        // A conversion takes the hedge of the figure it converts.
        (
            "about 500 miles (800 km)",
            &[
                ("about 500 miles", 500.0, None, Measure, Approx, None),
                ("800 km", 800.0, None, Measure, Approx, None),
            ],
        ),
        (
            "3,5 litres",
            &[("3,5 litres", 3.5, None, Measure, Exact, None)],
        ),
        (
            "€20 million",
            &[("€20 million", 2e7, None, Money, Exact, None)],
        ),
        (
            "5 million euros",
            &[("5 million euros", 5e6, None, Money, Exact, None)],
        ),
        (
            "could exceed 1 billion reais",
            &[("1 billion reais", 1e9, None, Money, AtLeast, None)],
        ),
        (
            "a fine of 300 dinar",
            &[("300 dinar", 300.0, None, Money, Exact, Some("fine"))],
        ),
        (
            "lost 100 million Swedish crowns a day",
            &[("100 million Swedish crowns", 1e8, None, Money, Exact, None)],
        ),
        (
            "pledged 50 million bolivianos",
            &[("50 million bolivianos", 5e7, None, Money, Exact, None)],
        ),
        (
            "said Maria Souza, 54, a teacher",
            &[("54", 54.0, None, Duration, Exact, None)],
        ),
        (
            "The driver, 45, died.",
            &[("45", 45.0, None, Duration, Exact, None)],
        ),
        (
            "The suspect, 27, was arrested.",
            &[("27", 27.0, None, Duration, Exact, None)],
        ),
        (
            "The teenager, 16, was hurt.",
            &[("16", 16.0, None, Duration, Exact, None)],
        ),
        (
            "The company, 120, was sold.",
            &[("120", 120.0, None, Count, Exact, None)],
        ),
        (
            "Around 80% of the city's roads",
            &[("Around 80%", 80.0, None, Percent, Approx, Some("roads"))],
        ),
    ];
    let mut failures = Vec::new();
    for (input, expected) in cases {
        let expected: Vec<_> = expected
            .iter()
            .map(|(t, v, h, k, b, n)| (t.to_string(), *v, *h, *k, *b, n.map(str::to_string)))
            .collect();
        let got = numbers(input);
        if got != expected {
            failures.push(format!("{input:?}\n   got {got:?}\n  want {expected:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} rows differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// A capitalised word before a bare number makes it part of a name
/// (`Boeing 737`), but not when the figure has a unit of its own or is a
/// tally.
#[test]
fn a_name_before_a_figure_with_a_unit_keeps_it() {
    let cases: &[(&str, &[f64])] = &[
        ("In the poll, Trump 45%, Clinton 40%.", &[45.0, 40.0]),
        ("She gave Smith 5 years in prison.", &[5.0]),
        ("It cost Boeing $2 billion.", &[2e9]),
        ("They gave Iran 150 billion and", &[150e9]),
        ("came from India 30 years ago", &[30.0]),
        ("passed the Senate 68 to 32 on", &[68.0, 32.0]),
        ("flew on Apollo 13 to 17 as", &[]),
        ("the Boeing 737 jet", &[]),
    ];
    for (text, values) in cases {
        let found: Vec<f64> = numbers(text).iter().map(|n| n.1).collect();
        assert_eq!(found, *values, "{text}");
    }
}

#[test]
fn exclusions_follow_claims_md() {
    let cases = [
        "for the first time",
        "the second largest",
        "one of the world's largest",
        "one another",
        "the G7 summit",
        "a Boeing 737 jet",
        "COVID-19 cases",
        "Article 5 of the treaty",
        "call 555-0123 now",
        "on Tuesday",
        "In June,",
        "One such accident",
        "a decade ago",
        "fourth place",
        "the United States 10-year Treasury note",
        "World Cup 2018 day five",
        "read Public Law 107-296 again",
        "the photo quotes Romans 8:31 and",
        "the first of many",
        "first of all,",
        "FIFA World Cup 2018",
        "the Act of 2008",
        "Division B (pp. 110-255)",
        "the 747, which",
        "STS-135 mission",
        "H.R.1424 passed",
        "day five of the",
        "in the first half",
        "Air Force One",
        "section 1.2.3",
        "<tweet tweet-id=\"771328864018726912\">",
        "account 004512398877 was frozen",
        "data-timestamp=1465401600 set",
    ];
    let failures: Vec<_> = cases
        .iter()
        .map(|c| (c, numbers(c)))
        .filter(|(_, got)| !got.is_empty())
        .collect();
    assert!(
        failures.is_empty(),
        "found numbers where there are none: {failures:#?}"
    );
}

/// Numbers written as several words, and signed numbers, are one mention
/// with the whole value.
#[test]
fn compound_and_signed_numbers_are_one_mention() {
    let cases: &[(&str, &str, f64)] = &[
        (
            "one hundred and twenty-three people",
            "one hundred and twenty-three",
            123.0,
        ),
        (
            "one hundred and twenty three people",
            "one hundred and twenty three",
            123.0,
        ),
        (
            "two thousand five hundred residents",
            "two thousand five hundred",
            2500.0,
        ),
        (
            "nine hundred and ninety-nine votes",
            "nine hundred and ninety-nine",
            999.0,
        ),
        (
            "five hundred thousand homes",
            "five hundred thousand",
            500_000.0,
        ),
        (
            "three hundred and five thousand jobs",
            "three hundred and five thousand",
            305_000.0,
        ),
        ("twenty five people", "twenty five", 25.0),
        ("a hundred and fifty people", "a hundred and fifty", 150.0),
        ("three dozen eggs", "three dozen", 36.0),
        (
            "one and a half million people",
            "one and a half million",
            1_500_000.0,
        ),
        ("two and a half years", "two and a half years", 2.5),
        ("seven-and-a-half hours", "seven-and-a-half hours", 7.5),
        ("a two-and-a-half-year sentence", "two-and-a-half-year", 2.5),
        ("fell to -5 degrees", "-5 degrees", -5.0),
        ("2 1/2 people", "2 1/2", 2.5),
        ("2½ people", "2½", 2.5),
        ("½ of the votes", "½", 0.5),
        ("zero point five people", "zero point five", 0.5),
        ("two point three five people", "two point three five", 2.35),
        ("half a million people", "half a million", 500_000.0),
        (
            "paid half a million dollars",
            "half a million dollars",
            500_000.0,
        ),
        (
            "a quarter of a million people",
            "a quarter of a million",
            250_000.0,
        ),
        (
            "spoke to a quarter-of-a-million people",
            "a quarter-of-a-million",
            250_000.0,
        ),
        (
            "raise its target by a quarter of a percent",
            "a quarter of a percent",
            0.25,
        ),
        (
            "three-quarters of a million voters",
            "three-quarters of a million",
            750_000.0,
        ),
        ("a couple of hundred people", "a couple of hundred", 200.0),
        ("a couple hundred people", "a couple hundred", 200.0),
        (
            "a couple million dollars",
            "a couple million dollars",
            2_000_000.0,
        ),
        ("turnout was 61.5pc", "61.5pc", 61.5),
        ("worth USD 5 million", "USD 5 million", 5_000_000.0),
        ("worth Rs 500 crore", "Rs 500 crore", 5_000_000_000.0),
        ("sold 12,000-plus tickets", "12,000-plus", 12_000.0),
        ("sold 12k+ tickets", "12k+", 12_000.0),
        ("fell to −3%", "−3%", -3.0),
    ];
    for (text, span, value) in cases {
        let found = numbers(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!((found[0].0.as_str(), found[0].1), (*span, *value), "{text}");
    }
    // Not a sign: a range, a dash between words, a dash set apart.
    let apart: &[(&str, &[f64])] = &[
        ("10-12 people", &[10.0]),
        ("the vote - 5 against", &[5.0]),
        ("a ratio of 3 -1", &[3.0, 1.0]),
        ("in 2019 1/3 of voters", &[2019.0, 1.0 / 3.0]),
        ("the twenty-first person", &[]),
        ("in the twenty first century", &[]),
        ("she was twenty first in line", &[]),
        ("twenty first responders", &[20.0]),
        ("twenty first-time buyers", &[20.0]),
    ];
    for (text, values) in apart {
        let found: Vec<f64> = numbers(text).iter().map(|n| n.1).collect();
        assert_eq!(found, *values, "{text}");
    }
}

/// Each text has one mention with this span, value, high end and kind.
fn assert_single_mentions(cases: &[(&str, &str, f64, Option<f64>, NumberKind)]) {
    for (text, span, value, high, kind) in cases {
        let found = numbers(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        let n = &found[0];
        assert_eq!(
            (n.0.as_str(), n.1, n.2, n.3),
            (*span, *value, *high, *kind),
            "{text}"
        );
    }
}

/// A unit or a scale and a fraction after `a`; decades with their century
/// in words; hundreds and thousands in digits.
#[test]
fn fractions_decades_and_vague_digits() {
    use NumberKind::*;
    let cases: &[(&str, &str, f64, Option<f64>, NumberKind)] = &[
        (
            "it lasted a year and a half",
            "a year and a half",
            1.5,
            None,
            Duration,
        ),
        (
            "for an hour and a half",
            "an hour and a half",
            1.5,
            None,
            Duration,
        ),
        (
            "walked a mile and a half",
            "a mile and a half",
            1.5,
            None,
            Measure,
        ),
        (
            "a million and a half people",
            "a million and a half",
            1.5e6,
            None,
            Count,
        ),
        (
            "in the nineteen-sixties it",
            "nineteen-sixties",
            1960.0,
            None,
            Year,
        ),
        (
            "in the eighteen nineties it",
            "eighteen nineties",
            1890.0,
            None,
            Year,
        ),
        ("100s of people came", "100s", 100.0, None, Count),
        ("in the 1990s it", "1990s", 1990.0, None, Year),
    ];
    assert_single_mentions(cases);
    for text in ["a year ago", "a mile away"] {
        assert!(numbers(text).is_empty(), "{text}");
    }
}

/// Dates and measures in the other ways they are written.
#[test]
fn dates_and_measures_in_their_other_shapes() {
    use NumberKind::*;
    let cases: &[(&str, &str, f64, Option<f64>, NumberKind)] = &[
        ("on 2015-03-03 the law", "2015-03-03", 2015.0, None, Date),
        (
            "on the 3rd of March, 2015",
            "3rd of March, 2015",
            2015.0,
            None,
            Date,
        ),
        (
            "on 24th November the law",
            "24th November",
            24.0,
            None,
            Date,
        ),
        (
            "in March-April 2015 it",
            "March-April 2015",
            2015.0,
            None,
            Date,
        ),
        ("in June, 2015 it", "June, 2015", 2015.0, None, Date),
        ("at 3 o'clock it", "3 o'clock", 3.0, None, Other),
        // A day written as an ordinal word.
        (
            "on the third of March it",
            "third of March",
            3.0,
            None,
            Date,
        ),
        (
            "on the twenty-first of June, 2010, it",
            "twenty-first of June, 2010",
            2010.0,
            None,
            Date,
        ),
        (
            "in 2015/16 the budget",
            "2015/16",
            2015.0,
            Some(2016.0),
            Year,
        ),
        (
            "in 1999/2000 the budget",
            "1999/2000",
            1999.0,
            Some(2000.0),
            Year,
        ),
        ("it was 30 °C outside", "30 °C", 30.0, None, Measure),
        ("it was 30° outside", "30°", 30.0, None, Measure),
        ("it reached 120 km/h", "120 km/h", 120.0, None, Measure),
        ("on 2019/03/12 the law", "2019/03/12", 2019.0, None, Date),
        ("on 2019.03.12 the law", "2019.03.12", 2019.0, None, Date),
        ("on 12.03.19 the law", "12.03.19", 2019.0, None, Date),
        ("on 12-03-2019 the law", "12-03-2019", 2019.0, None, Date),
        ("dated 1 Jan. 2020 and", "1 Jan. 2020", 2020.0, None, Date),
        (
            "conducted Feb. 11-15, using",
            "Feb. 11-15",
            11.0,
            Some(15.0),
            Date,
        ),
        ("the fair runs 1-5 March", "1-5 March", 1.0, Some(5.0), Date),
        (
            "from 1 to 5 March 2019 it ran",
            "1 to 5 March 2019",
            2019.0,
            None,
            Date,
        ),
        ("founded in 500 BC by", "500 BC", 500.0, None, Year),
        ("it erupted in 79 AD and", "79 AD", 79.0, None, Year),
        ("it erupted in AD 79 and", "AD 79", 79.0, None, Year),
        ("crowned in A.D. 1066 at", "A.D. 1066", 1066.0, None, Year),
    ];
    assert_single_mentions(cases);
    // A version is no dotted date; a score is no range of days.
    assert_eq!(numbers("version 1.2.3 shipped").len(), 0);
    assert_eq!(numbers("the 1-0 win").len(), 2);
    // Not a fiscal year: the years do not follow each other.
    assert_eq!(
        numbers("in 2015/18 the budget").first().map(|n| n.3),
        Some(Other)
    );
}

/// Signs written as words, scale abbreviations, fractions written out after
/// digits, and month/day written with a slash.
#[test]
fn numbers_with_word_signs_scales_and_slashes() {
    use NumberKind::*;
    let cases: &[(&str, &str, f64, Option<f64>, NumberKind)] = &[
        ("it fell to minus 7 at noon", "minus 7", -7.0, None, Count),
        (
            "the value was negative five",
            "negative five",
            -5.0,
            None,
            Count,
        ),
        ("exports of 25 bln in March", "25 bln", 25e9, None, Count),
        ("a 2 trln budget", "2 trln", 2e12, None, Count),
        // Thousands grouped with apostrophes, Swiss style; not feet.
        (
            "it cost 1'000'000 francs",
            "1'000'000 francs",
            1e6,
            None,
            Money,
        ),
        (
            "a bill of CHF 1’250.50",
            "CHF 1’250.50",
            1250.5,
            None,
            Money,
        ),
        ("some 12'500 people", "some 12'500", 12_500.0, None, Count),
        // Two-letter scales apart from the number, in lower case only.
        (
            "it cost 1.2 bn dollars",
            "1.2 bn dollars",
            1.2e9,
            None,
            Money,
        ),
        ("sales of 5 mn units", "5 mn", 5e6, None, Count),
        ("a force of 5 MN on the beam", "5", 5.0, None, Count),
        // A plural scale right after a number, as some write it (not after
        // a year: see `number_mentions_follow_claims_md`).
        (
            "they lost 3 millions last year",
            "3 millions",
            3e6,
            None,
            Count,
        ),
        (
            "some 5,5 millions voted",
            "some 5,5 millions",
            5.5e6,
            None,
            Count,
        ),
        (
            "Three billions were spent",
            "Three billions",
            3e9,
            None,
            Count,
        ),
        ("it had 3 millions of users", "3 millions", 3e6, None, Count),
        (
            "they walked 2 and a half miles",
            "2 and a half miles",
            2.5,
            None,
            Measure,
        ),
        ("he ate half a dozen eggs", "half a dozen", 6.0, None, Count),
        ("the meeting on 7/14 ended", "7/14", 14.0, None, Date),
        ("after 9/11 the rules changed", "9/11", 11.0, None, Date),
        ("pour 1/4 of the milk", "1/4", 0.25, None, Other),
        (
            "some 2 350 000 residents",
            "some 2 350 000",
            2_350_000.0,
            None,
            Count,
        ),
        (
            "a fine of 12\u{a0}500 euros",
            "12\u{a0}500 euros",
            12_500.0,
            None,
            Money,
        ),
        (
            "the vote passed 3/10 of the seats",
            "3/10",
            0.3,
            None,
            Other,
        ),
    ];
    assert_single_mentions(cases);
    // One group after an ordinary space is two numbers: a day and a count.
    assert_eq!(numbers("on March 3 100 people marched").len(), 2);
}

/// Numbers as other conventions and other number readers write them:
/// grouping with full stops and in lakhs, scientific notation and powers, a
/// decimal without its zero, years said aloud, fractions with ordinal
/// denominators, hyphenated dates, a hanging hyphen in a range, metres
/// written `m` before a size.
#[test]
fn numbers_in_other_conventions() {
    use NumberKind::*;
    let cases: &[(&str, &str, f64, Option<f64>, NumberKind)] = &[
        (
            "a total of 1.234.567 visits",
            "1.234.567",
            1_234_567.0,
            None,
            Count,
        ),
        (
            "a debt of 1.000.000,50 marks",
            "1.000.000,50",
            1_000_000.5,
            None,
            Count,
        ),
        (
            "some 1,50,000 voters came",
            "some 1,50,000",
            150_000.0,
            None,
            Count,
        ),
        (
            "about 12,34,56,789 rupees",
            "about 12,34,56,789 rupees",
            123_456_789.0,
            None,
            Money,
        ),
        ("a mass of 1e10 tonnes", "1e10 tonnes", 1e10, None, Measure),
        ("a dose of 1.5e-3 units", "1.5e-3", 0.0015, None, Count),
        ("nearly 2.5E+6 cells", "nearly 2.5E+6", 2.5e6, None, Count),
        ("it grew to 10^5 cells", "10^5", 1e5, None, Count),
        ("it rose by .5 percent", ".5 percent", 0.5, None, Percent),
        ("revenue in FY2019 rose", "FY2019", 2019.0, None, Year),
        ("the FY19 budget passed", "FY19", 2019.0, None, Year),
        (
            "support fell 3.5 percentage points",
            "3.5 percentage points",
            3.5,
            None,
            Percent,
        ),
        (
            "in nineteen eighty-four they",
            "nineteen eighty-four",
            1984.0,
            None,
            Year,
        ),
        (
            "by twenty twenty-one prices",
            "twenty twenty-one",
            2021.0,
            None,
            Year,
        ),
        (
            "one third of the people",
            "one third",
            1.0 / 3.0,
            None,
            Other,
        ),
        ("a tenth of a second", "a tenth", 0.1, None, Other),
        ("three fifths of members", "three fifths", 0.6, None, Other),
        (
            "the talks on 12-Mar-2019 failed",
            "12-Mar-2019",
            2019.0,
            None,
            Date,
        ),
        (
            "a 5- to 10-metre wall",
            "5- to 10-metre",
            5.0,
            Some(10.0),
            Measure,
        ),
        ("the statue is 2.1m tall", "2.1m", 2.1, None, Measure),
        ("He ran 100m in the final.", "100m", 100.0, None, Measure),
        ("She won the 200m freestyle.", "200m", 200.0, None, Measure),
        (
            "The wreck lies 50m below the surface.",
            "50m",
            50.0,
            None,
            Measure,
        ),
        ("About 100m people use it.", "About 100m", 1e8, None, Count),
        (
            "he earned 45 000 dollars",
            "45 000 dollars",
            45_000.0,
            None,
            Money,
        ),
        (
            "the polls close at 5 p.m. on Monday",
            "5 p.m.",
            17.0,
            None,
            Other,
        ),
        ("the vote ends at 9pm", "9pm", 21.0, None, Other),
        ("at 11:30 a.m. the court", "11:30 a.m.", 11.3, None, Other),
        ("at 12:15 am the bell rang", "12:15 am", 0.15, None, Other),
        (
            "the ruling of 15.10.2019 stands",
            "15.10.2019",
            2019.0,
            None,
            Date,
        ),
        ("beams of 13 TeV collide", "13 TeV", 13.0, None, Measure),
        ("a dose of 0.5 mcg daily", "0.5 mcg", 0.5, None, Measure),
        (
            "it was 68 degrees Fahrenheit",
            "68 degrees Fahrenheit",
            68.0,
            None,
            Measure,
        ),
        ("a 20 kPa drop", "20 kPa", 20.0, None, Measure),
        ("noise of 85 dB at night", "85 dB", 85.0, None, Measure),
        (
            "a half million people came",
            "a half million",
            500_000.0,
            None,
            Count,
        ),
        ("he won a half of the seats", "a half", 0.5, None, Other),
        (
            "they sold three dozens of eggs",
            "three dozens",
            36.0,
            None,
            Count,
        ),
        (
            "a charge of -1.1e-10 coulombs",
            "-1.1e-10",
            -1.1e-10,
            None,
            Count,
        ),
    ];
    assert_single_mentions(cases);
    let keeps = [
        // A version and an address are no grouping; a dotted date is a date.
        ("version 1.2.3 shipped", 0),
        ("the server 192.168.1.1 failed", 0),
        // A path in an address is no figure.
        ("see pic.twitter.com/0KJ8y8Iqxj now", 0),
        ("at lifenews.com/2019/09/25/abc today", 0),
        ("on 12.03.2019 the court", 1),
        ("profits fell in one quarter.", 1),
        ("a half-hour show aired", 0),
        ("an $8.2m budget", 1),
        ("a 5 e-mail chain", 1),
    ];
    for (text, count) in keeps {
        assert_eq!(numbers(text).len(), count, "{text}: {:?}", numbers(text));
    }
    assert_eq!(
        numbers("an $8.2m budget")[0].1,
        8.2e6,
        "millions, no size after"
    );
    assert_eq!(numbers("the 1,50 figure")[0].1, 1.5, "a decimal comma");
    assert_eq!(
        numbers("profits fell in one quarter.")[0].1,
        1.0,
        "a period of time"
    );
}

/// The counted noun in three more shapes: a part of a counted whole, an
/// adjective that names people, a noun set to the number.
#[test]
fn counted_nouns_of_parts_people_and_settings() {
    let cases: &[(&str, &[Option<&str>])] = &[
        (
            "About 1,200 of the 3,000 workers went on strike.",
            &[Some("workers"), Some("workers")],
        ),
        (
            "Officials counted 15 dead and 40 injured.",
            &[Some("dead"), Some("injured")],
        ),
        ("The flood left 2,000 displaced.", &[Some("displaced")]),
        ("Seven died in the crash.", &[None]),
        // An adverb or a time word after the number is no noun.
        ("The tax brings $46 million annually.", &[None]),
        (
            "It was won by three votes shy of a majority.",
            &[Some("votes")],
        ),
        ("They live a five-minute drive apart.", &[Some("drive")]),
        ("The toll rose to 40 today.", &[None]),
        ("It was 20°C outside.", &[None]),
        // A percentage after `be` grades the adjective that closes the
        // predicate; before a noun it counts the noun.
        ("The test is 99% accurate.", &[None]),
        (
            "The vaccine was about 95% effective against the virus.",
            &[None],
        ),
        ("It is a 95% effective vaccine.", &[Some("vaccine")]),
        ("Turnout was 60% of voters.", &[Some("voters")]),
        ("The guests were 77% men.", &[Some("men")]),
        // A plural or a gerund can modify the plural after it.
        ("It has 20 police officers.", &[Some("officers")]),
        ("They held 300 training sessions.", &[Some("sessions")]),
        (
            "It held 10,000 volunteer training sessions.",
            &[Some("sessions")],
        ),
        ("They won three early states wins.", &[Some("wins")]),
        // A hyphenated compound is one word: its last part heads it, and a
        // compound that ends the phrase is the noun.
        (
            "Florida and Ohio, the two biggest winner-take-all prizes.",
            &[Some("prizes")],
        ),
        ("He asked three follow-up questions.", &[Some("questions")]),
        // After money, `in` and a time or a total is no noun; what the
        // money is for is.
        ("It made a profit of $1.2bn in the first quarter.", &[None]),
        ("Shares rose to $14.62 in early trading.", &[None]),
        ("It earned $2bn in the year to June.", &[None]),
        ("It spent $40bn in total.", &[None]),
        ("It raised $300m in new funding.", &[Some("funding")]),
        // A unit of time right after a percentage is its period.
        ("Prices rose 5% year on year.", &[None]),
        ("Exports rose 5% month-on-month.", &[None]),
        // A past tense after the figure is its verb, no noun.
        ("Rain of 2 inches fell overnight.", &[None]),
        ("It had five lost votes.", &[Some("votes")]),
        // A direction after a distance is no noun, written as one word or two.
        ("It struck 80 km southwest of the capital.", &[None]),
        ("It struck 80 km south-west of the capital.", &[None]),
        // A formula's digits are part of its name.
        ("It emitted 5 million tonnes of CO2.", &[Some("co2")]),
        ("It cut 20% of CO2 emissions.", &[Some("emissions")]),
        ("Three co-workers said so.", &[Some("co-workers")]),
        // A comparative says by how much, unless a noun follows it.
        ("Ratings were 57 percent higher than usual.", &[None]),
        ("I'll make the wall 2 feet shorter.", &[None]),
        ("They bought two bigger trucks.", &[Some("trucks")]),
        ("Two super PACs backed him.", &[Some("pacs")]),
        // Names inside the phrase: before the plural they modify, or a
        // plural of people themselves; a new name still ends it.
        ("Three former Trump aides said so.", &[Some("aides")]),
        (
            "He met 3 senior White House officials.",
            &[Some("officials")],
        ),
        (
            "We had lost two brave Americans on the roof.",
            &[Some("americans")],
        ),
        ("In the 62nd minute Kim Min-Woo scored.", &[Some("minute")]),
        // An adjective after the noun with its complement ends the phrase.
        (
            "One official familiar with the talks said so.",
            &[Some("official")],
        ),
        (
            "One well-connected Democrat close to the campaign said so.",
            &[Some("democrat")],
        ),
        (
            "Doing one-on-one interviews gives Clinton an edge.",
            &[Some("interviews")],
        ),
        ("They paid $5 million upfront.", &[None]),
        ("Prices rose 3% nationwide.", &[None]),
        ("Five soldiers were killed abroad.", &[Some("soldiers")]),
        ("Stocks fell 2% overnight.", &[None]),
        (
            "They raised the FDIC insurance cap to $250,000.",
            &[Some("cap")],
        ),
        ("The index fell to 5,000.", &[None]),
        // A score may end a sentence.
        ("Germany won 2-1.", &[None, None]),
        // Past `more` and coordinated modifiers; a compound after `the`.
        ("Two more bodies were found.", &[Some("bodies")]),
        (
            "About 5,000 Ukrainian and Russian soldiers died.",
            &[Some("soldiers")],
        ),
        ("The 300-page report was published.", &[Some("page")]),
        ("Ten more than last year.", &[None]),
        // A verb of speech or belief after a share is its predicate; the
        // respondents are elided. A participle before a noun modifies it.
        ("Some 22 percent said they would back him.", &[None]),
        ("Six in 10 say he is decisive.", &[None]),
        ("And 9 percent found it a deterrent.", &[None]),
        (
            "Hundreds of suspected North Korean soldiers assembled.",
            &[Some("soldiers")],
        ),
        ("The 12 reports were published.", &[Some("reports")]),
        // A name ending in a plural modifies the plural after it.
        (
            "Two United States soldiers were killed.",
            &[Some("soldiers")],
        ),
        (
            "Two United Nations peacekeepers died.",
            &[Some("peacekeepers")],
        ),
        ("Two Americans were killed.", &[Some("americans")]),
        ("Two Americans died in the blast.", &[Some("americans")]),
        // An adverb after the figure is passed over; an auxiliary ends it.
        ("Seventy-two percent now believe he could win.", &[None]),
        ("She won 15 earlier contests.", &[Some("contests")]),
        (
            "It got $26.4 million in previously undisclosed payments.",
            &[Some("payments")],
        ),
        ("More than 2 million have already voted.", &[None]),
        // A verb after the head ends it; a past participle before a noun
        // modifies it (not before a verb or a time).
        (
            "One intelligence source said agents were angry.",
            &[Some("source")],
        ),
        ("One guy came in.", &[Some("guy")]),
        (
            "Some 54 percent of Democratic registered voters agreed.",
            &[Some("voters")],
        ),
        (
            "Twenty of the 53 wounded remained in hospital.",
            &[Some("wounded"), Some("wounded")],
        ),
        // A score compound, a direction, a web address: no noun in them.
        ("It was decided by 5-to-4 votes.", &[Some("votes")]),
        ("It is 150 miles north of Mexico.", &[None]),
        ("It measures 3 x 4 m.", &[None, None]),
        ("Take 500 mg daily.", &[None]),
        ("It runs 5 daily flights.", &[Some("flights")]),
        ("He has two DUIs https://t.co/abc", &[Some("duis")]),
        ("It begins in 2017 https://t.co/abc", &[None]),
    ];
    for (text, nouns) in cases {
        let found: Vec<Option<String>> = numbers(text).into_iter().map(|n| n.5).collect();
        let expected: Vec<Option<String>> = nouns.iter().map(|n| n.map(str::to_string)).collect();
        assert_eq!(found, expected, "{text}");
    }
}

/// Numbers in speech and in typography: zero as `nought`, decades, money in
/// slang, pence, the fraction slash, squared units, hyphenated scales.
#[test]
fn numbers_as_people_say_and_set_them() {
    use NumberKind::*;
    let cases: &[(&str, &str, f64, Option<f64>, NumberKind)] = &[
        (
            "rates of nought point five percent",
            "nought point five percent",
            0.5,
            None,
            Percent,
        ),
        // After an article as after digits: the scale and the unit.
        (
            "it cost a trillion dollars",
            "a trillion dollars",
            1e12,
            None,
            Money,
        ),
        (
            "a million dollars went missing",
            "a million dollars",
            1e6,
            None,
            Money,
        ),
        (
            "they walked a hundred miles",
            "a hundred miles",
            100.0,
            None,
            Measure,
        ),
        (
            "it ended a couple minutes ago",
            "a couple minutes",
            2.0,
            None,
            Duration,
        ),
        ("music of the '90s returned", "'90s", 1990.0, None, Year),
        ("music of the 90s returned", "90s", 1990.0, None, Year),
        ("a hit in the ’00s", "’00s", 2000.0, None, Year),
        ("now in his early 60s, he", "60s", 60.0, None, Duration),
        ("as he reached his mid-20s", "20s", 20.0, None, Duration),
        ("a song from the eighties", "eighties", 1980.0, None, Year),
        (
            "a woman in her late thirties",
            "thirties",
            30.0,
            None,
            Duration,
        ),
        (
            "he paid about 20 grand for it",
            "about 20 grand",
            20_000.0,
            None,
            Money,
        ),
        ("it cost him 5 bucks", "5 bucks", 5.0, None, Money),
        ("a loaf for 99p today", "99p", 99.0, None, Money),
        ("add 1⁄2 cup of milk", "1⁄2", 0.5, None, Other),
        ("a flat of 100 m2 in town", "100 m2", 100.0, None, Measure),
        (
            "an area of 1,000 km² burned",
            "1,000 km²",
            1000.0,
            None,
            Measure,
        ),
        (
            "the car does 30 mpg on roads",
            "30 mpg",
            30.0,
            None,
            Measure,
        ),
        ("it took 10 sec to load", "10 sec", 10.0, None, Duration),
        ("one-hundred people came", "one-hundred", 100.0, None, Count),
        (
            "his two-million-person donor list",
            "two-million",
            2e6,
            None,
            Count,
        ),
    ];
    assert_single_mentions(cases);
    let keeps = [
        ("it was all for naught.", 0),
        ("two grand juries met", 1),
        ("the grand total rose", 0),
        ("a 1080p screen", 0),
        ("Eighties music is back", 0),
        ("a pair of shoes", 0),
    ];
    for (text, count) in keeps {
        assert_eq!(numbers(text).len(), count, "{text}: {:?}", numbers(text));
    }
}

/// Measures whose unit is written in more than one word, after a space as
/// one letter, or per another unit.
#[test]
fn measures_with_their_whole_unit() {
    use NumberKind::*;
    let cases: &[(&str, &str, f64, Option<f64>, NumberKind)] = &[
        (
            "at 100 kilometers per hour",
            "100 kilometers per hour",
            100.0,
            None,
            Measure,
        ),
        (
            "1.5 million barrels per day",
            "1.5 million barrels per day",
            1.5e6,
            None,
            Measure,
        ),
        ("it fell at 3 m/s", "3 m/s", 3.0, None, Measure),
        ("a 2 sq. ft. room", "2 sq. ft", 2.0, None, Measure),
        ("3 metric tons of rice", "3 metric tons", 3.0, None, Measure),
        ("a wall 10 m long", "10 m", 10.0, None, Measure),
        ("add 250 g of flour", "250 g", 250.0, None, Measure),
        ("a 1.5 L bottle", "1.5 L", 1.5, None, Measure),
        ("a 100 W bulb", "100 W", 100.0, None, Measure),
        (
            "a star 4 light-years away",
            "4 light-years",
            4.0,
            None,
            Measure,
        ),
        ("levels of 400 ppm", "400 ppm", 400.0, None, Measure),
        (
            "it used 2 kilowatt-hours of power",
            "2 kilowatt-hours",
            2.0,
            None,
            Measure,
        ),
        ("water with a pH of 7", "7", 7.0, None, Measure),
        ("a 5 nm chip", "5 nm", 5.0, None, Measure),
        ("a 3 kilobyte file", "3 kilobyte", 3.0, None, Measure),
        ("a 300 dpi scan", "300 dpi", 300.0, None, Measure),
        ("he weighs 150 pounds", "150 pounds", 150.0, None, Measure),
        ("a 200-pound man", "200-pound", 200.0, None, Measure),
        ("it cost Rs. 5 lakh", "Rs. 5 lakh", 5e5, None, Money),
        (
            "he paid 150 pounds for it",
            "150 pounds",
            150.0,
            None,
            Money,
        ),
        ("$10 m in aid", "$10 m", 1e7, None, Money),
        ("a £3 bn deal", "£3 bn", 3e9, None, Money),
    ];
    assert_single_mentions(cases);
    let counts = [("3 light trucks", "3"), ("30 per day", "30")];
    for (text, span) in counts {
        let found = numbers(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].0, span, "{text}");
        assert_ne!(found[0].3, Measure, "{text}");
    }
}

/// Fractions joined to wholes and scales, powers of ten, shares `in every`,
/// and the decimals of a number in words.
#[test]
fn fractions_powers_and_shares_in_their_written_forms() {
    use NumberKind::*;
    let cases: &[(&str, &str, f64, Option<f64>, NumberKind)] = &[
        // A singular denominator after `one-`.
        (
            "about one-fifth of the budget",
            "about one-fifth",
            0.2,
            None,
            Other,
        ),
        (
            "One-tenth of voters stayed home",
            "One-tenth",
            0.1,
            None,
            Other,
        ),
        (
            "ran two and three quarters miles",
            "two and three quarters miles",
            2.75,
            None,
            Measure,
        ),
        (
            "it took one and one-half hours",
            "one and one-half hours",
            1.5,
            None,
            Duration,
        ),
        (
            "add 2 and two thirds cups",
            "2 and two thirds cups",
            2.0 + 2.0 / 3.0,
            None,
            Measure,
        ),
        (
            "it is five hundred and twelve point six",
            "five hundred and twelve point six",
            512.6,
            None,
            Count,
        ),
        ("add 1 ½ cups of flour", "1 ½ cups", 1.5, None, Measure),
        (
            "some half million people",
            "some half million",
            500_000.0,
            None,
            Count,
        ),
        (
            "a quarter million people",
            "a quarter million",
            250_000.0,
            None,
            Count,
        ),
        (
            "quarter million people left",
            "quarter million",
            250_000.0,
            None,
            Count,
        ),
        ("it fell to minus one today", "minus one", -1.0, None, Count),
        ("there is only one.", "one", 1.0, None, Count),
        (
            "they found more than one, he said",
            "more than one",
            1.0,
            None,
            Count,
        ),
        (
            "one out of every three voters",
            "one out of every three",
            1.0 / 3.0,
            None,
            Other,
        ),
        // A rate's slash before a word: the money stays.
        ("he earns $5/hour", "$5", 5.0, None, Money),
        // Spoken with number words: `one over three`.
        (
            "the odds are one over three",
            "one over three",
            1.0 / 3.0,
            None,
            Other,
        ),
        (
            "one in every five adults",
            "one in every five",
            0.2,
            None,
            Other,
        ),
        (
            "a one-in-three chance of a cut",
            "one-in-three",
            1.0 / 3.0,
            None,
            Other,
        ),
        ("scores of people died", "scores", 20.0, None, Count),
        ("2/3rds of the vote", "2/3rds", 2.0 / 3.0, None, Other),
        (
            "ten to the power of five atoms",
            "ten to the power of five",
            1e5,
            None,
            Count,
        ),
        (
            "10 to the power 6 cells",
            "10 to the power 6",
            1e6,
            None,
            Count,
        ),
        (
            "about 3.2 x 10^4 cells",
            "about 3.2 x 10^4",
            32_000.0,
            None,
            Count,
        ),
        ("some 6 × 10^23 atoms", "some 6 × 10^23", 6e23, None, Count),
        ("a 10⁹ W magnet", "10⁹ W", 1e9, None, Measure),
        ("a gap of 10⁻³ mm", "10⁻³ mm", 0.001, None, Measure),
        ("it is 1/2 inch thick", "1/2 inch", 0.5, None, Measure),
        ("a 1/2 percent rise", "1/2 percent", 0.5, None, Percent),
        ("seven pounds of muscle", "seven pounds", 7.0, None, Measure),
        (
            "he lost 30 pounds in a year",
            "30 pounds",
            30.0,
            None,
            Measure,
        ),
        (
            "5 million pounds of funding",
            "5 million pounds",
            5e6,
            None,
            Money,
        ),
        ("it cost 5 pounds", "5 pounds", 5.0, None, Money),
        ("a menu at 15€ a head", "15€", 15.0, None, Money),
        ("a menu at 15 € a head", "15 €", 15.0, None, Money),
        ("a 12′ wall", "12′", 12.0, None, Measure),
        ("18″ of rain fell", "18″", 18.0, None, Measure),
    ];
    assert_single_mentions(cases);
    let keeps = [
        ("the scores of the students rose", 0),
        ("in the French Quarter tonight", 0),
        ("in the first quarter the firm", 0),
        ("a 5 x 10 metre room", 2),
        ("it was 3 and 4 in the end", 2),
        ("sold 5 $10 bills", 2),
        ("No one knows.", 0),
        ("the one that got away.", 0),
        ("40%¹ of voters", 1),
    ];
    for (text, count) in keeps {
        assert_eq!(numbers(text).len(), count, "{text}: {:?}", numbers(text));
    }
}

/// Feet and inches are two measures, however they are written.
#[test]
fn feet_and_inches_are_two_measures() {
    for text in [
        "he is 5′11″ tall",
        "he is 5'11\" tall",
        "he is 5 ft 11 in tall",
    ] {
        let found: Vec<(f64, NumberKind)> = numbers(text).iter().map(|n| (n.1, n.3)).collect();
        assert_eq!(
            found,
            [(5.0, NumberKind::Measure), (11.0, NumberKind::Measure)],
            "{text}"
        );
    }
}

/// Dates with an ordinal day after `the`, timestamps, slashed ISO dates,
/// day ranges with their year, and years by their last two digits.
#[test]
fn dates_in_the_shapes_of_forms_feeds_and_speech() {
    use NumberKind::*;
    let cases: &[(&str, &str, f64, Option<f64>, NumberKind)] = &[
        ("on January the 5th it", "January the 5th", 5.0, None, Date),
        (
            "at 2020-01-05T10:00:00Z it",
            "2020-01-05T10:00:00Z",
            2020.0,
            None,
            Date,
        ),
        ("on 2020/1/5 it", "2020/1/5", 2020.0, None, Date),
        (
            "held June 5-7, 2020 in Rome",
            "June 5-7, 2020",
            2020.0,
            None,
            Date,
        ),
        ("held June 5-7 in Rome", "June 5-7", 5.0, Some(7.0), Date),
        ("in Jan. '20 it", "Jan. '20", 2020.0, None, Date),
        ("back in '19 it", "'19", 2019.0, None, Year),
        ("in the summer of ’69, it", "’69", 1969.0, None, Year),
    ];
    assert_single_mentions(cases);
    let not_years = [
        ("the ’13 Hours’ film", "13 Hours"),
        ("he said ''24'' twice", "24"),
    ];
    for (text, span) in not_years {
        let found = numbers(text);
        assert!(
            found.iter().all(|n| n.3 != Year) && found.iter().any(|n| n.0 == span),
            "{text}: {found:?}"
        );
    }
}

/// Units of kitchens, gas, circuits, the body and floor space, and square
/// units joined to their number.
#[test]
fn measures_of_kitchens_gas_circuits_and_floor_space() {
    use NumberKind::*;
    let cases: &[(&str, &str, f64, Option<f64>, NumberKind)] = &[
        (
            "a 5,000-square-foot house",
            "5,000-square-foot",
            5000.0,
            None,
            Measure,
        ),
        // A percent joined by a hyphen, as a modifier.
        ("a 10-percent drop", "10-percent", 10.0, None, Percent),
        ("a 10-per-cent drop", "10-per-cent", 10.0, None, Percent),
        ("a five-percent rise", "five-percent", 5.0, None, Percent),
        ("a 10-person team", "10", 10.0, None, Count),
        ("add 2 cups of flour", "2 cups", 2.0, None, Measure),
        ("3 bcm of gas a year", "3 bcm", 3.0, None, Measure),
        ("a pressure of 120 mmHg", "120 mmHg", 120.0, None, Measure),
        ("a rate of 120 bpm", "120 bpm", 120.0, None, Measure),
        ("24-karat gold", "24-karat", 24.0, None, Measure),
        ("a 220V socket", "220V", 220.0, None, Measure),
        ("a 100m² flat", "100m²", 100.0, None, Measure),
        ("a 100m2 flat", "100m2", 100.0, None, Measure),
    ];
    assert_single_mentions(cases);
    let keeps = [("DarTell )0v0( wrote", 0), ("Brazil won 2 World Cups", 1)];
    for (text, count) in keeps {
        assert_eq!(numbers(text).len(), count, "{text}: {:?}", numbers(text));
    }
}

/// Hedges written after the number (and a few before it) are in its span
/// and set its bound.
#[test]
fn hedges_after_the_number() {
    use Bound::*;
    let cases = [
        ("some 1,000-odd people", "some 1,000-odd", Approx),
        ("10 or so people came", "10 or so", Approx),
        ("twenty or so people came", "twenty or so", Approx),
        ("20-something staff", "20-something", Approx),
        ("a thousand-plus fans", "a thousand-plus", AtLeast),
        ("12,000-plus fans", "12,000-plus", AtLeast),
        ("2000+ fans", "2000+", AtLeast),
        // Hedges before the number that name a floor or a ceiling.
        (
            "to serve a minimum of 27 years",
            "a minimum of 27 years",
            AtLeast,
        ),
        (
            "rates rise to a maximum of 28 percent",
            "a maximum of 28 percent",
            AtMost,
        ),
        ("north of 300 people came", "north of 300", AtLeast),
    ];
    for (text, span, bound) in cases {
        let found = numbers(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!((found[0].0.as_str(), found[0].4), (span, bound), "{text}");
    }
    let mixed = numbers("add 1-1/2 cups of flour");
    assert_eq!((mixed[0].0.as_str(), mixed[0].1), ("1-1/2 cups", 1.5));
    assert_eq!(numbers("1/3rd of it")[0].1, 1.0 / 3.0);
}

#[test]
fn ranges_with_one_scale_or_sign_for_both_ends() {
    use NumberKind::*;
    let cases: &[(&str, &str, f64, Option<f64>, NumberKind)] = &[
        // The scale after the high end is the low end's too.
        (
            "it cost 5.5-6 billion",
            "5.5-6 billion",
            5.5e9,
            Some(6e9),
            Count,
        ),
        (
            "two to three thousand came",
            "two to three thousand",
            2e3,
            Some(3e3),
            Count,
        ),
        // So it is before a unit of time or measure.
        (
            "carved between 34 and 44 million years ago",
            "34 and 44 million years",
            3.4e7,
            Some(4.4e7),
            Duration,
        ),
        (
            "emits 5 to 10 million tonnes",
            "5 to 10 million tonnes",
            5e6,
            Some(1e7),
            Measure,
        ),
        // ... unless the low end would pass the high end.
        (
            "from 900 to 1.2 million",
            "900 to 1.2 million",
            900.0,
            Some(1.2e6),
            Count,
        ),
        // The currency sign before the low end is the high end's too.
        ("it cost $5-6 each", "$5-6", 5.0, Some(6.0), Money),
        (
            "a $10-12 million deal",
            "$10-12 million",
            1e7,
            Some(1.2e7),
            Money,
        ),
        ("paid £10-12m for it", "£10-12m", 1e7, Some(1.2e7), Money),
        (
            "$5.5 to $6 billion",
            "$5.5 to $6 billion",
            5.5e9,
            Some(6e9),
            Money,
        ),
        // A scale of twelve after digits; whose currency before its word.
        ("some 3 dozen eggs", "some 3 dozen", 36.0, None, Count),
        (
            "3 million US dollars",
            "3 million US dollars",
            3e6,
            None,
            Money,
        ),
        (
            "40 Hong Kong dollars",
            "40 Hong Kong dollars",
            40.0,
            None,
            Money,
        ),
    ];
    assert_single_mentions(cases);
}

#[test]
fn a_colon_or_slash_between_figures_is_a_score_or_an_idiom() {
    let values = |s: &str| numbers(s).into_iter().map(|m| m.1).collect::<Vec<_>>();
    let cases: &[(&str, &[f64])] = &[
        ("they won 3:1 in the final", &[3.0, 1.0]),
        ("a 2:1 majority", &[2.0, 1.0]),
        ("at 10:30 on Monday", &[10.3]),
        ("as Psalm 23:1 says", &[]),
        // Idioms written as fractions.
        ("a 24/7 service", &[]),
        ("a 50/50 chance", &[]),
        ("about 3/4 of voters", &[0.75]),
        // An improper fraction is a month and a day.
        ("remember saying on 7/5 that", &[5.0]),
    ];
    for (text, expected) in cases {
        assert_eq!(values(text), *expected, "{text}");
    }
}

#[test]
fn years_and_dates_that_open_time_phrases() {
    use NumberKind::*;
    let cases: &[(&str, &str, f64, Option<f64>, NumberKind)] = &[
        // A quarter or a half year, or the preposition that opens the
        // sentence, makes a year of a number before a plural noun.
        ("In Q3 2019 sales fell", "2019", 2019.0, None, Year),
        ("its H1 2020 profits", "2020", 2020.0, None, Year),
        ("In 2019 sales fell", "2019", 2019.0, None, Year),
        ("he invested in 2000 companies", "2000", 2000.0, None, Count),
        // An owner's year: what an owner has by the thousand is plural.
        ("Romney's 2012 campaign ended", "2012", 2012.0, None, Year),
        ("his 2016 presidential bid", "2016", 2016.0, None, Year),
        ("the firm's 1500 new hires", "1500", 1500.0, None, Count),
        ("the firm's 1500 workers", "1500", 1500.0, None, Count),
        ("according to a 2013 study by", "2013", 2013.0, None, Year),
        // So does the word `year` before it, in digits or in words.
        (
            "by the year 2030 emissions must fall",
            "2030",
            2030.0,
            None,
            Year,
        ),
        (
            "by the year two thousand",
            "two thousand",
            2000.0,
            None,
            Year,
        ),
        (
            "a year two thousand people died",
            "two thousand",
            2000.0,
            None,
            Count,
        ),
        (
            "In 1500 homes the power failed",
            "1500",
            1500.0,
            None,
            Count,
        ),
        // A month `of` a year is one date.
        (
            "in December of 2007",
            "December of 2007",
            2007.0,
            None,
            Date,
        ),
        // The first date of a range takes the second's year.
        (
            "from Jan. 3 to Feb. 7, 2020",
            "Jan. 3 to Feb. 7, 2020",
            2020.0,
            None,
            Date,
        ),
    ];
    assert_single_mentions(cases);
}

#[test]
fn an_m_after_thousands_is_metres_unless_money() {
    use NumberKind::*;
    let cases: &[(&str, &str, f64, Option<f64>, NumberKind)] = &[
        ("won the 5,000m race", "5,000m", 5e3, None, Measure),
        ("the 1500m final", "1500m", 1.5e3, None, Measure),
        ("they lost 2m jobs", "2m", 2e6, None, Count),
        ("it cost £1,500m", "£1,500m", 1.5e9, None, Money),
        ("it cost 1,500m euros", "1,500m euros", 1.5e9, None, Money),
    ];
    assert_single_mentions(cases);
}

#[test]
fn one_half_or_quarter_of_a_whole_is_a_share() {
    use NumberKind::*;
    let cases: &[(&str, &str, f64, Option<f64>, NumberKind)] = &[
        ("one half of voters agreed", "one half", 0.5, None, Other),
        (
            "one quarter of the budget",
            "one quarter",
            0.25,
            None,
            Other,
        ),
        ("one fifth of voters", "one fifth", 0.2, None, Other),
    ];
    assert_single_mentions(cases);
}

#[test]
fn half_a_unit_and_a_magnitude_named_before() {
    use NumberKind::*;
    let cases: &[(&str, &str, f64, Option<f64>, NumberKind)] = &[
        (
            "add half a kilogram of sugar",
            "half a kilogram",
            0.5,
            None,
            Measure,
        ),
        (
            "within half an hour",
            "within half an hour",
            0.5,
            None,
            Duration,
        ),
        ("he ate half a pizza", "half", 0.5, None, Other),
        ("a magnitude 7.1 quake", "7.1", 7.1, None, Measure),
        (
            "the quake had a magnitude of 6.1",
            "6.1",
            6.1,
            None,
            Measure,
        ),
        (
            "it measured 5.8 on the Richter scale",
            "5.8",
            5.8,
            None,
            Measure,
        ),
    ];
    assert_single_mentions(cases);
    assert_eq!(
        numbers("a quake of magnitude 6.1")[0].5.as_deref(),
        Some("magnitude")
    );
    assert_eq!(
        numbers("the quake had a magnitude of 6.1")[0].5.as_deref(),
        Some("magnitude")
    );
}

#[test]
fn scales_and_currencies_hyphened_into_a_compound() {
    use NumberKind::*;
    let cases: &[(&str, &str, f64, Option<f64>, NumberKind)] = &[
        ("a $1.5-billion deal", "$1.5-billion", 1.5e9, None, Money),
        (
            "a 1.5-billion-dollar deal",
            "1.5-billion-dollar",
            1.5e9,
            None,
            Money,
        ),
        ("a 5-dollar bill", "5-dollar", 5.0, None, Money),
        ("a 200-pound man", "200-pound", 200.0, None, Measure),
        ("it cost Rs. 5 lakh", "Rs. 5 lakh", 5e5, None, Money),
    ];
    assert_single_mentions(cases);
    let noun = |s: &str| numbers(s)[0].5.clone();
    assert_eq!(
        noun("the 5,000-strong force arrived").as_deref(),
        Some("force")
    );
    assert_eq!(noun("a 5-dollar bill").as_deref(), Some("bill"));
}

#[test]
fn a_part_of_a_whole_counts_the_whole_noun() {
    let cases = [
        ("1,200 of the 3,000 workers", "workers"),
        // A modifier before the whole's number.
        ("won 13 of the past 19 contests", "contests"),
        ("3 of its last 5 games", "games"),
    ];
    for (text, noun) in cases {
        assert_eq!(numbers(text)[0].5.as_deref(), Some(noun), "{text}");
    }
}
