//! Issue 15, recall, round 2: which words of a clause govern a rate. A word of direction
//! written with the rate, coordinated claims each with its own pair, a rate written before its
//! noun, and lists of figures in parallel; each in French, Arabic and English, beside sentences
//! built to tempt a wrong pairing. Every text here is our own.

use crate::linking_support::{
    Written, each_gives, found, gives_exactly, growth, no_claim, two_growths,
};
use morocco_ecommerce::text::{Language, Unlinked, link_text};
use proptest::prelude::*;

/// A word of direction written with the rate ("a rise of", "soit une hausse de", "أي
/// بارتفاع") wins over the verb of the pair's clause: a rise stated of figures that fell is
/// the article's error, and an alarm is right. The converse too.
#[test]
fn the_rate_s_own_word_of_direction_wins_over_the_clause_verb() {
    each_gives(&[
        (
            "The value of payments with foreign cards fell to MAD 2.21 billion from MAD 2.45 billion a year earlier, a rise of 9.8%.",
            growth("2450000000", "2210000000", "9.8", "inconsistent"),
        ),
        (
            "Le montant des paiements par cartes étrangères a chuté à 2,21 milliards de dirhams, contre 2,45 milliards de dirhams un an plus tôt, soit une hausse de 9,8 %.",
            growth("2450000000", "2210000000", "9.8", "inconsistent"),
        ),
        (
            "وانخفضت قيمة الأداءات بالبطاقات الأجنبية إلى 2,21 مليار درهم مقابل 2,45 مليار درهم في السنة الماضية، أي بارتفاع بنسبة 9,8 في المائة.",
            growth("2450000000", "2210000000", "9.8", "inconsistent"),
        ),
        (
            "Online transactions climbed to 2.45 million transactions from 2.21 million transactions a year before, a decline of 10.9%.",
            growth("2210000", "2450000", "-10.9", "inconsistent"),
        ),
        (
            "Le nombre d'opérations a grimpé à 2,45 millions d'opérations, contre 2,21 millions d'opérations un an auparavant, soit un recul de 10,9 %.",
            growth("2210000", "2450000", "-10.9", "inconsistent"),
        ),
        (
            "وارتفع عدد العمليات إلى 2,45 مليون عملية مقابل 2,21 مليون عملية في السنة الماضية، أي بانخفاض نسبته 10,9 في المائة.",
            growth("2210000", "2450000", "-10.9", "inconsistent"),
        ),
        // The same words, true.
        (
            "The value of payments with foreign cards fell to MAD 2.21 billion from MAD 2.45 billion a year earlier, a drop of 9.8%.",
            growth("2450000000", "2210000000", "-9.8", "consistent"),
        ),
        (
            "Le nombre d'opérations a grimpé à 2,45 millions d'opérations, contre 2,21 millions d'opérations un an auparavant, soit une hausse de 10,9 %.",
            growth("2210000", "2450000", "10.9", "consistent"),
        ),
        // A rate with no word of its own takes the clause's verb, as before.
        (
            "Le montant a chuté à 2,21 milliards de dirhams, contre 2,45 milliards de dirhams un an plus tôt, soit 9,8 %.",
            growth("2450000000", "2210000000", "-9.8", "consistent"),
        ),
        (
            "وتراجعت قيمة الأداءات إلى 2,21 مليار درهم مقابل 2,45 مليار درهم في السنة الماضية، أي 9,8 في المائة.",
            growth("2450000000", "2210000000", "-9.8", "consistent"),
        ),
        (
            "Payments by foreign cards dropped to MAD 2.21 billion from MAD 2.45 billion, or 9.8%.",
            growth("2450000000", "2210000000", "-9.8", "consistent"),
        ),
    ]);
    // Words of both directions written with the rate: which one is its own, the words do
    // not say.
    let both = "Après une baisse en 2022, le nombre d'opérations a augmenté de 10,9 %, passant de 2,21 millions à 2,45 millions d'opérations.";
    let linked = link_text(both);
    assert!(linked.claims.is_empty(), "{:#?}", linked.claims);
    assert_eq!(
        linked
            .not_checked
            .iter()
            .map(|n| n.reason)
            .collect::<Vec<_>>(),
        [Unlinked::BothDirections]
    );
}

