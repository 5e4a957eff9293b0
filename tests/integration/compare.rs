//! Checking an article against the record: attribution, comparison, probable misprints.

use morocco_ecommerce::Period;
use morocco_ecommerce::check::Checker;
use morocco_ecommerce::data::{
    Dataset, FigureCheck, Measure, PeriodSource, RecordVerdict, RelativeBase, Scope, Slip,
    Unattributed, attribute,
};
use proptest::prelude::*;
use std::fmt::Write as _;

const ARTICLE_AR: &str = include_str!("../../examples/article_ar.txt");

fn check(record: &Dataset, text: &str) -> Vec<FigureCheck> {
    record.check_article(text, None, &Checker::new())
}

/// A record of one row, in the file's third form.
fn record(rows: &[(&str, &str, &str, &str, &str, &str, &str)]) -> Dataset {
    let header = "id\tyear\tscope\tmeasure\tvalue\tunit\tas_written\tqualifier\tcompared_with\tsource_url\tnote\tprecision\tperiod";
    let mut text = format!("{header}\n");
    for (id, period, scope, measure, value, unit, precision) in rows {
        let year = if period.contains('-') { "" } else { period };
        writeln!(
            text,
            "{id}\t{year}\t{scope}\t{measure}\t{value}\t{unit}\t{value}\texact\t\thttps://example.org/{id}\t\t{precision}\t{period}"
        )
        .unwrap();
    }
    Dataset::from_tsv(&text).unwrap()
}

fn period(s: &str) -> Period {
    s.parse().unwrap()
}

/// The seed's figures against the record, one by one: the 2014 total operations conflict (2,1
/// million against 2,01, with the dropped digit as the probable misprint), the 2014 value agrees,
/// and so do the Moroccan cards' figures; "about 910 million" for 2013 conflicts under the
/// default reading (the record has 910,8 million: "about" is read as rounded, and 910,8 rounds to
/// 911) but agrees when figures may be truncated; the 95 % of "activity" and the 900 million spent
/// abroad have no observation of their scope and measure in the record.
#[test]
fn the_seed_observations_against_the_record() {
    let checks = Dataset::cmi().compare_observations(&Dataset::seed_article(), &Checker::new());
    let verdicts: Vec<(&str, &str)> = checks
        .iter()
        .map(|c| (c.id.as_str(), c.comparison.verdict.name()))
        .collect();
    assert_eq!(
        verdicts,
        [
            ("all_operations_2014", "conflicts"),
            ("all_turnover_2014", "agrees"),
            ("card_operations_2013", "agrees"),
            ("card_operations_2014", "agrees"),
            ("card_operations_growth_2014", "agrees"),
            ("card_value_2013", "conflicts"),
            ("card_value_2014", "agrees"),
            ("card_value_growth_2014", "agrees"),
            ("moroccan_card_share_2014", "not_in_record"),
            ("foreign_sites_spend_2014", "not_in_record"),
        ]
    );
    let ops = &checks[0];
    assert_eq!(
        ops.comparison.verdict,
        RecordVerdict::Conflicts {
            margin: "0.85".parse().unwrap()
        }
    );
    assert_eq!(
        ops.comparison.observations[0].id,
        "total_operations_2014_alm117307"
    );
    assert_eq!(
        ops.comparison.observations[0].as_written,
        "2,01 millions d'opérations"
    );
    assert!(
        ops.comparison.observations[0]
            .source
            .starts_with("https://")
    );
    let misprints: Vec<(Slip, &str)> = ops
        .misprints
        .iter()
        .map(|m| (m.slip, m.written.as_str()))
        .collect();
    assert_eq!(
        misprints,
        [(Slip::DroppedDigit, "أكثر من 2,01 مليون عملية")]
    );
    // "في حدود 910 مليون درهم": no single slip gives 910,8 million.
    assert!(checks[5].misprints.is_empty());
    let lenient = Checker::new()
        .with_assumptions(morocco_ecommerce::Assumption::every_rounding())
        .unwrap();
    let again = Dataset::cmi().compare_observations(&Dataset::seed_article(), &lenient);
    assert_eq!(again[5].comparison.verdict, RecordVerdict::Agrees);
}

