//! Issue 15, recall, round 2: which words of a clause govern a rate. A word of direction
//! written with the rate, coordinated claims each with its own pair, a rate written before its
//! noun, and lists of figures in parallel; each in French, Arabic and English, beside sentences
//! built to tempt a wrong pairing. Every text here is our own.

use crate::linking_recall::{found, growth};
use morocco_ecommerce::text::{Unlinked, link_text};

/// A word of direction written with the rate ("a rise of", "soit une hausse de", "أي
/// بارتفاع") wins over the verb of the pair's clause: a rise stated of figures that fell is
/// the article's error, and an alarm is right. The converse too.
#[test]
fn the_rate_s_own_word_of_direction_wins_over_the_clause_verb() {
    for (text, expected) in [
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
    ] {
        assert_eq!(found(text), [expected], "{text}");
    }
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