/// Coordinated claims, each rate followed by its own pair: "+R1 % en nombre (de A à B) et +R2 %
/// en valeur (de C à D)", "de R1 % (de A à B), et en valeur de R2 % (de C à D)", "rose R1% in
/// number, from A to B, and R2% in value, from C to D", "بنسبة R1 ... (من A إلى B)، وR2 ...
/// (من C إلى D)": the sentence is cut at the coordinator, each rate takes the pair of its own
/// part, and a part whose verb is left out takes the verb of the part before.
#[test]
fn each_part_of_a_coordinated_sentence_keeps_its_own_pair() {
    let both = |r1: &str, r2: &str, second: &str| {
        vec![
            growth("9500000", "11000000", r1, "consistent"),
            growth("2500000000", "2800000000", r2, second),
        ]
    };
    for (text, expected) in [
        (
            "Les paiements sur les sites marchands ont progressé de 16 % en nombre (de 9,5 à 11 millions d'opérations) et de 12 % en valeur (de 2,5 à 2,8 milliards de dirhams).",
            both("16", "12", "consistent"),
        ),
        (
            "Les paiements sur les sites marchands ont progressé de 16 % en nombre (de 9,5 à 11 millions d'opérations) et de 21 % en valeur (de 2,5 à 2,8 milliards de dirhams).",
            both("16", "21", "inconsistent"),
        ),
        (
            "Sur l'année, le e-commerce affiche +16 % en nombre (de 9,5 à 11 millions d'opérations) et +12 % en valeur (de 2,5 à 2,8 MMDH).",
            both("16", "12", "consistent"),
        ),
        // Each part in its own order.
        (
            "Le nombre d'opérations est passé de 9,5 à 11 millions (+16 %), et le montant a progressé de 12 % (de 2,5 à 2,8 milliards de dirhams).",
            both("16", "12", "consistent"),
        ),
        (
            "Online transactions rose 16% in number, from 9.5 million to 11 million, and 12% in value, from MAD 2.5 billion to MAD 2.8 billion.",
            both("16", "12", "consistent"),
        ),
        (
            "Online transactions rose 16% in number, from 9.5 million to 11 million, and 21% in value, from MAD 2.5 billion to MAD 2.8 billion.",
            both("16", "21", "inconsistent"),
        ),
        (
            "ارتفعت الأداءات عبر الإنترنت بنسبة 16 في المائة من حيث العدد (من 9,5 إلى 11 مليون عملية)، و12 في المائة من حيث القيمة (من 2,5 إلى 2,8 مليار درهم).",
            both("16", "12", "consistent"),
        ),
        (
            "ارتفع عدد العمليات بنسبة 16 في المائة من 9,5 إلى 11 مليون عملية، وارتفعت قيمتها بنسبة 12 في المائة من 2,5 إلى 2,8 مليار درهم.",
            both("16", "12", "consistent"),
        ),
        // A part left without a verb falls with the part before.
        (
            "Le nombre d'opérations a baissé de 3 % (de 2,45 à 2,38 millions d'opérations), et en valeur de 5 % (de 6,3 à 6 milliards de dirhams).",
            vec![
                growth("2450000", "2380000", "-3", "consistent"),
                growth("6300000000", "6000000000", "-5", "consistent"),
            ],
        ),
    ] {
        assert_eq!(found(text), expected, "{text}");
    }
}

/// What the cut at a coordinator must not do: give a pair to a rate of a part with no pair, or
/// a rate to a part of a pair alone.
#[test]
fn a_part_without_its_own_pair_or_rate_gives_no_claim() {
    // A pair alone, then a rate and its pair: which pair is the rate's, the order does not
    // say (two pairs, one rate).
    let text = "Le nombre d'opérations est passé de 9,5 à 11 millions, et le montant a progressé de 12 % (de 2,5 à 2,8 milliards de dirhams).";
    let linked = link_text(text);
    assert!(linked.claims.is_empty(), "{:#?}", linked.claims);
    assert_eq!(linked.not_checked[0].reason, Unlinked::SeveralPairings);
    // A rate of another part with no pair: the first part is a claim, the rate is not (its
    // words name another quantity than the pair's, or it has no pair in its part).
    for text in [
        "The number of transactions rose 16% (from 9.5 million to 11 million), while the value of refunds fell 4%.",
        "Le nombre d'opérations a progressé de 16 % (de 9,5 à 11 millions d'opérations), tandis que le montant des remboursements a reculé de 4 %.",
        "ارتفع عدد العمليات بنسبة 16 في المائة (من 9,5 إلى 11 مليون عملية)، بينما تراجعت قيمة المبالغ المستردة بنسبة 4 في المائة.",
    ] {
        let linked = link_text(text);
        assert_eq!(
            found(text),
            [growth("9500000", "11000000", "16", "consistent")],
            "{text}"
        );
        assert_eq!(
            linked
                .not_checked
                .iter()
                .map(|n| matches!(
                    n.reason,
                    Unlinked::NoPairInReach | Unlinked::AnotherQuantity
                ))
                .collect::<Vec<_>>(),
            [true],
            "{text}"
        );
    }
    // A share after the coordinator is no rate left without its verb.
    for text in [
        "Le nombre d'opérations a progressé de 16 % (de 9,5 à 11 millions d'opérations), et 40 % des paiements sont passés par le mobile.",
        "ارتفع عدد العمليات بنسبة 16 في المائة (من 9,5 إلى 11 مليون عملية)، و40 في المائة منها تمت بالبطاقات المغربية.",
    ] {
        assert_eq!(
            found(text),
            [growth("9500000", "11000000", "16", "consistent")],
            "{text}"
        );
        assert!(link_text(text).not_checked.is_empty(), "{text}");
    }
}

