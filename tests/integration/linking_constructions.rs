//! Issue 15, round 6: constructions of the press the linker now reads, each in French, Arabic
//! and English where it occurs: a rate over a year ("y/y", "sur un an", "على أساس سنوي") before
//! its base, a share given after "soit", "أي", "i.e.", an average basket beside the value and
//! the count it comes from, and the earlier figure in the next sentence with a verb of the
//! pluperfect. Each correct sentence gives its claim, a wrong rate the inconsistent verdict,
//! and the sentences built to tempt a wrong pairing give no alarm. Every text here is our own.

use crate::linking_guards::{alarms, refused};
use crate::linking_support::{
    Written, change, each_gives, found, gives_exactly, growth, no_claim, points, share, ticket,
    two_growths,
};
use morocco_ecommerce::text::{Language, Unlinked, link_text};
use proptest::prelude::*;

/// A rate over a year ("y/y", "yoy", "year on year", "en glissement annuel", "sur un an",
/// "على أساس سنوي") stands between the rate and its base, or between the rate and "contre A":
/// the pair is read as without those words, and "contre A" alone after a rate over a year
/// makes A the figure a year before.
#[test]
fn a_rate_over_a_year_keeps_its_pair() {
    each_gives(&[
        (
            "Card transactions rose 18% y/y to 48.6 million from 41.2 million.",
            growth("41200000", "48600000", "18", "consistent"),
        ),
        (
            "Card transactions rose 21% yoy to 48.6 million from 41.2 million.",
            growth("41200000", "48600000", "21", "inconsistent"),
        ),
        (
            "Card transactions reached 48.6 million, up 18% year on year from 41.2 million.",
            growth("41200000", "48600000", "18", "consistent"),
        ),
        (
            "Card transactions reached 48.6 million, up 21% y/y, against 41.2 million.",
            growth("41200000", "48600000", "21", "inconsistent"),
        ),
        (
            "Le nombre d'opérations s'est établi à 48,6 millions, en hausse de 18 % en glissement annuel, contre 41,2 millions.",
            growth("41200000", "48600000", "18", "consistent"),
        ),
        (
            "Le nombre d'opérations s'est établi à 48,6 millions (+21 % sur un an), contre 41,2 millions.",
            growth("41200000", "48600000", "21", "inconsistent"),
        ),
        (
            "Le nombre d'opérations a progressé de 18 % sur un an, à 48,6 millions contre 41,2 millions.",
            growth("41200000", "48600000", "18", "consistent"),
        ),
        (
            "بلغ عدد العمليات 48,6 مليون عملية، بارتفاع نسبته 18 في المائة على أساس سنوي، مقابل 41,2 مليون.",
            growth("41200000", "48600000", "18", "consistent"),
        ),
        (
            "بلغ عدد العمليات 48,6 مليون عملية، بارتفاع نسبته 21 في المائة على أساس سنوي، مقابل 41,2 مليون.",
            growth("41200000", "48600000", "21", "inconsistent"),
        ),
        (
            "ارتفع عدد العمليات بنسبة 21 في المائة على أساس سنوي، من 41,2 مليون إلى 48,6 مليون عملية.",
            growth("41200000", "48600000", "21", "inconsistent"),
        ),
    ]);
}

/// "contre A" after a rate over a year is A a year before only when A stands alone in its
/// clause: a figure of a narrower scope, of another quantity, or of another period, a rate over
/// a year with no pair, or one rate after two pairs, gives no alarm.
#[test]
fn a_rate_over_a_year_tempts_no_wrong_pair() {
    for text in [
        "Le nombre d'opérations s'est établi à 48,6 millions, en hausse de 21 % sur un an, contre 41,2 millions pour les cartes étrangères.",
        "Le nombre d'opérations s'est établi à 48,6 millions, en hausse de 21 % sur un an, contre 41,2 millions par cartes étrangères.",
        "Le nombre d'opérations s'est établi à 48,6 millions, en hausse de 21 % sur un an, contre 41,2 millions et 3,1 millions de retraits.",
        "Card transactions reached 48.6 million, up 25% y/y, against 41.2 million for foreign cards.",
        "Card transactions reached 48.6 million, up 25% y/y, against 41.2 million in the first half.",
        "بلغ عدد العمليات 48,6 مليون عملية، بارتفاع نسبته 25 في المائة على أساس سنوي، مقابل 41,2 مليون بالنسبة للبطاقات الأجنبية.",
        "Card transactions rose 25% y/y to 48.6 million.",
        "Le nombre d'opérations a progressé de 25 % sur un an, à 48,6 millions.",
    ] {
        refused(text, &[Unlinked::NoPairInReach]);
    }
    for text in [
        "Card transactions rose from 41.2 million to 48.6 million and their value from MAD 12.1 billion to MAD 13.2 billion, up 9% y/y.",
        "Le nombre d'opérations est passé de 41,2 à 48,6 millions et le montant de 12,1 à 13,2 milliards de dirhams, en hausse de 9 % sur un an.",
        "ارتفع عدد العمليات من 41,2 مليون إلى 48,6 مليون عملية وقيمتها من 12,1 مليار درهم إلى 13,2 مليار درهم، بنسبة 9 في المائة على أساس سنوي.",
    ] {
        refused(text, &[Unlinked::SeveralPairings]);
    }
}

/// A share, then its part and its total after "soit", "أي", "i.e.": "représentent S %, soit P
/// sur T", "account for S% of transactions, i.e. P out of T", "تمثل البطاقات الأجنبية S في
/// المائة، أي P من أصل T", the verb of the share perhaps before its subject.
#[test]
fn a_share_then_its_part_after_soit() {
    each_gives(&[
        (
            "تمثل البطاقات الأجنبية 12 في المائة، أي 1,2 مليون عملية من أصل 10 ملايين.",
            share("1200000", "10000000", "12", "consistent"),
        ),
        (
            "تمثل البطاقات الأجنبية 15 في المائة، أي 1,2 مليون عملية من أصل 10 ملايين.",
            share("1200000", "10000000", "15", "inconsistent"),
        ),
        (
            "تمثل البطاقات الأجنبية 12 في المائة من العمليات، أي 1,2 مليون عملية من أصل 10 ملايين عملية.",
            share("1200000", "10000000", "12", "consistent"),
        ),
        (
            "Les cartes étrangères représentent 12 %, soit 1,2 million d'opérations sur 10 millions.",
            share("1200000", "10000000", "12", "consistent"),
        ),
        (
            "Les cartes étrangères représentent 15 %, soit 1,2 million d'opérations sur 10 millions.",
            share("1200000", "10000000", "15", "inconsistent"),
        ),
        (
            "Foreign cards account for 12% of transactions, i.e. 1.2 million transactions out of 10 million.",
            share("1200000", "10000000", "12", "consistent"),
        ),
        (
            "Foreign cards account for 15%, i.e. 1.2 million transactions out of 10 million.",
            share("1200000", "10000000", "15", "inconsistent"),
        ),
    ]);
}