/// The text of the seed (our own words, `examples/article_ar.txt`): the 2,1 million operations of
/// "last year" for the whole market conflict, with the misprint; the 1,2 billion dirhams agree;
/// the 95 % of activity and the 900 million spent on foreign sites are attributed but not in the
/// record; the card figures of the first paragraph say "bank cards", not which (no scope), and
/// the second paragraph names no period for its value and its rate.
#[test]
fn the_seed_text_against_the_record() {
    for date in [None, Some("2015-02-10".parse().unwrap())] {
        let checks = Dataset::cmi().check_article(ARTICLE_AR, date, &Checker::new());
        let lines: Vec<(&str, String)> = checks
            .iter()
            .map(|c| {
                let what = match &c.attribution {
                    Ok(a) => format!(
                        "{} {} {} {}",
                        a.period,
                        a.scope,
                        a.measure,
                        c.verdict_name()
                    ),
                    Err(e) => e.as_str().to_owned(),
                };
                (c.figure.text.as_str(), what)
            })
            .collect();
        let want = [
            ("1,67 مليون عملية", "no_scope"),
            ("1,95 مليون عملية", "no_scope"),
            ("16 في المائة", "no_scope"),
            ("1,05 مليار درهم", "no_period"),
            ("910 مليون درهم", "no_period"),
            ("14,9 في المائة", "no_period"),
            ("2,1 مليون عملية", "2014 total operations conflicts"),
            ("1,2 مليار درهم", "2014 total value agrees"),
            (
                "95 في المائة",
                "2014 moroccan_cards activity_share not_in_record",
            ),
            (
                "900 مليون درهم",
                "2014 moroccan_cards_abroad value not_in_record",
            ),
        ];
        let want: Vec<(&str, String)> = want.iter().map(|(a, b)| (*a, (*b).to_owned())).collect();
        assert_eq!(lines, want);
        let ops = &checks[6];
        let a = ops.attribution.as_ref().unwrap();
        assert_eq!(a.period_words, "السنة الماضية");
        let base = match date {
            Some(d) => RelativeBase::ArticleDate(d),
            None => RelativeBase::LatestYearNamed(period("2014").year()),
        };
        assert_eq!(a.period_source, PeriodSource::LastYear(base));
        assert_eq!(a.scope_words, "ما مجموعه");
        let misprints: Vec<(Slip, &str, &[String])> = ops
            .misprints
            .iter()
            .map(|m| (m.slip, m.written.as_str(), m.observations.as_slice()))
            .collect();
        assert_eq!(
            misprints,
            [(
                Slip::DroppedDigit,
                "2,01 مليون عملية",
                &["total_operations_2014_alm117307".to_owned()][..]
            )]
        );
    }
}

/// The claims of the seed text are those of the first two paragraphs, with their verdicts: the
/// paragraph we added links no claim.
#[test]
fn the_added_paragraph_links_no_claim() {
    let linked = morocco_ecommerce::text::link_text(ARTICLE_AR);
    assert_eq!(linked.claims.len(), 2);
    assert!(linked.not_checked.is_empty());
}