/// A rate written before its noun: "a 14.3% increase", "a 9.6% drop", "a 5.7% year-on-year
/// decline", "soit 14,3 % de hausse"; the noun gives the rate its direction.
#[test]
fn a_rate_written_before_its_noun() {
    each_gives(&[
        (
            "Payments on merchant sites rose from MAD 3.15 billion in 2023 to MAD 3.6 billion in 2024, a 14.3% increase, the CMI said.",
            growth("3150000000", "3600000000", "14.3", "consistent"),
        ),
        (
            "Payments on merchant sites rose from MAD 3.15 billion in 2023 to MAD 3.6 billion in 2024, a 18.3% increase, the CMI said.",
            growth("3150000000", "3600000000", "18.3", "inconsistent"),
        ),
        (
            "Refunds went from MAD 520 million to MAD 470 million, a 9.6% drop.",
            growth("520000000", "470000000", "-9.6", "consistent"),
        ),
        (
            "The number of transactions slipped to 7.45 million transactions from 7.9 million transactions, a 5.7% year-on-year decline.",
            growth("7900000", "7450000", "-5.7", "consistent"),
        ),
        (
            "Le montant est passé de 3,15 à 3,6 milliards de dirhams, soit 14,3 % de hausse.",
            growth("3150000000", "3600000000", "14.3", "consistent"),
        ),
        (
            "Le montant des remboursements est passé de 520 à 470 millions de dirhams, soit 9,6 % de baisse.",
            growth("520000000", "470000000", "-9.6", "consistent"),
        ),
        // A rise stated of figures that fell.
        (
            "Le montant des remboursements est passé de 520 à 470 millions de dirhams, soit 9,6 % de hausse.",
            growth("520000000", "470000000", "9.6", "inconsistent"),
        ),
    ]);
}

/// The words after a rate may say it is of something else than its pair: another quantity
/// after its noun ("a 14.3% increase in the number of merchant sites") or a narrower scope
/// ("pour les cartes étrangères", "for foreign cards", "بالنسبة للبطاقات الأجنبية"): not
/// checked. A period after the same words is no other scope.
#[test]
fn the_words_after_a_rate_may_make_it_of_something_else() {
    for text in [
        "Online payments went from MAD 3.15 billion to MAD 3.6 billion, a 14.3% increase in the number of merchant sites.",
        "Le montant est passé de 3,15 à 3,6 milliards de dirhams, soit 14,3 % de hausse du nombre de sites marchands.",
        "Le montant est passé de 3,15 à 3,6 milliards de dirhams, soit une hausse de 14,3 % pour les cartes étrangères.",
        "Online payments went from MAD 3.15 billion to MAD 3.6 billion, up 14.3% for foreign cards.",
        "ارتفعت قيمة الأداءات من 3,15 إلى 3,6 مليار درهم، أي بزيادة 14,3 في المائة بالنسبة للبطاقات الأجنبية.",
    ] {
        let linked = link_text(text);
        assert!(linked.claims.is_empty(), "{text}: {:#?}", linked.claims);
        assert_eq!(
            linked
                .not_checked
                .iter()
                .map(|n| n.reason)
                .collect::<Vec<_>>(),
            [Unlinked::AnotherQuantity],
            "{text}"
        );
    }
    for text in [
        "Online payments went from MAD 3.15 billion to MAD 3.6 billion, up 14.3% for the year.",
        "Le montant est passé de 3,15 à 3,6 milliards de dirhams, soit une hausse de 14,3 % pour l'année 2024.",
        "ارتفعت قيمة الأداءات من 3,15 إلى 3,6 مليار درهم، أي بزيادة 14,3 في المائة بالنسبة للسنة كاملة.",
    ] {
        assert_eq!(
            found(text),
            [growth("3150000000", "3600000000", "14.3", "consistent")],
            "{text}"
        );
    }
}

