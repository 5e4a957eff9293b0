//! Issue 15, round 5: words the linker now reads between or around a pair and its rate: a
//! participle after the pair ("progressant de", "rising", "متقدما بـ"), ... Each in French,
//! Arabic and English, beside sentences built to tempt a wrong pairing. Every text here is our
//! own.

use crate::linking_support::{each_gives, found, growth, no_claim};

/// A present participle after the pair gives it its rate, as a noun of change does ("en
/// progression de"): "passés de A à B, progressant de R %", "from A to B, rising R%",
/// "من A إلى B، متقدما بـR في المائة"; a participle of a fall gives a fall.
#[test]
fn a_participle_after_the_pair_gives_its_rate() {
    each_gives(&[
        (
            "Les règlements de factures en ligne sont passés de 2,5 milliards à 3 milliards de dirhams, progressant de 20 %.",
            growth("2500000000", "3000000000", "20", "consistent"),
        ),
        (
            "Les achats des touristes sont passés de 1,6 million à 1,4 million d'opérations, reculant de 12,5 %.",
            growth("1600000", "1400000", "-12.5", "consistent"),
        ),
        (
            "Les recharges téléphoniques sont passées de 800 millions à 900 millions de dirhams, augmentant de 20 %.",
            growth("800000000", "900000000", "20", "inconsistent"),
        ),
        (
            "Card payments on merchant sites went from 25 million to 30 million transactions last year, rising 20%.",
            growth("25000000", "30000000", "20", "consistent"),
        ),
        (
            "Spending by foreign cards went from MAD 4 billion to MAD 3.5 billion, declining by 12.5%.",
            growth("4000000000", "3500000000", "-12.5", "consistent"),
        ),
        (
            "Bill payments went from MAD 2.1 billion to MAD 2.4 billion, progressing by 25%.",
            growth("2100000000", "2400000000", "25", "inconsistent"),
        ),
        (
            "وانتقل عدد العمليات المنجزة عبر الإنترنت من 25 مليون عملية إلى 30 مليون عملية، متقدما بـ20 في المائة.",
            growth("25000000", "30000000", "20", "consistent"),
        ),
        (
            "وانتقلت قيمة مشتريات البطاقات الأجنبية من 4 مليارات درهم إلى 3,5 مليارات درهم، متراجعة بنسبة 12,5 في المائة.",
            growth("4000000000", "3500000000", "-12.5", "consistent"),
        ),
    ]);
}

/// A participle ties no more than a noun of change: after two pairs it names no one of them,
/// and a participle that is no word of change ("rising fees") ties nothing.
#[test]
fn a_participle_after_two_pairs_names_neither() {
    for text in [
        "Le nombre d'opérations est passé de 10 millions à 12 millions et le montant de 3 milliards à 3,3 milliards de dirhams, progressant de 20 %.",
        "Transactions went from 10 million to 12 million and their value from MAD 3 billion to MAD 3.3 billion, rising 20%.",
        "وانتقل عدد العمليات من 10 ملايين عملية إلى 12 مليون عملية وقيمتها من 3 مليارات درهم إلى 3,3 مليارات درهم، متقدما بـ20 في المائة.",
    ] {
        let claims = found(text);
        assert!(claims.is_empty(), "{text}: {claims:#?}");
    }
    no_claim(
        "With rising fees, the value went from MAD 2 billion to MAD 2.2 billion, 10% of the total.",
    );
}