/// Sentences of our own, one per scope, kind of period and language.
#[test]
fn attribution_by_scope_period_and_language() {
    let cases: &[(&str, &str, Scope, Measure)] = &[
        (
            "Selon le CMI, les cartes étrangères ont réalisé 1,2 million d'opérations au premier semestre 2015.",
            "2015-H1",
            Scope::ForeignCards,
            Measure::Operations,
        ),
        (
            "وحسب المركز النقدي بين البنوك، بلغت قيمة الأداءات بالبطائق الأجنبية 2,3 مليار درهم خلال الأشهر التسعة الأولى من سنة 2016.",
            "2016-9M",
            Scope::ForeignCards,
            Measure::Value,
        ),
        (
            "According to the CMI, Moroccan cards made 4.1 million payments online in the first quarter of 2019.",
            "2019-Q1",
            Scope::MoroccanCards,
            Measure::Operations,
        ),
        (
            "أفاد المركز النقدي بين البنوك أن البطاقات المغربية أنجزت 6,2 مليون عملية أداء عبر الإنترنت متم شتنبر 2017.",
            "2017-9M",
            Scope::MoroccanCards,
            Measure::Operations,
        ),
        (
            "Selon le CMI, les Marocains ont réglé 450 millions de dirhams sur des sites étrangers en 2013.",
            "2013",
            Scope::MoroccanCardsAbroad,
            Measure::Value,
        ),
        (
            "In total, the CMI handled 13.6 million online payments in 2019.",
            "2019",
            Scope::Total,
            Measure::Operations,
        ),
        (
            "D'après Bank Al-Maghrib, les paiements en ligne ont atteint au total 10,3 milliards de dirhams en 2022.",
            "2022",
            Scope::BamOnline,
            Measure::Value,
        ),
        (
            "Le CMI indique qu'en 2018, le nombre d'opérations par cartes marocaines est en hausse de 35 %.",
            "2018",
            Scope::MoroccanCards,
            Measure::OperationsGrowth,
        ),
        (
            "Selon le CMI, les cartes étrangères représentent 12 % du montant des paiements en 2016.",
            "2016",
            Scope::ForeignCards,
            Measure::ValueShare,
        ),
    ];
    for (text, want_period, scope, measure) in cases {
        let read = attribute(text, None);
        assert_eq!(read.len(), 1, "{text}");
        let a = read[0].1.as_ref().unwrap_or_else(|e| panic!("{text}: {e}"));
        assert_eq!(a.period.to_string(), *want_period, "{text}");
        assert_eq!((a.scope, a.measure), (*scope, *measure), "{text}");
    }
    let growth = attribute(cases[7].0, None);
    assert_eq!(
        growth[0].1.as_ref().unwrap().compared_with,
        Some(period("2017"))
    );
}

/// Where the words leave a doubt, the figure is left unattributed, with the reason.
#[test]
fn what_the_words_do_not_say() {
    let cases: &[(&str, Unattributed)] = &[
        // "Bank cards" may be Moroccan or foreign.
        (
            "Le CMI a traité 1,5 million d'opérations par cartes bancaires en 2014.",
            Unattributed::NoScope,
        ),
        // No publisher named.
        (
            "Les cartes étrangères ont réalisé 1,5 million d'opérations en 2014.",
            Unattributed::NoPublisher,
        ),
        // A part of a year without its year.
        (
            "Selon le CMI, les cartes étrangères ont réalisé 1,5 million d'opérations à fin juin.",
            Unattributed::NoPeriod,
        ),
        // Last year, and no year anywhere to resolve it.
        (
            "Selon le CMI, les cartes étrangères ont réalisé 1,5 million d'opérations l'année dernière.",
            Unattributed::RelativeUnresolved,
        ),
        // Two origins in one clause.
        (
            "Selon le CMI, cartes étrangères et cartes marocaines ont réalisé 1,5 million d'opérations en 2014.",
            Unattributed::NoScope,
        ),
        // A yearly average over years is no growth of one year.
        (
            "Selon le CMI, les opérations par cartes étrangères sont en hausse de 30 % par an depuis 2010.",
            Unattributed::NoMeasure,
        ),
        // A figure set against another, after "contre": its period is not the sentence's.
        (
            "En 2014, selon le CMI, les cartes étrangères ont réalisé 1,5 million d'opérations, contre 1,2 million.",
            Unattributed::NoPeriod,
        ),
    ];
    for (text, want) in cases {
        let read = attribute(text, None);
        assert_eq!(read.last().map(|r| r.1.clone()), Some(Err(*want)), "{text}");
    }
    // "Last year", with the article's date.
    let text = "Selon le CMI, les cartes étrangères ont réalisé 1,5 million d'opérations l'année dernière.";
    let read = attribute(text, Some("2016-03-01".parse().unwrap()));
    assert_eq!(read[0].1.as_ref().unwrap().period, period("2015"));
}