/// Two lists written crosswise, "X et Y ..., contre A et B ...", "respectivement" after the
/// first list and before its period, with more words that make the second list the earlier
/// ("il y a un an", "twelve months earlier", "قبل سنة"); a second list of other cards is no
/// earlier list, whatever its rates.
#[test]
fn two_lists_crosswise_with_the_words_of_an_earlier_time() {
    let both = vec![
        growth("28900000", "33600000", "16.3", "consistent"),
        growth("8100000000", "9400000000", "16", "consistent"),
    ];
    for text in [
        "Le nombre et le montant des paiements par carte ont atteint respectivement 33,6 millions d'opérations et 9,4 milliards de dirhams au premier semestre, contre 28,9 millions d'opérations et 8,1 milliards de dirhams il y a un an, soit des hausses respectives de 16,3 % et 16 %.",
        "Transactions and their value came to 33.6 million transactions and MAD 9.4 billion respectively in the first half, against 28.9 million transactions and MAD 8.1 billion twelve months earlier, gains of 16.3% and 16% respectively.",
        "وبلغ عدد العمليات ومبلغها على التوالي 33,6 مليون عملية و9,4 مليار درهم خلال النصف الأول، مقابل 28,9 مليون عملية و8,1 مليار درهم قبل سنة، أي بارتفاع بنسبة 16,3 في المائة و16 في المائة على التوالي.",
    ] {
        assert_eq!(found(text), both, "{text}");
    }
    for text in [
        "وبلغ عدد العمليات ومبلغها على التوالي 33,6 مليون عملية و9,4 مليار درهم، مقابل 28,9 مليون عملية و8,1 مليار درهم بالنسبة للبطاقات الأجنبية، أي بارتفاع بنسبة 16,3 في المائة و16 في المائة على التوالي.",
        "Transactions and their value came to 33.6 million transactions and MAD 9.4 billion respectively for Moroccan cards, against 28.9 million transactions and MAD 8.1 billion for foreign cards, gains of 16.3% and 16% respectively.",
        "Les cartes marocaines ont réglé respectivement 33,6 millions d'opérations et 9,4 milliards de dirhams, contre 28,9 millions d'opérations et 8,1 milliards de dirhams pour les cartes étrangères, soit des hausses respectives de 16,3 % et 16 %.",
    ] {
        no_claim(text);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Sentences composed from random true figures in the constructions of this module (two
    /// coordinated parts, each rate with its own pair; a rate before its noun) give exactly the
    /// claims composed, with their figures, and never an alarm.
    #[test]
    fn composed_parts_give_exactly_their_claims(
        (language, growths) in two_growths(),
        form in 0usize..3,
    ) {
        let Some((x, y)) = growths else {
            return Ok(());
        };
        let (text, expected): (String, Vec<&Written>) = match (language, form) {
            (Language::French, 0) => (format!("Les paiements ont progressé de {} en nombre (de {} à {}) et de {} en valeur (de {} à {}).", x.rate, x.from, x.to, y.rate, y.from, y.to), vec![&x, &y]),
            (Language::French, 1) => (format!("Le nombre est passé de {} à {} (+{}), et le montant a augmenté de {} (de {} à {}).", x.from, x.to, x.rate, y.rate, y.from, y.to), vec![&x, &y]),
            (Language::French, _) => (format!("Le montant est passé de {} à {}, soit {} de hausse.", y.from, y.to, y.rate), vec![&y]),
            (Language::English, 0) => (format!("Payments grew {} in number, from {} to {}, and {} in value, from {} to {}.", x.rate, x.from, x.to, y.rate, y.from, y.to), vec![&x, &y]),
            (Language::English, 1) => (format!("Transactions went from {} to {} (+{}), while their value rose {}, from {} to {}.", x.from, x.to, x.rate, y.rate, y.from, y.to), vec![&x, &y]),
            (Language::English, _) => (format!("Payments went from {} to {}, a {} increase.", y.from, y.to, y.rate), vec![&y]),
            (_, 0) => (format!("ارتفعت الأداءات بنسبة {} من حيث العدد (من {} إلى {})، و{} من حيث القيمة (من {} إلى {}).", x.rate, x.from, x.to, y.rate, y.from, y.to), vec![&x, &y]),
            (_, 1) => (format!("ارتفع عدد العمليات بنسبة {} من {} إلى {}، وارتفعت قيمتها بنسبة {} من {} إلى {}.", x.rate, x.from, x.to, y.rate, y.from, y.to), vec![&x, &y]),
            (_, _) => (format!("انتقل عدد العمليات من {} إلى {} (+{})، بينما ارتفعت قيمتها بنسبة {} من {} إلى {}.", x.from, x.to, x.rate, y.rate, y.from, y.to), vec![&x, &y]),
        };
        gives_exactly(&text, &expected)?;
    }
}