/// A rate of change before "soit", "أي", "i.e." is no share ("ارتفعت ... بنسبة S في المائة،
/// أي P من أصل T"), nor is a share of another quantity, a share with no total, or two shares
/// or two parts: no share claim, and no alarm.
#[test]
fn a_share_after_soit_tempts_no_wrong_claim() {
    for text in [
        "ارتفعت العمليات بالبطاقات الأجنبية بنسبة 15 في المائة، أي 1,2 مليون عملية من أصل 10 ملايين.",
        "Foreign card transactions rose 15%, i.e. 1.2 million transactions out of 10 million.",
        "Les opérations par cartes étrangères ont augmenté de 15 %, soit 1,2 million d'opérations sur 10 millions.",
        "تمثل البطاقات الأجنبية 15 في المائة، أي 1,2 مليون عملية.",
        "Les cartes étrangères représentent 15 % du montant, soit 1,2 million d'opérations sur 10 millions.",
        "Foreign cards account for 15% of the value, i.e. 1.2 million transactions out of 10 million.",
        "تمثل البطاقات الأجنبية 15 في المائة من قيمة المعاملات، أي 1,2 مليون عملية من أصل 10 ملايين عملية.",
        "Les cartes étrangères représentent 15 %, soit 1,2 million d'opérations sur 10 millions en 2023 et 1,5 million sur 11 millions en 2024.",
        "Les cartes étrangères représentent 12 % et 15 %, soit 1,2 million d'opérations sur 10 millions.",
    ] {
        assert!(alarms(text).is_empty(), "{text}: {:?}", alarms(text));
        let shares: Vec<_> = found(text)
            .into_iter()
            .filter(|(kind, _, _)| *kind == "share")
            .collect();
        assert!(shares.is_empty(), "{text}: {shares:?}");
    }
}

/// An average basket beside the value and the count it comes from, in its sentence or the
/// next of the paragraph: "متوسط سلة المشتريات", "le panier moyen s'établit à", "each purchase
/// was worth on average".
#[test]
fn an_average_basket_takes_its_value_and_count() {
    each_gives(&[
        (
            "بلغ عدد العمليات 4,2 ملايين عملية بقيمة 2,1 مليار درهم، فيما بلغ متوسط سلة المشتريات 500 درهم.",
            ticket("2100000000", "4200000", "500", "consistent"),
        ),
        (
            "بلغ عدد العمليات 4,2 ملايين عملية بقيمة 2,1 مليار درهم. وبلغ متوسط سلة المشتريات 600 درهم.",
            ticket("2100000000", "4200000", "600", "inconsistent"),
        ),
        (
            "Les 4,2 millions d'achats ont totalisé 2,1 milliards de dirhams ; le panier moyen s'établit à 500 dirhams.",
            ticket("2100000000", "4200000", "500", "consistent"),
        ),
        (
            "Les 4,2 millions d'achats ont totalisé 2,1 milliards de dirhams. Le panier moyen s'établit à 600 dirhams.",
            ticket("2100000000", "4200000", "600", "inconsistent"),
        ),
        (
            "The 4.2 million purchases totalled MAD 2.1 billion; each purchase was worth on average MAD 500.",
            ticket("2100000000", "4200000", "500", "consistent"),
        ),
        (
            "The 4.2 million purchases totalled MAD 2.1 billion, and each purchase was worth MAD 600 on average.",
            ticket("2100000000", "4200000", "600", "inconsistent"),
        ),
        (
            "The 4.2 million purchases totalled MAD 2.1 billion. Each purchase was worth on average MAD 500.",
            ticket("2100000000", "4200000", "500", "consistent"),
        ),
        (
            "The 4.2 million purchases totalled MAD 2.1 billion. Each purchase was worth on average MAD 600.",
            ticket("2100000000", "4200000", "600", "inconsistent"),
        ),
    ]);
}

/// An amount of another quantity beside the value and the count, read or left unread ("et 3
/// milliards pour les retraits", "و3 مليارات للسحب"), may be what the average is of: no claim.
#[test]
fn an_average_basket_beside_another_amount_gives_no_claim() {
    for text in [
        "Le montant des paiements a atteint 2,1 milliards de dirhams pour 4,2 millions d'opérations et 3 milliards pour les retraits, et le panier moyen s'établit à 600 dirhams.",
        "بلغ عدد العمليات 4,2 ملايين عملية بقيمة 2,1 مليار درهم، و3 مليارات للسحب، فيما بلغ متوسط سلة المشتريات 600 درهم.",
        "The 4.2 million purchases totalled MAD 2.1 billion and withdrawals MAD 3.4 billion; each purchase was worth on average MAD 600.",
        "The 4.2 million purchases totalled MAD 2.1 billion. Withdrawals reached MAD 3.4 billion. Each purchase was worth on average MAD 600.",
    ] {
        no_claim(text);
    }
}