/// A partial year is never compared with the full year.
#[test]
fn a_half_is_not_a_year() {
    let r = record(&[(
        "f_2015",
        "2015",
        "foreign_cards",
        "operations",
        "1200000",
        "operations",
        "100000",
    )]);
    let checks = check(
        &r,
        "Selon le CMI, les cartes étrangères ont réalisé 1,2 million d'opérations au premier semestre 2015.",
    );
    assert_eq!(checks[0].verdict_name(), "not_in_record");
    let checks = check(
        &r,
        "Selon le CMI, les cartes étrangères ont réalisé 1,2 million d'opérations en 2015.",
    );
    assert_eq!(checks[0].verdict_name(), "agrees");
}

fn slips_of(record_value: &str, precision: &str, measure: &str, text: &str) -> Vec<(Slip, String)> {
    let unit = if measure == "value" {
        "MAD"
    } else {
        "operations"
    };
    let r = record(&[(
        "x",
        "2014",
        "foreign_cards",
        measure,
        record_value,
        unit,
        precision,
    )]);
    let checks = check(&r, text);
    assert_eq!(checks[0].verdict_name(), "conflicts", "{text}");
    checks[0]
        .misprints
        .iter()
        .map(|m| (m.slip, m.written.clone()))
        .collect()
}

/// One case of our own for each kind of slip.
#[test]
fn each_kind_of_slip() {
    let s = |slip, w: &str| (slip, w.to_owned());
    assert_eq!(
        slips_of(
            "1050000",
            "10000",
            "operations",
            "Selon le CMI, les cartes étrangères ont réalisé 1,5 million d'opérations en 2014."
        ),
        [s(Slip::DroppedDigit, "1,05 million d'opérations")]
    );
    assert_eq!(
        slips_of(
            "2600000",
            "100000",
            "operations",
            "Selon le CMI, les cartes étrangères ont réalisé 2,66 millions d'opérations en 2014."
        ),
        [s(Slip::DoubledDigit, "2,6 millions d'opérations")]
    );
    assert_eq!(
        slips_of(
            "1950000",
            "10000",
            "operations",
            "Selon le CMI, les cartes étrangères ont réalisé 1,59 million d'opérations en 2014."
        ),
        [s(Slip::SwappedDigits, "1,95 million d'opérations")]
    );
    assert_eq!(
        slips_of(
            "1950000",
            "10000",
            "operations",
            "According to the CMI, foreign cards made 19.5 million operations in 2014."
        ),
        [s(Slip::MarkMoved, "1.95 million operations")]
    );
    assert_eq!(
        slips_of(
            "388000",
            "1",
            "operations",
            "Selon le CMI, les cartes étrangères ont réalisé 388.000.000 opérations en 2014."
        ),
        [s(Slip::ThousandsGroup, "388.000 opérations")]
    );
    assert_eq!(
        slips_of(
            "900000000",
            "1000000",
            "value",
            "وحسب المركز النقدي بين البنوك، بلغت قيمة الأداءات بالبطائق الأجنبية 900 مليار درهم سنة 2014."
        ),
        [s(Slip::ScaleWord, "900 مليون درهم")]
    );
}

/// A slip must leave every claim of the text the figure is in consistent: here the growth
/// stated beside the figure holds with the printed figure and fails with the slipped one.
#[test]
fn a_slip_that_breaks_a_claim_is_not_suggested() {
    let r = record(&[(
        "a",
        "2014",
        "foreign_cards",
        "operations",
        "1050000",
        "operations",
        "10000",
    )]);
    let text = "Selon le CMI, les opérations par cartes étrangères sont passées de 1,2 million en 2013 à 1,5 million en 2014, soit une hausse de 25 %.";
    let checks = check(&r, text);
    let f = checks
        .iter()
        .find(|c| c.figure.text == "1,5 million")
        .unwrap();
    assert_eq!(f.verdict_name(), "conflicts");
    assert!(f.misprints.is_empty(), "{:?}", f.misprints);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// A slip is never suggested for a figure that agrees, and every slip suggested agrees.
    #[test]
    // A written count that may be a year (1900-2099) right before its noun is no figure.
    fn slips_only_for_conflicts(
        written in prop_oneof![1u32..1900, 2100u32..3000],
        recorded in 1u32..3000,
    ) {
        let r = record(&[("x", "2014", "foreign_cards", "operations", &recorded.to_string(), "operations", "1")]);
        let text = format!("Selon le CMI, les cartes étrangères ont réalisé {written} opérations en 2014.");
        let checks = check(&r, &text);
        prop_assert_eq!(checks.len(), 1);
        let c = &checks[0];
        if c.verdict_name() == "conflicts" {
            for m in &c.misprints {
                let again = r.compare(&m.figure, period("2014"), Scope::ForeignCards, Measure::Operations, None, &Checker::new());
                prop_assert_eq!(again.verdict, RecordVerdict::Agrees);
            }
        } else {
            prop_assert_eq!(c.verdict_name(), "agrees");
            prop_assert!(c.misprints.is_empty());
        }
    }
}

