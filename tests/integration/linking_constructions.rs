//! Issue 15, round 6: constructions of the press the linker reads in this round, each in
//! French, Arabic and English where it occurs. Each correct sentence gives its claim, a wrong
//! rate the inconsistent verdict, and the sentences built to tempt a wrong pairing give no
//! alarm. Every text here is our own.

use crate::linking_guards::{alarms, refused};
use crate::linking_support::{each_gives, found, growth, no_claim, share, ticket};
use morocco_ecommerce::text::Unlinked;

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