/// A rate left without a pair, whose sentence holds its later figure, takes the earlier one
/// from the next sentence when a verb of a past level gives it: "Il avait atteint A un an
/// plus tôt", "Il était de A", "It had reached A a year earlier", "A year earlier there were
/// A", "وكان قد بلغ A في السنة السابقة".
#[test]
fn the_earlier_figure_in_the_pluperfect_in_the_next_sentence() {
    each_gives(&[
        (
            "Le montant a atteint 9,2 milliards de dirhams en 2024, en hausse de 24 %. Il avait atteint 7,4 milliards de dirhams un an plus tôt.",
            growth("7400000000", "9200000000", "24", "consistent"),
        ),
        (
            "Le montant a atteint 9,2 milliards de dirhams en 2024, en hausse de 30 %. Il avait atteint 7,4 milliards de dirhams en 2023.",
            growth("7400000000", "9200000000", "30", "inconsistent"),
        ),
        (
            "The amount reached MAD 9.2 billion in 2024, up 24%. It had reached MAD 7.4 billion a year earlier.",
            growth("7400000000", "9200000000", "24", "consistent"),
        ),
        (
            "The amount reached MAD 9.2 billion in 2024, up 30%. It had reached MAD 7.4 billion a year earlier.",
            growth("7400000000", "9200000000", "30", "inconsistent"),
        ),
        (
            "بلغ المبلغ 9,2 مليار درهم سنة 2024، بارتفاع نسبته 24 في المائة. وكان قد بلغ 7,4 مليار درهم في السنة السابقة.",
            growth("7400000000", "9200000000", "24", "consistent"),
        ),
        (
            "بلغ المبلغ 9,2 مليار درهم سنة 2024، بارتفاع نسبته 30 في المائة. وكان قد بلغ 7,4 مليار درهم في السنة السابقة.",
            growth("7400000000", "9200000000", "30", "inconsistent"),
        ),
        // The imperfect, and words of the year before opening the sentence.
        (
            "Le montant a atteint 9,2 milliards de dirhams en 2024, en hausse de 30 %. Il était de 7,4 milliards de dirhams un an plus tôt.",
            growth("7400000000", "9200000000", "30", "inconsistent"),
        ),
        (
            "The number of merchant sites reached 7,420 at the end of June, up 26.4%. A year earlier there were 5,870.",
            growth("5870", "7420", "26.4", "consistent"),
        ),
        (
            "Le nombre de sites marchands a atteint 7 420 à fin juin, en hausse de 26,4 %. Un an plus tôt, on en comptait 5 870.",
            growth("5870", "7420", "26.4", "consistent"),
        ),
        (
            "وبلغ عدد المواقع التجارية 7420 موقعا متم يونيو، بارتفاع نسبته 26,4 في المائة. وكان هذا العدد 5870 قبل سنة.",
            growth("5870", "7420", "26.4", "consistent"),
        ),
    ]);
    let linked = link_text(
        "The amount reached MAD 9.2 billion in 2024, up 24%. It had reached MAD 7.4 billion in 2023.",
    );
    let claim = linked.claims.first().expect("a claim");
    assert_eq!(claim.links, ["had reached", "up"]);
    let periods: Vec<&str> = claim.periods.iter().map(|(role, _)| *role).collect();
    assert_eq!(periods, ["from", "to"]);
    assert!(linked.not_checked.is_empty(), "{:?}", linked.not_checked);
}

/// The pluperfect gives the pair only when nothing else in reach could: another figure of the
/// kind before the rate or after the earlier figure, another subject, another kind, another
/// paragraph, a base of the rate's own, or periods that run against the words give no alarm.
#[test]
fn the_pluperfect_tempts_no_wrong_pair() {
    for text in [
        "Le montant a atteint 9,2 milliards de dirhams en 2024 et les retraits 3,1 milliards de dirhams, en hausse de 30 %. Il avait atteint 7,4 milliards de dirhams un an plus tôt.",
        "Le montant a atteint 9,2 milliards de dirhams en 2024, en hausse de 30 %. Les retraits avaient atteint 7,4 milliards de dirhams un an plus tôt.",
        "Le montant a atteint 9,2 milliards de dirhams en 2024, en hausse de 30 %. Il avait atteint 7,4 milliards de dirhams un an plus tôt et 6,1 milliards de dirhams en 2022.",
        "Le montant a atteint 9,2 milliards de dirhams en 2024, en hausse de 30 %. Il avait atteint 7,4 milliards de dirhams un an plus tôt, et les retraits 3 milliards.",
        "Le montant a atteint 9,2 milliards de dirhams en 2024, en hausse de 30 %. Il avait atteint 7,4 millions d'opérations un an plus tôt.",
        "Les retraits ont totalisé 7,4 milliards de dirhams. Le montant a atteint 9,2 milliards de dirhams en 2024, en hausse de 30 %. Il avait atteint 7,4 milliards de dirhams un an plus tôt.",
        "Le montant a atteint 9,2 milliards de dirhams en 2024, en hausse de 30 %.\n\nIl avait atteint 7,4 milliards de dirhams un an plus tôt.",
        "The amount reached MAD 9.2 billion in 2024, up 30%. Withdrawals had reached MAD 7.4 billion a year earlier.",
        "The amount reached MAD 9.2 billion in 2024, up 30%. Withdrawals were MAD 7.4 billion a year earlier.",
        "Le montant a atteint 9,2 milliards de dirhams en 2024, en hausse de 30 %. Les retraits étaient de 7,4 milliards de dirhams un an plus tôt.",
        "The amount reached MAD 9.2 billion in 2024, up 30% on the first half. It had reached MAD 7.4 billion a year earlier.",
        "بلغ المبلغ 9,2 مليار درهم سنة 2024، بارتفاع نسبته 30 في المائة. وكانت عمليات السحب قد بلغت 7,4 مليار درهم في السنة السابقة.",
    ] {
        refused(text, &[Unlinked::NoPairInReach]);
    }
    refused(
        "Le montant a atteint 9,2 milliards de dirhams en 2024, en hausse de 24 %. Il avait atteint 7,4 milliards de dirhams en 2025.",
        &[Unlinked::PeriodsAgainstWords],
    );
}

/// Rates of a list "respectivement", "respectively", "على التوالي" alone in their sentence go
/// with the pairs of the sentences before, in order, when those sentences hold exactly those
/// pairs and the rates' words name the pairs' quantities in that order or open with a pronoun.
#[test]
fn rates_respectively_after_the_pairs_of_the_sentence_before() {
    let cases: [(&str, [&str; 2], &str); 6] = [
        (
            "Transactions rose from 41.2 million to 48.6 million, and their value from MAD 12.1 billion to MAD 13.2 billion. Transactions and value grew 18% and 9% respectively.",
            ["18", "9"],
            "consistent",
        ),
        (
            "Transactions rose from 41.2 million to 48.6 million. Their value rose from MAD 12.1 billion to MAD 13.2 billion. They grew 9% and 18% respectively.",
            ["9", "18"],
            "inconsistent",
        ),
        (
            "Le nombre d'opérations est passé de 41,2 à 48,6 millions et leur montant de 12,1 à 13,2 milliards de dirhams. Ils ont progressé respectivement de 18 % et 9 %.",
            ["18", "9"],
            "consistent",
        ),
        (
            "Le nombre d'opérations est passé de 41,2 à 48,6 millions et leur montant de 12,1 à 13,2 milliards de dirhams. Ils ont progressé respectivement de 9 % et 18 %.",
            ["9", "18"],
            "inconsistent",
        ),
        (
            "ارتفع عدد العمليات من 41,2 مليون إلى 48,6 مليون عملية، ومبلغها من 12,1 مليار درهم إلى 13,2 مليار درهم. وارتفع عدد العمليات وقيمتها بنسبة 18 في المائة و9 في المائة على التوالي.",
            ["18", "9"],
            "consistent",
        ),
        (
            "ارتفع عدد العمليات من 41,2 مليون إلى 48,6 مليون عملية، ومبلغها من 12,1 مليار درهم إلى 13,2 مليار درهم. وارتفع عدد العمليات وقيمتها بنسبة 9 في المائة و18 في المائة على التوالي.",
            ["9", "18"],
            "inconsistent",
        ),
    ];
    for (text, [r1, r2], verdict) in cases {
        assert_eq!(
            found(text),
            vec![
                growth("41200000", "48600000", r1, verdict),
                growth("12100000000", "13200000000", r2, verdict),
            ],
            "{text}"
        );
    }
}