/// An article of many sentences costs time in proportion to its length.
#[test]
fn a_long_article_checks_in_linear_time() {
    use std::time::Instant;
    let unit = "Selon le CMI, les cartes étrangères ont réalisé 1,5 million d'opérations en 2014, contre 1,2 million en 2013. ";
    let record = Dataset::cmi();
    let time = |copies: usize| {
        let text = unit.repeat(copies);
        let start = Instant::now();
        let checks = check(&record, &text);
        (start.elapsed(), checks.len())
    };
    let (small, n) = time(20);
    assert_eq!(n, 40);
    let (large, _) = time(320);
    // Linear is 16x; allow noise, refuse anything near quadratic.
    assert!(
        large < small * 64,
        "20 copies: {small:?}, 320 copies: {large:?}"
    );
}

/// Issue 16: the probable misprints behind an alarm on a claim of a text, one kind of slip at a
/// time, in sentences of our own.
#[test]
fn a_claim_alarm_lists_the_slips_that_would_make_it_hold() {
    use morocco_ecommerce::data::{Slip, claim_misprints};
    use morocco_ecommerce::text::link;
    let checker = Checker::new();
    let cases = [
        (
            "Les opérations sont passées de 1,67 million à 1,95 million, soit une hausse de 61 %.",
            Slip::SwappedDigits,
            "stated",
            "16 %",
        ),
        (
            "Les opérations sont passées de 1,67 million à 1,95 million, soit une hausse de 1,68 %.",
            Slip::MarkMoved,
            "stated",
            "16,8 %",
        ),
        (
            "Les opérations sont passées de 1,67 million à 1,95 million, soit une hausse de 166 %.",
            Slip::DoubledDigit,
            "stated",
            "16 %",
        ),
        (
            "Payments rose from 1.67 million to 1.95 billion operations, up 16%.",
            Slip::ScaleWord,
            "to",
            "1.95 million operations",
        ),
    ];
    for (text, slip, role, written) in cases {
        let claims = link(text);
        assert_eq!(claims.len(), 1, "{text}");
        let found = claim_misprints(text, &claims[0], &checker);
        assert!(
            found
                .iter()
                .any(|(r, m)| *r == role && m.slip == slip && m.written == written),
            "{text}: {found:#?}"
        );
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(200))]

    /// Issue 16: no slip is ever suggested for a claim whose figures already agree.
    #[test]
    fn no_misprint_is_suggested_for_a_claim_that_holds(
        from in 100u64..10_000,
        growth in 1u64..80,
    ) {
        use morocco_ecommerce::data::claim_misprints;
        let to = from + from * growth / 100;
        let rate = (rust_decimal::Decimal::from(to) - rust_decimal::Decimal::from(from))
            * rust_decimal::Decimal::ONE_HUNDRED
            / rust_decimal::Decimal::from(from);
        let text = format!(
            "Les opérations sont passées de {from} à {to} opérations, soit une hausse de {} %.",
            rate.round_dp(1).to_string().replace('.', ",")
        );
        for claim in morocco_ecommerce::text::link(&text) {
            proptest::prop_assert!(claim_misprints(&text, &claim, &Checker::new()).is_empty(), "{}", text);
        }
    }
}
