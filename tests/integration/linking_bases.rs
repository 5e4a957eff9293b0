//! Issue 15, round 3: the earlier figure written after the rate or after a word that marks it
//! as the earlier, the rate cue words and the averages the press writes, each in French, Arabic
//! and English, with sentences built to tempt a wrong pairing beside them. Every text here is
//! our own.

use crate::linking_recall::{Found, found, growth, no_claim};
use morocco_ecommerce::text::link_text;

/// Each text gives exactly the one claim expected.
fn each_gives(cases: &[(&str, Found)]) {
    for (text, expected) in cases {
        assert_eq!(found(text), vec![expected.clone()], "{text}");
    }
}

/// "B, up R% from A", "B, en hausse de R % par rapport à A", "B، بزيادة R مقارنة مع A": the word
/// right after the rate names A as its base, and so as the earlier figure, with no word of time.
#[test]
fn a_word_right_after_the_rate_names_its_base() {
    each_gives(&[
        (
            "Les paiements en ligne ont atteint 8,4 milliards de dirhams, en hausse de 20 % par rapport à 7 milliards.",
            growth("7000000000", "8400000000", "20", "consistent"),
        ),
        (
            "Les paiements en ligne ont atteint 8,4 milliards de dirhams, en hausse de 40 % par rapport à 7 milliards.",
            growth("7000000000", "8400000000", "40", "inconsistent"),
        ),
        (
            "Online card transactions came to 54 million, up 8% from 50 million.",
            growth("50000000", "54000000", "8", "consistent"),
        ),
        (
            "Spending on merchant sites reached MAD 11.2 billion, a 12% increase from MAD 10 billion.",
            growth("10000000000", "11200000000", "12", "consistent"),
        ),
        (
            "بلغ عدد العمليات 36 مليون عملية، بزيادة 20 في المائة مقارنة مع 30 مليون عملية.",
            growth("30000000", "36000000", "20", "consistent"),
        ),
        (
            "بلغ عدد العمليات 36 مليون عملية، بزيادة 25 في المائة مقارنة مع 30 مليون عملية.",
            growth("30000000", "36000000", "25", "inconsistent"),
        ),
    ]);
    // Two such parts in one sentence, each with its own rate.
    assert_eq!(
        found(
            "Over the half: 54 million transactions, up 8% from 50 million; MAD 18 billion in value, up 30% from MAD 15 billion."
        ),
        vec![
            growth("50000000", "54000000", "8", "consistent"),
            growth("15000000000", "18000000000", "30", "inconsistent"),
        ]
    );
}

/// The base word stands only right after the rate; "contre" there, or a figure of a narrower
/// scope after the base word, is no pair without a word that says A is the earlier.
#[test]
fn a_base_word_does_not_reach_past_its_place() {
    for text in [
        "Le montant a atteint 5,6 milliards de dirhams, en hausse de 12 % par rapport à 5 milliards pour les cartes étrangères.",
        "The amount reached MAD 5.6 billion, up 12% from MAD 5 billion for foreign-issued cards.",
        "Les opérations ont atteint 12 millions, en hausse de 20 %, contre 10 millions.",
        "بلغ المبلغ 5,6 مليار درهم، بزيادة 12 في المائة مقارنة مع 5 مليار درهم بالنسبة للبطاقات الأجنبية.",
    ] {
        no_claim(text);
    }
    // The word of a comparison then a clause of the past: "par rapport à l'année précédente,
    // où il s'établissait à A".
    let linked = link_text(
        "Le nombre de paiements a atteint 72 millions en 2024, en hausse de 20 % par rapport à l'année précédente, où il s'établissait à 60 millions.",
    );
    assert_eq!(linked.claims.len(), 1, "{:?}", linked.not_checked);
}