/// Rates "respectively" in the next sentence tie nothing when the pairs before are not exactly
/// theirs (more rates, another count, a percentage, a single pair), when their words name
/// other quantities, across paragraphs, or without the word.
#[test]
fn rates_respectively_in_the_next_sentence_tempt_no_wrong_pair() {
    for text in [
        "Transactions rose from 41.2 million to 48.6 million, and their value from MAD 12.1 billion to MAD 13.2 billion. Transactions, value and cards grew 18%, 9% and 5% respectively.",
        "Transactions rose from 41.2 million to 48.6 million, and their value from MAD 12.1 billion to MAD 13.2 billion, with 3 million cards. Transactions and value grew 18% and 9% respectively.",
        "Transactions rose from 41.2 million to 48.6 million. Cards grew 18% and 9% respectively.",
        "Transactions rose from 41.2 million to 48.6 million, and their value from MAD 12.1 billion to MAD 13.2 billion. Withdrawals and fees grew 18% and 9% respectively.",
        "Transactions rose from 41.2 million to 48.6 million, and their value from MAD 12.1 billion to MAD 13.2 billion, or 8% of the total. Transactions and value grew 18% and 9% respectively.",
        "Le nombre d'opérations est passé de 41,2 à 48,6 millions et leur montant de 12,1 à 13,2 milliards de dirhams. Le nombre d'opérations et le nombre de cartes ont progressé respectivement de 18 % et 9 %.",
        "Transactions rose from 41.2 million to 48.6 million, and their value from MAD 12.1 billion to MAD 13.2 billion.\n\nTransactions and value grew 9% and 18% respectively.",
        "Transactions rose from 41.2 million to 48.6 million, and their value from MAD 12.1 billion to MAD 13.2 billion. Transactions and value grew 9% and 18%.",
    ] {
        refused(text, &[Unlinked::NoPairInReach]);
    }
}

/// Words that name the quantities of the list in another order than the pairs' give the rates
/// in their own order: "Le montant et le nombre d'opérations ont progressé respectivement de R2
/// et R1", "Value and transactions grew R2 and R1 respectively".
#[test]
fn rates_respectively_follow_the_order_their_words_name() {
    for (text, verdict) in [
        (
            "Le nombre d'opérations est passé de 41,2 à 48,6 millions et leur montant de 12,1 à 13,2 milliards de dirhams. Le montant et le nombre d'opérations ont progressé respectivement de 9 % et 18 %.",
            "consistent",
        ),
        (
            "Transactions rose from 41.2 million to 48.6 million, and their value from MAD 12.1 billion to MAD 13.2 billion. Value and transactions grew 18% and 9% respectively.",
            "inconsistent",
        ),
        (
            "ارتفع عدد العمليات من 41,2 مليون إلى 48,6 مليون عملية، ومبلغها من 12,1 مليار درهم إلى 13,2 مليار درهم. وارتفعت قيمة المعاملات وعدد العمليات بنسبة 9 في المائة و18 في المائة على التوالي.",
            "consistent",
        ),
    ] {
        let mut claims = found(text);
        claims.sort();
        let (value, count) = if verdict == "consistent" {
            ("9", "18")
        } else {
            ("18", "9")
        };
        let mut expected = vec![
            growth("41200000", "48600000", count, verdict),
            growth("12100000000", "13200000000", value, verdict),
        ];
        expected.sort();
        assert_eq!(claims, expected, "{text}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Sentences composed from random figures in the constructions of this round (a rate over
    /// a year before "contre A", the earlier figure in the pluperfect in the next sentence,
    /// rates "respectively" in the sentence after their pairs) give exactly the claims
    /// composed, and never an alarm.
    #[test]
    fn composed_constructions_give_exactly_the_claims_composed(
        (language, growths) in two_growths(),
        form in 0usize..3,
    ) {
        let Some((x, y)) = growths else {
            return Ok(());
        };
        let (text, expected): (String, Vec<&Written>) = match (language, form) {
            (Language::French, 0) => (format!("Le nombre d'opérations s'est établi à {}, en hausse de {} sur un an, contre {}.", x.to, x.rate, x.from), vec![&x]),
            (Language::French, 1) => (format!("Le montant a atteint {}, en hausse de {}. Il avait atteint {} un an plus tôt.", y.to, y.rate, y.from), vec![&y]),
            (Language::French, _) => (format!("Le nombre d'opérations est passé de {} à {} et leur montant de {} à {}. Ils ont progressé respectivement de {} et {}.", x.from, x.to, y.from, y.to, x.rate, y.rate), vec![&x, &y]),
            (Language::English, 0) => (format!("Card transactions reached {}, up {} y/y, against {}.", x.to, x.rate, x.from), vec![&x]),
            (Language::English, 1) => (format!("The amount reached {}, up {}. It had reached {} a year earlier.", y.to, y.rate, y.from), vec![&y]),
            (Language::English, _) => (format!("Transactions rose from {} to {}, and their value from {} to {}. They grew {} and {} respectively.", x.from, x.to, y.from, y.to, x.rate, y.rate), vec![&x, &y]),
            (_, 0) => (format!("بلغ عدد العمليات {}، بارتفاع نسبته {} على أساس سنوي، مقابل {}.", x.to, x.rate, x.from), vec![&x]),
            (_, 1) => (format!("بلغ المبلغ {}، بارتفاع نسبته {}. وكان قد بلغ {} في السنة السابقة.", y.to, y.rate, y.from), vec![&y]),
            (_, _) => (format!("ارتفع عدد العمليات من {} إلى {}، ومبلغها من {} إلى {}. وارتفع عدد العمليات وقيمتها بنسبة {} و{} على التوالي.", x.from, x.to, y.from, y.to, x.rate, y.rate), vec![&x, &y]),
        };
        gives_exactly(&text, &expected)?;
    }
}

/// The Arabic words of a basket ("بمتوسط سلة قدره", "السلة المتوسطة") give the average its value
/// and count as the French and English ones do.
#[test]
fn an_arabic_average_basket_takes_its_value_and_count() {
    each_gives(&[
        (
            "وبلغ مبلغ العمليات 2,1 مليار درهم لـ 4,2 مليون عملية، بمتوسط سلة قدره 500 درهم.",
            ticket("2100000000", "4200000", "500", "consistent"),
        ),
        (
            "بلغ عدد العمليات 4,2 مليون عملية بقيمة 2,1 مليار درهم، أي بمتوسط سلة يبلغ 600 درهم.",
            ticket("2100000000", "4200000", "600", "inconsistent"),
        ),
        (
            "وسجلت السلة المتوسطة 500 درهم لـ 4,2 مليون عملية بقيمة 2,1 مليار درهم.",
            ticket("2100000000", "4200000", "500", "consistent"),
        ),
    ]);
}

/// A rate whose own words say it is a change in a count of something else ("a 4.1% rise in
/// the number of ATMs", "une hausse de 4,1 % du nombre de guichets", "في عدد الشبابيك") competes
/// for no pair: the rate of the payments takes theirs, and the other is not checked, for that
/// reason.
#[test]
fn a_rate_of_something_else_competes_for_no_pair() {
    for (text, rate) in [
        (
            "Despite a 4.1% rise in the number of ATMs to 9,020, online card payments jumped 28% \
             to 8.96 million transactions from 7 million.",
            "28",
        ),
        (
            "Malgré une hausse de 4,1 % du nombre de guichets, les paiements en ligne ont bondi de \
             28 % à 8,96 millions d'opérations, contre 7 millions un an plus tôt.",
            "28",
        ),
        (
            "ورغم ارتفاع بنسبة 4,1 في المائة في عدد الشبابيك، قفزت الأداءات بنسبة 28 في المائة إلى \
             8,96 مليون عملية مقابل 7 ملايين قبل سنة.",
            "28",
        ),
        (
            "Despite a 4.1% rise in the number of ATMs to 9,020, online card payments jumped 45% \
             to 8.96 million transactions from 7 million.",
            "45",
        ),
    ] {
        let verdict = if rate == "28" {
            "consistent"
        } else {
            "inconsistent"
        };
        assert_eq!(
            found(text),
            vec![growth("7000000", "8960000", rate, verdict)],
            "{text}"
        );
        let linked = link_text(text);
        assert_eq!(
            linked.not_checked.len(),
            1,
            "{text}: {:#?}",
            linked.not_checked
        );
        assert_eq!(
            linked.not_checked[0].reason,
            Unlinked::AnotherQuantity,
            "{text}"
        );
    }
    // A rate after the name of something else and a number the reader left out stays that
    // thing's: no claim with the payments' pair.
    let linked = link_text(
        "Le nombre de guichets, soit 9 020 unités, a augmenté de 4 %, et les paiements sont \
         passés de 7 millions à 8,96 millions d'opérations.",
    );
    assert!(linked.claims.is_empty(), "{:#?}", linked.claims);
    // In the number of transactions, the rate is ours.
    each_gives(&[(
        "Card payments rose 12% in the number of transactions, from 10 million to 11.2 million.",
        growth("10000000", "11200000", "12", "consistent"),
    )]);
}

/// Rates "respectively", then the later figures after a word or verb of reaching, then the
/// earlier ones after "from", "contre", "مقابل": each rate takes its pair in order, whether the
/// figures are named "transactions and their value" or written with their units; a wrong rate
/// is caught.
#[test]
fn rates_respectively_then_the_later_figures_then_the_earlier() {
    for (text, second) in [
        (
            "Transactions and their value rose by 24% and 13% respectively, to 7.44 million and \
             MAD 3.6 billion, from 6 million and MAD 3.2 billion.",
            ("3200000000", "3600000000", "13", "consistent"),
        ),
        (
            "Transactions and their value rose by 24% and 19% respectively, to 7.44 million and \
             MAD 3.6 billion, from 6 million and MAD 3.2 billion.",
            ("3200000000", "3600000000", "19", "inconsistent"),
        ),
        (
            "وارتفع عدد العمليات ومبلغها على التوالي بنسبة 24 في المائة و13 في المائة، ليبلغا 7,44 \
             مليون عملية و3,6 مليار درهم، مقابل 6 ملايين عملية و3,2 مليار درهم سنة 2022.",
            ("3200000000", "3600000000", "13", "consistent"),
        ),
        (
            "Le nombre et le montant ont progressé respectivement de 24 % et 13 %, pour atteindre \
             7,44 millions d'opérations et 3,6 milliards de dirhams, contre 6 millions d'opérations \
             et 3,2 milliards de dirhams en 2022.",
            ("3200000000", "3600000000", "13", "consistent"),
        ),
    ] {
        let (from, to, rate, verdict) = second;
        assert_eq!(
            found(text),
            vec![
                growth("6000000", "7440000", "24", "consistent"),
                growth(from, to, rate, verdict)
            ],
            "{text}"
        );
    }
}

/// A change in points between the two percentages of a pair, stated right after it in points
/// ("soit un gain de 9,6 points", "up 9.6 percentage points", "أي بزيادة 9,6 نقطة"), is
/// checked as the later minus the earlier: a word of a fall, or a pair that can only have
/// fallen, makes an unsigned change a fall.
#[test]
fn a_change_in_points_between_two_percentages() {
    each_gives(&[
        (
            "La part des cartes étrangères est passée de 14,2 % à 23,8 %, soit un gain de 9,6 points.",
            points("14.2", "23.8", "9.6", "consistent"),
        ),
        (
            "La part des cartes étrangères est passée de 14,2 % à 23,8 %, soit une hausse de 5,6 points.",
            points("14.2", "23.8", "5.6", "inconsistent"),
        ),
        (
            "The share of foreign cards rose from 14.2% to 23.8%, up 9.6 percentage points.",
            points("14.2", "23.8", "9.6", "consistent"),
        ),
        (
            "وانتقلت حصة البطاقات الأجنبية من 14,2 في المائة إلى 23,8 في المائة، أي بزيادة 9,6 نقطة.",
            points("14.2", "23.8", "9.6", "consistent"),
        ),
        (
            "La part des cartes étrangères est passée de 23,8 % à 14,2 %, soit un recul de 9,6 points.",
            points("23.8", "14.2", "-9.6", "consistent"),
        ),
        (
            "The share of foreign cards fell to 14.2% from 23.8%, a gap of 9.6 points.",
            points("23.8", "14.2", "-9.6", "consistent"),
        ),
    ]);
}

/// A verb of a fall before two percentages joined by "à" ("a reculé de 31 % à 27 %") names the
/// share before and after the fall, when the second is below the first; a comparative after
/// the points ("soit 4 points de moins", "de plus") says which way they went.
#[test]
fn a_fall_between_two_levels_and_points_compared() {
    each_gives(&[
        (
            "La part des cartes étrangères a reculé de 31 % à 27 %, soit un recul de 4 points.",
            points("31", "27", "-4", "consistent"),
        ),
        (
            "La part des cartes étrangères a reculé de 31,5 % à 27,2 %, soit 4,3 points de moins.",
            points("31.5", "27.2", "-4.3", "consistent"),
        ),
        (
            "La part des cartes marocaines est passée de 27 % à 31 %, soit 4 points de plus.",
            points("27", "31", "4", "consistent"),
        ),
        (
            "La part des cartes étrangères a baissé de 31 % à 27 %, soit un recul de 6 points.",
            points("31", "27", "-6", "inconsistent"),
        ),
        // The period of the later share between it and the points.
        (
            "La part des cartes marocaines est passée de 27 % à 31 % en 2023, soit une hausse de 4 points.",
            points("27", "31", "4", "consistent"),
        ),
        (
            "وانتقلت حصة البطاقات الأجنبية من 14,2 في المائة إلى 23,8 في المائة سنة 2023، أي بزيادة 9,6 نقطة.",
            points("14.2", "23.8", "9.6", "consistent"),
        ),
        (
            "The share rose from 14.2% to 23.8% in 2023, up 9.6 percentage points.",
            points("14.2", "23.8", "9.6", "consistent"),
        ),
        // English writes the fall between two levels without "from".
        (
            "The share of foreign cards fell 31% to 27%, a drop of 4 percentage points.",
            points("31", "27", "-4", "consistent"),
        ),
        (
            "The share of foreign cards fell 31% to 27%, 6 percentage points less.",
            points("31", "27", "-6", "inconsistent"),
        ),
        // The span of time the change took, or another remark after a comma, after the points.
        (
            "The share of Moroccan cards rose to 62.5% in 2024 from 55.1% in 2022, a gain of 7.4 percentage points over two years.",
            points("55.1", "62.5", "7.4", "consistent"),
        ),
        (
            "La part du paiement mobile est passée de 8,2 % à 11 %, soit une hausse de 2,8 points en l'espace d'une année.",
            points("8.2", "11", "2.8", "consistent"),
        ),
        (
            "La part des cartes prépayées est passée de 21,5 % en 2022 à 19,1 % en 2023, soit un recul de 2,4 points, les cartes de débit gagnant du terrain.",
            points("21.5", "19.1", "-2.4", "consistent"),
        ),
        (
            "وانتقلت حصة الأداء عبر الهاتف من 6,4 في المائة سنة 2022 إلى 9,9 في المائة سنة 2023، أي بزيادة 2,5 نقطة، بفضل التطبيقات البنكية.",
            points("6.4", "9.9", "2.5", "inconsistent"),
        ),
        (
            "وارتفعت حصة البطاقات المغربية من 70 في المائة إلى 74 في المائة، أي بزيادة 4 نقاط خلال سنة.",
            points("70", "74", "4", "consistent"),
        ),
    ]);
    // "made up" is a verb of a share, not a rise; a dash, a span of time before the points, or
    // a closing quote after them.
    each_gives(&[
        (
            "Online payments made up 6.1% of the value of card payments in 2024, compared with 4.2% in 2022 — an increase of 1.9 percentage points.",
            points("4.2", "6.1", "1.9", "consistent"),
        ),
        (
            "Online payments made up 6.1% of card payments, against 4.2% in 2022, an increase of 2.9 percentage points.",
            points("4.2", "6.1", "2.9", "inconsistent"),
        ),
        (
            "\u{201C}The share of prepaid cards rose from 9.5% to 12.5% in one year, a gain of 3 percentage points,\u{201D} an official said.",
            points("9.5", "12.5", "3", "consistent"),
        ),
        (
            "وقال المسؤول إن \"حصة البطاقات المسبقة الدفع انتقلت من 9,5 في المائة إلى 12,5 في المائة، أي بزيادة 3 نقاط\".",
            points("9.5", "12.5", "3", "consistent"),
        ),
    ]);
    // A word of a later time after the later share.
    each_gives(&[
        (
            "La part des cartes prépayées est passée de 21,5 % à fin juin 2022 à 19,1 % un an plus tard, soit un recul de 2,4 points.",
            points("21.5", "19.1", "-2.4", "consistent"),
        ),
        (
            "The share of prepaid cards went from 21.5% to 19.1% a year later, a drop of 3.4 percentage points.",
            points("21.5", "19.1", "-3.4", "inconsistent"),
        ),
    ]);
    // The later share first, then the earlier one with words of its earlier time.
    each_gives(&[
        (
            "Their share of card payments climbed to 18.4% from 15.9% a year earlier, a gain of 2.5 percentage points.",
            points("15.9", "18.4", "2.5", "consistent"),
        ),
        (
            "Leur part est passée à 18,4 % contre 15,9 % un an plus tôt, soit un gain de 3,5 points.",
            points("15.9", "18.4", "3.5", "inconsistent"),
        ),
        (
            "وارتفعت حصتها إلى 18,4 في المائة مقابل 15,9 في المائة السنة الماضية، أي بزيادة 2,5 نقطة.",
            points("15.9", "18.4", "2.5", "consistent"),
        ),
    ]);
    // Words of an earlier time after a later share say another thing than the pair: nothing.
    no_claim("Leur part est passée de 15,9 % à 18,4 % un an plus tôt, soit un gain de 2,5 points.");
    // Words after the points, in their own clause, that may make them the change of another
    // share, or of another span than a plain one: nothing is checked.
    for text in [
        "La part est passée de 27 % à 31 %, soit un gain de 4 points pour le paiement mobile.",
        "The share rose from 27% to 31%, a gain of 4 percentage points over two recent years.",
        "The share rose from 27% to 31%, a gain of 4 percentage points over 2023.",
    ] {
        no_claim(text);
    }
}

/// A change in points may come before its pair of shares, joined to it by a participle of
/// passing; the verb before the points gives its direction.
#[test]
fn points_before_their_pair() {
    each_gives(&[
        (
            "La part des cartes marocaines a gagné 4 points, passant de 27 % à 31 %.",
            points("27", "31", "4", "consistent"),
        ),
        (
            "La part des cartes étrangères a perdu 4 points de pourcentage, passant de 31 % à 27 %.",
            points("31", "27", "-4", "consistent"),
        ),
        (
            "La part du paiement en ligne a progressé de 2,5 points, passant de 18,5 % à 21 %.",
            points("18.5", "21", "2.5", "consistent"),
        ),
        (
            "The share of Moroccan cards gained 4 percentage points, rising from 27% to 31%.",
            points("27", "31", "4", "consistent"),
        ),
        (
            "The share of foreign cards lost 6 percentage points, falling from 31% to 27%.",
            points("31", "27", "-6", "inconsistent"),
        ),
        (
            "ارتفعت حصة البطاقات المغربية بـ4 نقاط، منتقلة من 27 في المائة إلى 31 في المائة.",
            points("27", "31", "4", "consistent"),
        ),
        (
            "وتراجعت حصة البطاقات الأجنبية بـ4 نقاط، منتقلة من 31 في المائة إلى 27 في المائة.",
            points("31", "27", "-4", "consistent"),
        ),
        // The level reached, then the earlier one.
        (
            "Le taux de pénétration gagne 4 points de pourcentage, à 18 % contre 14 % un an plus tôt.",
            points("14", "18", "4", "consistent"),
        ),
        (
            "The share of bill payments dropped 3 percentage points to 12% from 15%.",
            points("15", "12", "-3", "consistent"),
        ),
        (
            "The share of bill payments dropped 8 percentage points to 12% from 15%.",
            points("15", "12", "-8", "inconsistent"),
        ),
        // "بارتفاع قدره" before the points, after the pair.
        (
            "وبلغت الحصة 18,5 في المائة سنة 2023، مقابل 15,2 في المائة سنة 2022، أي بارتفاع قدره 3,3 نقطة.",
            points("15.2", "18.5", "3.3", "consistent"),
        ),
    ]);
    // Other words between the points and the pair, no verb of change before the points, or a
    // figure after the pair: the points may be of something else, and nothing is checked.
    for text in [
        "La part a gagné 4 points l'an dernier, passant de 27 % à 31 %.",
        "Avec 4 points, passant de 27 % à 31 %, la part progresse.",
        "La part gagne 4 points, à 14 %, et atteint 18 %.",
        "La part a gagné 4 points, passant de 27 % à 31 %, et celle des cartes prépayées de 12 % à 15 %.",
        "The share gained 4 percentage points, rising from 27% to 31%, while fees rose 3%.",
    ] {
        no_claim(text);
    }
}

/// The first percentage after a verb of a fall stays the rate of the fall where the words make it
/// one: after "by", or where the figure after "à" is not a lower percentage.
#[test]
fn a_fall_then_a_level_keeps_its_rate() {
    use morocco_ecommerce::text::extract;
    let first = |text: &str| extract(text).first().map(|f| f.value().to_string());
    assert_eq!(first("The share fell by 3% to 27%.").as_deref(), Some("-3"));
    assert_eq!(
        first("La part a reculé de 3 % à 27 %.").as_deref(),
        Some("-3")
    );
    assert_eq!(
        first("Les paiements ont reculé de 12 % à 2,3 milliards de dirhams.").as_deref(),
        Some("-12")
    );
    assert_eq!(
        first("La part a reculé de 31 % à 27 %.").as_deref(),
        Some("31")
    );
}

/// Two pairs of percentages, two figures in points, or a figure between the pair and its
/// points leave the pairs not checked, and give no alarm.
#[test]
fn a_change_in_points_tempts_no_wrong_pair() {
    for text in [
        "La part est passée de 14,2 % à 23,8 %, et celle des paiements mobiles de 3 % à 5 %, \
         soit 9,6 points.",
        "La part est passée de 14,2 % à 23,8 % (+9,6 points), puis a gagné 2 points.",
        "La part est passée de 14,2 % à 23,8 %, pour 3,1 milliards de dirhams, soit 9,6 points.",
    ] {
        assert!(alarms(text).is_empty(), "{text}: {:?}", alarms(text));
        let linked = link_text(text);
        assert!(
            linked
                .claims
                .iter()
                .all(|c| c.kind.name() != "points_change"),
            "{text}: {:#?}",
            linked.claims
        );
        assert!(
            linked
                .not_checked
                .iter()
                .any(|n| n.reason == Unlinked::ChangeOfPercentages),
            "{text}: {:#?}",
            linked.not_checked
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// A pair of percentages of one decimal and their difference in points, written by
    /// `format_figure` in each language, give exactly the one change in points composed, and
    /// never an alarm.
    #[test]
    fn composed_changes_in_points_give_exactly_the_claim_composed(
        a in 0i64..=1000,
        b in 0i64..=1000,
        language in prop::sample::select(vec![Language::French, Language::English, Language::Arabic]),
    ) {
        use morocco_ecommerce::text::format_figure;
        use morocco_ecommerce::{FigureKind, Rounding};
        use rust_decimal::Decimal;
        prop_assume!(a != b);
        let tenth = Decimal::new(1, 1);
        let (x, y) = (Decimal::new(a, 1), Decimal::new(b, 1));
        let write = |v: Decimal, kind| format_figure(v, kind, tenth, language, Rounding::HalfEven).unwrap();
        let (from, to) = (write(x, FigureKind::Percent), write(y, FigureKind::Percent));
        let change = write((y - x).abs(), FigureKind::PercentagePoints);
        let text = match (language, y > x) {
            (Language::French, true) => format!("La part est passée de {from} à {to}, soit un gain de {change}."),
            (Language::French, false) => format!("La part est passée de {from} à {to}, soit un recul de {change}."),
            (Language::English, true) => format!("The share rose from {from} to {to}, up {change}."),
            (Language::English, false) => format!("The share fell from {from} to {to}, down {change}."),
            (_, true) => format!("وانتقلت الحصة من {from} إلى {to}، أي بزيادة {change}."),
            (_, false) => format!("وانتقلت الحصة من {from} إلى {to}، أي بانخفاض {change}."),
        };
        let expected = points(
            &x.normalize().to_string(),
            &y.normalize().to_string(),
            &(y - x).normalize().to_string(),
            "consistent",
        );
        prop_assert_eq!(found(&text), vec![expected], "{}", text);
    }
}

/// The size of a pair's change in its own unit, right after the pair with only the words of a
/// change between ("en hausse de 1,2 milliard", "an increase of MAD 1.2 billion", "بزيادة قدرها
/// 1,2 مليار درهم"), is checked as a rise or a fall, beside any rate after it; the unit it leaves
/// out is the pair's.
#[test]
fn a_change_in_the_figures_own_unit() {
    assert_eq!(
        found(
            "Le montant est passé de 8 milliards à 9,2 milliards de dirhams, en hausse de 1,2 milliard (+15 %)."
        ),
        vec![
            change(
                "increase",
                "8000000000",
                "9200000000",
                "1200000000",
                "consistent"
            ),
            growth("8000000000", "9200000000", "15", "consistent"),
        ]
    );
    each_gives(&[
        (
            "Le montant est passé de 9,2 milliards à 8 milliards de dirhams, en baisse de 1,2 milliard.",
            change(
                "decrease",
                "9200000000",
                "8000000000",
                "1200000000",
                "consistent",
            ),
        ),
        (
            "Le montant est passé de 8 milliards à 9,2 milliards de dirhams, en hausse de 2,2 milliards.",
            change(
                "increase",
                "8000000000",
                "9200000000",
                "2200000000",
                "inconsistent",
            ),
        ),
        (
            "The number of merchant sites rose from 4,870 to 5,940, an increase of 1,070.",
            change("increase", "4870", "5940", "1070", "consistent"),
        ),
        (
            "وارتفع المبلغ إلى 9,2 مليار درهم مقابل 8 مليار درهم، بزيادة قدرها 1,2 مليار درهم.",
            change(
                "increase",
                "8000000000",
                "9200000000",
                "1200000000",
                "consistent",
            ),
        ),
    ]);
}

/// A change of a part ("pour les cartes marocaines"), one whose words say no direction (",
/// soit 1,2 milliard"), or one of another kind gives no such claim, and no alarm.
#[test]
fn a_change_in_the_figures_own_unit_tempts_no_wrong_claim() {
    for text in [
        "Les paiements sont passés de 8 à 9,2 milliards de dirhams, en hausse de 1,2 milliard pour les cartes marocaines.",
        "Les paiements sont passés de 8 à 9,2 milliards de dirhams, soit 1,2 milliard.",
        "Les paiements sont passés de 8 à 9,2 milliards de dirhams, en hausse de 1,2 million d'opérations.",
        "Payments rose from MAD 8 billion to MAD 9.2 billion, while withdrawals grew by MAD 2.2 billion.",
        // The size of a change is no level a pair starts from.
        "Le nombre de sites marchands est en hausse de près de 1 200, à 4 100, soit 41 % de plus.",
        "The number of merchant sites rose by 1,200 to 4,100, up 41%.",
        // Against another base or period, a list of changes, two pairs.
        "En 2023, le montant est passé de 8 à 9,2 milliards de dirhams, en hausse de 2,1 milliards par rapport à 2021.",
        "Between 2021 and 2023, online card payments grew from MAD 6 billion to MAD 9.2 billion, up MAD 1.2 billion year on year.",
        "Online card payments rose from MAD 8 billion to MAD 9.2 billion, down MAD 0.3 billion from the 2021 peak.",
        "ارتفعت قيمة الأداءات من 8 إلى 9,2 مليار درهم، بزيادة قدرها 2,1 مليار درهم مقارنة بسنة 2021.",
        "ارتفعت قيمة أداءات البطاقات المغربية والأجنبية على التوالي من 5,9 إلى 7 مليارات درهم ومن 2,1 إلى 2,3 مليار درهم، بزيادة 1,1 مليار درهم و0,2 مليار درهم.",
        "Les paiements sont passés respectivement de 8 à 9,2 milliards de dirhams et de 10 à 12 millions d'opérations, en hausse de 1,2 milliard et de 2 millions.",
    ] {
        assert!(alarms(text).is_empty(), "{text}: {:?}", alarms(text));
        let linked = link_text(text);
        assert!(
            linked
                .claims
                .iter()
                .all(|c| !matches!(c.kind.name(), "increase" | "decrease")),
            "{text}: {:#?}",
            linked.claims
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// A pair of counts and the size of its change, written by `format_figure` in each
    /// language with a word of its direction, give exactly the rise or fall composed, and never
    /// an alarm.
    #[test]
    fn composed_changes_in_the_figures_own_unit_give_exactly_the_claim_composed(
        a in 1_000u64..=9_999,
        b in 1_000u64..=9_999,
        language in prop::sample::select(vec![Language::French, Language::English, Language::Arabic]),
    ) {
        use morocco_ecommerce::text::format_figure;
        use morocco_ecommerce::{FigureKind, Rounding};
        use rust_decimal::Decimal;
        prop_assume!(a != b && a.abs_diff(b) >= 1_000);
        let write = |v: u64| format_figure(Decimal::from(v), FigureKind::Merchants, Decimal::ONE, language, Rounding::HalfEven).unwrap();
        let (from, to, by) = (write(a), write(b), write(a.abs_diff(b)));
        let text = match (language, b > a) {
            (Language::French, true) => format!("Le nombre de sites marchands est passé de {from} à {to}, en hausse de {by}."),
            (Language::French, false) => format!("Le nombre de sites marchands est passé de {from} à {to}, en baisse de {by}."),
            (Language::English, true) => format!("The number of merchant sites rose from {from} to {to}, an increase of {by}."),
            (Language::English, false) => format!("The number of merchant sites fell from {from} to {to}, a fall of {by}."),
            (_, true) => format!("وارتفع عدد المواقع التجارية من {from} إلى {to}، بزيادة قدرها {by}."),
            (_, false) => format!("وتراجع عدد المواقع التجارية من {from} إلى {to}، بانخفاض قدره {by}."),
        };
        let kind = if b > a { "increase" } else { "decrease" };
        let expected = change(kind, &a.to_string(), &b.to_string(), &a.abs_diff(b).to_string(), "consistent");
        prop_assert_eq!(found(&text), vec![expected], "{}", text);
    }
}

/// A bare earlier count may be followed by the period it is of ("contre 4 100 l'année
/// précédente", "from 5,400 last year", "مقابل 4100 السنة الماضية"): it is read, with the
/// kind of the count it is tied to, and the growth between them is checked.
#[test]
fn a_bare_earlier_count_before_its_period() {
    each_gives(&[
        (
            "Le nombre de sites marchands s'établit à 4 850, contre 4 100 l'année précédente, soit une progression de 18,3 %.",
            growth("4100", "4850", "18.3", "consistent"),
        ),
        (
            "Le nombre de transactions a atteint 512 300, contre 420 100 l'année précédente, soit une hausse de 21,9 %.",
            growth("420100", "512300", "21.9", "consistent"),
        ),
        (
            "The number of online merchants grew to 6,120 from 5,400 last year, a rise of 13.3%.",
            growth("5400", "6120", "13.3", "consistent"),
        ),
        (
            "The number of online merchants grew to 6,120 from 5,400 last year, a rise of 19.6%.",
            growth("5400", "6120", "19.6", "inconsistent"),
        ),
    ]);
}
