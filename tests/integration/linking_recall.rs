//! Issue 15, recall: the constructions the press writes that the linker reads, each in French,
//! Arabic and English, and beside them sentences built to tempt a wrong pairing. Every text
//! here is our own.

use crate::linking_support::{
    Found, Written, each_gives, found, gives_exactly, growth, no_claim, points, share, ticket,
    two_growths,
};
use morocco_ecommerce::text::{Language, Unlinked, link_text};
use proptest::prelude::*;

/// Words of a rate the lists lacked: "s'est accru de", "a gain of", "gains of", and falls that
/// give the rate its sign.
#[test]
fn more_words_announce_a_rate() {
    each_gives(&[
        (
            "Le nombre de paiements sur internet s'est accru de 14 %, passant de 5 millions à 5,7 millions d'opérations.",
            growth("5000000", "5700000", "14", "consistent"),
        ),
        (
            "La valeur des achats en ligne s'est accrue de 9 % pour passer de 2,2 milliards à 2,4 milliards de dirhams.",
            growth("2200000000", "2400000000", "9", "consistent"),
        ),
        (
            "Online sales reached MAD 3.1 billion, compared with MAD 2.5 billion a year earlier, a gain of 24%.",
            growth("2500000000", "3100000000", "24", "consistent"),
        ),
        (
            "Online sales reached MAD 3.1 billion, compared with MAD 2.5 billion a year earlier, a gain of 42%.",
            growth("2500000000", "3100000000", "42", "inconsistent"),
        ),
        (
            "Le montant des remboursements a fléchi de 10 %, passant de 800 à 720 millions de dirhams.",
            growth("800000000", "720000000", "-10", "consistent"),
        ),
        (
            "تقلصت قيمة العمليات من 800 مليون درهم إلى 720 مليون درهم بنسبة 10 في المائة.",
            growth("800000000", "720000000", "-10", "consistent"),
        ),
        (
            "ازداد عدد العمليات من 5 ملايين إلى 5,7 ملايين عملية، أي 14 في المائة.",
            growth("5000000", "5700000", "14", "consistent"),
        ),
        (
            "The value of refunds dipped 5% to MAD 950 million from MAD 1 billion.",
            growth("1000000000", "950000000", "-5", "consistent"),
        ),
    ]);
    // "gains of" before two rates after two pairs, with no word of order: not checked.
    let open = "Transactions went from 2 million to 2.3 million and their value from MAD 1 billion to MAD 1.1 billion, gains of 15% and 10%.";
    let linked = link_text(open);
    assert!(linked.claims.is_empty(), "{:#?}", linked.claims);
    assert_eq!(linked.not_checked.len(), 2);
    assert!(
        linked
            .not_checked
            .iter()
            .all(|n| n.reason == Unlinked::SeveralPairings)
    );
    // A gain of another quantity than the pair's is no claim of the pair.
    no_claim(
        "Transactions climbed from 2 million to 2.3 million, while the number of merchant sites posted a gain of 8%.",
    );
}

/// A rate between the two figures of a "B contre A" pair: "B, en hausse de R % par rapport à
/// A", "B (+R %), contre A", "B, up R% from A", "B، بزيادة R مقارنة مع A", and a rate after
/// "or" once the pair is written.
#[test]
fn a_rate_between_the_later_and_the_earlier_figure() {
    each_gives(&[
        (
            "Le montant des achats en ligne s'est établi à 5,2 milliards de dirhams, en hausse de 30 % par rapport aux 4 milliards de dirhams de l'année précédente.",
            growth("4000000000", "5200000000", "30", "consistent"),
        ),
        (
            "Au premier trimestre 2024, les paiements en ligne ont atteint 3,3 milliards de dirhams (+14 %), contre 2,9 milliards à la même période de 2023.",
            growth("2900000000", "3300000000", "14", "consistent"),
        ),
        (
            "Le nombre d'opérations a atteint 6 millions, en progression de 60 %, contre 5 millions d'opérations un an plus tôt.",
            growth("5000000", "6000000", "60", "inconsistent"),
        ),
        (
            "وبلغت قيمة الأداءات 5,2 مليار درهم، بزيادة 30 في المائة مقارنة مع 4 مليار درهم في السنة الماضية.",
            growth("4000000000", "5200000000", "30", "consistent"),
        ),
        (
            "وارتفعت قيمة الأداءات إلى 5,2 مليار درهم، مسجلة نموا بنسبة 30 في المائة مقارنة بالفترة نفسها من السنة الماضية حيث بلغت 4 مليار درهم.",
            growth("4000000000", "5200000000", "30", "consistent"),
        ),
        (
            "Online payments reached MAD 5.2 billion in 2024, up 30% from MAD 4 billion in 2023.",
            growth("4000000000", "5200000000", "30", "consistent"),
        ),
        (
            "Online payments reached MAD 5.2 billion, an increase of 30% compared with MAD 4 billion the previous year.",
            growth("4000000000", "5200000000", "30", "consistent"),
        ),
        (
            "Online payments reached MAD 5.2 billion, compared with MAD 4 billion a year earlier, or 30% more.",
            growth("4000000000", "5200000000", "30", "consistent"),
        ),
        (
            "Le montant a reculé à 900 millions de dirhams, en baisse de 10 % par rapport à 1 milliard de dirhams un an plus tôt.",
            growth("1000000000", "900000000", "-10", "consistent"),
        ),
    ]);
    // Two such claims in one sentence, each rate inside its own pair.
    let two = "Les opérations ont atteint 6 millions (+20 %), contre 5 millions d'opérations un an plus tôt, et leur montant 2,2 milliards de dirhams (+10 %), contre 2 milliards de dirhams un an plus tôt.";
    assert_eq!(
        found(two),
        [
            growth("5000000", "6000000", "20", "consistent"),
            growth("2000000000", "2200000000", "10", "consistent")
        ]
    );
}

/// The figure after "contre" may be of another thing, and the rate in parentheses then of the
/// first figure alone: with no word or period that makes it the earlier figure, no pair.
#[test]
fn a_rate_between_two_figures_of_different_things_is_not_tied() {
    for text in [
        "Les cartes marocaines ont réglé 3,3 milliards de dirhams (+10 %), contre 400 millions de dirhams pour les cartes étrangères.",
        "En 2024, les cartes marocaines ont réglé 3,3 milliards de dirhams (+10 %), contre 400 millions de dirhams pour les cartes étrangères en 2024.",
        "Moroccan cards paid MAD 3.3 billion, up 10%, against MAD 400 million for foreign cards.",
        "سددت البطاقات المغربية 3,3 مليار درهم، بزيادة 10 في المائة، مقابل 400 مليون درهم بالنسبة للبطاقات الأجنبية.",
        // A rate whose words name another quantity, between the figures of an amount.
        "Le montant a atteint 3,3 milliards de dirhams, le nombre d'opérations progressant de 8 %, contre 2,9 milliards un an plus tôt.",
        // "or" after a percentage is a choice, not a rate.
        "Online payments went from MAD 4 billion to MAD 5.2 billion, or 30% of all card spending.",
    ] {
        no_claim(text);
    }
}

/// "to B from A": the later figure first, in English.
#[test]
fn to_the_later_figure_from_the_earlier() {
    each_gives(&[
        (
            "By the end of June, card transactions on merchant sites had risen to 14.6 million from 12.1 million a year before, a rise of 20.7%.",
            growth("12100000", "14600000", "20.7", "consistent"),
        ),
        (
            "The value of online payments fell to MAD 870 million from MAD 960 million, a drop of 9.4%.",
            growth("960000000", "870000000", "-9.4", "consistent"),
        ),
        (
            "Transactions had climbed to 14.6 million transactions from 12.1 million, a rise of 27%.",
            growth("12100000", "14600000", "27", "inconsistent"),
        ),
    ]);
}

/// A rate in the next sentence of its paragraph: "B, contre A un an auparavant. Soit une hausse
/// de R %.", "B. Il était de A un an plus tôt. Soit ...", for every kind of count and for
/// amounts, when nothing else in reach could be the pair.
#[test]
fn a_rate_in_the_next_sentence() {
    each_gives(&[
        (
            "Le parc a atteint 18,2 millions de cartes bancaires, contre 16,5 millions de cartes un an auparavant. Soit une progression de 10,3 %.",
            growth("16500000", "18200000", "10.3", "consistent"),
        ),
        (
            "Le nombre de paiements a atteint 7,8 millions d'opérations, contre 6,5 millions d'opérations un an auparavant. Soit une hausse de 30 %.",
            growth("6500000", "7800000", "30", "inconsistent"),
        ),
        (
            "Online payments reached MAD 2.6 billion in the first half, against MAD 2.2 billion a year earlier. That is an increase of 18%.",
            growth("2200000000", "2600000000", "18", "consistent"),
        ),
        (
            "بلغت قيمة الأداءات 2,6 مليار درهم مقابل 2,2 مليار درهم في السنة الماضية. أي بارتفاع نسبته 18 في المائة.",
            growth("2200000000", "2600000000", "18", "consistent"),
        ),
        (
            "Le CMI comptait 6 300 sites marchands actifs à fin juin 2024. Il en comptait 5 400 sites marchands un an plus tôt. Soit une hausse de 16,7 %.",
            growth("5400", "6300", "16.7", "consistent"),
        ),
        (
            "The CMI counted 6,300 merchant sites at the end of June 2024. It was 5,400 merchant sites a year earlier. That is an increase of 16.7%.",
            growth("5400", "6300", "16.7", "consistent"),
        ),
        (
            "بلغ عدد البطاقات 18,2 مليون بطاقة. وكان 16,5 مليون بطاقة في السنة الماضية. أي بارتفاع نسبته 10,3 في المائة.",
            growth("16500000", "18200000", "10.3", "consistent"),
        ),
        // A range of bare counts whose first end is dated "à fin": the count is read, and the
        // rate of the next sentence takes the range.
        (
            "Le nombre de sites marchands actifs est passé de 2 480 à fin 2022 à 3 050 à fin 2023. Cela représente une progression de 23 %.",
            growth("2480", "3050", "23", "consistent"),
        ),
        (
            "Le nombre de sites marchands actifs est passé de 2 480 à fin 2022 à 3 050 à fin 2023. Cela représente une progression de 32 %.",
            growth("2480", "3050", "32", "inconsistent"),
        ),
    ]);
    for text in [
        // The rate names another quantity than the pair's.
        "Le nombre de paiements a atteint 7,8 millions d'opérations, contre 6,5 millions d'opérations un an auparavant. Le montant a, lui, progressé de 12 %.",
        // Two pairs before the rate: which?
        "Les opérations ont atteint 7,8 millions, contre 6,5 millions un an auparavant, et le montant 2,6 milliards de dirhams, contre 2,2 milliards de dirhams. Soit une hausse de 20 %.",
        // A third figure in reach.
        "Le parc a atteint 18,2 millions de cartes, contre 16,5 millions de cartes un an auparavant. Il en compte 2,1 millions de cartes prépayées. Soit une progression de 10,3 %.",
        // Another paragraph.
        "Le parc a atteint 18,2 millions de cartes, contre 16,5 millions de cartes un an auparavant.\n\nSoit une progression de 10,3 %.",
        // A percentage in the pair's sentence: the rate of the next may be of something else.
        "Le parc a atteint 18,2 millions de cartes, contre 16,5 millions de cartes un an auparavant, dont 40 % de cartes prépayées. Soit une progression de 10,3 %.",
    ] {
        no_claim(text);
    }
}

/// Two pairs and two rates in parallel: rates go to pairs in order only with a word of order
/// ("respectivement", "respectively", "على التوالي"), as many rates as pairs, and each list's
/// figures of one kind at one place; otherwise not checked.
#[test]
fn two_pairs_and_two_rates_in_parallel() {
    let both = |a: &str, b: &str, r1: &str, c: &str, d: &str, r2: &str| {
        vec![
            growth(a, b, r1, "consistent"),
            growth(c, d, r2, "consistent"),
        ]
    };
    for text in [
        "The count and the value of online payments grew from 9.2 million transactions to 11.5 million and from MAD 2.4 billion to MAD 2.9 billion, increases of 25% and 20.8% respectively.",
        "Le nombre et le montant des paiements ont augmenté respectivement de 25 % et 20,8 %, pour s'établir à 11,5 millions d'opérations et 2,9 milliards de dirhams, contre 9,2 millions d'opérations et 2,4 milliards de dirhams un an plus tôt.",
        "Transactions and their value rose 25% and 20.8% respectively, to 11.5 million transactions and MAD 2.9 billion, against 9.2 million transactions and MAD 2.4 billion a year earlier.",
        "ارتفع عدد العمليات وقيمتها بنسبة 25 في المائة و20,8 في المائة على التوالي، لتبلغ 11,5 مليون عملية و2,9 مليار درهم، مقابل 9,2 مليون عملية و2,4 مليار درهم في السنة الماضية.",
        // The count and the amount coordinated before their one noun.
        "وسجل عدد ومبلغ عمليات الأداء ارتفاعا بنسبة 25 في المائة و20,8 في المائة على التوالي، ليبلغا 11,5 مليون عملية و2,9 مليار درهم، مقابل 9,2 مليون عملية و2,4 مليار درهم في السنة الماضية.",
        "وعرف عدد وقيمة العمليات نموا بنسبة 25 في المائة و20,8 في المائة على التوالي، ليصلا إلى 11,5 مليون عملية و2,9 مليار درهم، مقابل 9,2 مليون عملية و2,4 مليار درهم في السنة الماضية.",
    ] {
        assert_eq!(
            found(text),
            both(
                "9200000",
                "11500000",
                "25",
                "2400000000",
                "2900000000",
                "20.8"
            ),
            "{text}"
        );
    }
    for text in [
        // No word of order.
        "Le nombre et le montant des paiements ont augmenté de 25 % et 20,8 %, pour s'établir à 11,5 millions d'opérations et 2,9 milliards de dirhams, contre 9,2 millions d'opérations et 2,4 milliards de dirhams un an plus tôt.",
        "The count and the value of online payments grew from 9.2 million transactions to 11.5 million and from MAD 2.4 billion to MAD 2.9 billion, gains of 25% and 20.8%.",
        // The lists' kinds do not line up.
        "Le nombre et le montant des paiements ont augmenté respectivement de 25 % et 20,8 %, pour s'établir à 11,5 millions d'opérations et 2,9 milliards de dirhams, contre 2,4 milliards de dirhams et 9,2 millions d'opérations un an plus tôt.",
        // Three rates for two pairs.
        "Le nombre et le montant des paiements ont augmenté respectivement de 25 %, 20,8 % et 3 %, pour s'établir à 11,5 millions d'opérations et 2,9 milliards de dirhams, contre 9,2 millions d'opérations et 2,4 milliards de dirhams un an plus tôt.",
        // The second list is of another thing, not of an earlier time.
        "Les cartes marocaines ont réglé 2,9 milliards de dirhams et 11,5 millions d'opérations, contre 400 millions de dirhams et 1,2 million d'opérations pour les cartes étrangères, soit des hausses respectives de 12 % et 9 %.",
    ] {
        let linked = link_text(text);
        assert!(linked.claims.is_empty(), "{text}: {:#?}", linked.claims);
        assert!(!linked.not_checked.is_empty(), "{text}");
    }
}

/// Shares and totals: "Sur les T ..., P ..., soit S %", "Of the T ..., P ..., or S%", "T, of
/// which P ..., a share of S%", and the share written before its total and part ("représentent
/// S % des T, soit P", "تمثل S في المائة من مجموع ... البالغ T، أي P").
#[test]
fn shares_and_totals() {
    each_gives(&[
        (
            "Sur les 31,5 millions d'opérations réalisées au premier semestre, 28,4 millions ont été effectuées par des cartes marocaines, soit 90 % du total.",
            share("28400000", "31500000", "90", "consistent"),
        ),
        (
            "Of the 31.5 million transactions processed in the first half, 28.4 million were made with Moroccan cards, or 90% of the total.",
            share("28400000", "31500000", "90", "consistent"),
        ),
        (
            "Out of the 31.5 million transactions, 28.4 million were made with Moroccan cards, or 80% of the total.",
            share("28400000", "31500000", "80", "inconsistent"),
        ),
        (
            "Online payments totalled MAD 9.6 billion, of which MAD 8.2 billion was paid with Moroccan cards, a share of 85%.",
            share("8200000000", "9600000000", "85", "consistent"),
        ),
        (
            "Online payments totalled MAD 9.6 billion, of which MAD 8.2 billion was paid with Moroccan cards, a share of 94%.",
            share("8200000000", "9600000000", "94", "inconsistent"),
        ),
        (
            "Le montant total s'est élevé à 9,6 milliards de dirhams, dont 8,2 milliards réglés par des cartes marocaines, soit une part de 85 %.",
            share("8200000000", "9600000000", "85", "consistent"),
        ),
        (
            "وتمثل البطاقات المغربية 90 في المائة من مجموع العمليات البالغ 31,5 مليون عملية، أي 28,4 مليون عملية.",
            share("28400000", "31500000", "90", "consistent"),
        ),
        (
            "Les cartes marocaines représentent 90 % des 31,5 millions d'opérations du semestre, soit 28,4 millions.",
            share("28400000", "31500000", "90", "consistent"),
        ),
        (
            "Moroccan cards accounted for 95% of the 31.5 million transactions of the half, or 28.4 million.",
            share("28400000", "31500000", "95", "inconsistent"),
        ),
        // Verbs of a part taken of a whole, the verb before its subject in Arabic.
        (
            "Les cartes prépayées ont concentré 12 % de l'activité au troisième trimestre, avec 2,4 millions d'opérations sur un total de 20 millions.",
            share("2400000", "20000000", "12", "consistent"),
        ),
        (
            "Les cartes prépayées ont concentré 21 % de l'activité au troisième trimestre, avec 2,4 millions d'opérations sur un total de 20 millions.",
            share("2400000", "20000000", "21", "inconsistent"),
        ),
        (
            "Foreign cards represented 12% of the activity in the third quarter, with 2.4 million transactions out of a total of 20 million.",
            share("2400000", "20000000", "12", "consistent"),
        ),
        (
            "Foreign cards made up 12% of the activity in the third quarter, with 2.4 million transactions out of a total of 20 million.",
            share("2400000", "20000000", "12", "consistent"),
        ),
        (
            "واستحوذت البطاقات المسبقة الدفع على 12 في المائة من مجموع العمليات خلال الفصل الثالث، أي ما يعادل 2,4 مليون عملية من أصل 20 مليون عملية.",
            share("2400000", "20000000", "12", "consistent"),
        ),
    ]);
    for text in [
        // "of the" within a sentence is no total.
        "The value of the 31.5 million transactions processed in the first half reached 28.4 million dirhams.",
        "Most of the 31.5 million transactions, 28.4 million in all, were made with Moroccan cards.",
        // A rate before a figure and its "soit" is a change, not a share.
        "Le montant a progressé de 12 % des 3 milliards de dirhams de l'an dernier, soit 3,36 milliards de dirhams.",
        // A share first, and a figure after it of another time.
        "Les cartes marocaines représentent 90 % des 31,5 millions d'opérations, contre 27 millions un an plus tôt.",
        // A verb of a part, then a change: the percentage is a rate.
        "Les cartes prépayées ont concentré une hausse de 12 % de l'activité, avec 2,4 millions d'opérations sur un total de 20 millions.",
        // The words after the share name another quantity than the part's.
        "Les cartes prépayées ont concentré 12 % du montant des paiements, avec 2,4 millions d'opérations sur un total de 20 millions.",
    ] {
        no_claim(text);
    }
}

/// An average ticket written before its inputs: "Le panier moyen s'est établi à X, pour N
/// opérations d'un montant global de V", "أي بمعدل X درهما للعملية الواحدة".
#[test]
fn an_average_ticket_before_its_inputs() {
    each_gives(&[
        (
            "Le panier moyen s'est établi à 305 dirhams, pour 31,5 millions d'opérations d'un montant global de 9,6 milliards de dirhams.",
            ticket("9600000000", "31500000", "305", "consistent"),
        ),
        (
            "Le panier moyen s'est établi à 350 dirhams, pour 31,5 millions d'opérations d'un montant global de 9,6 milliards de dirhams.",
            ticket("9600000000", "31500000", "350", "inconsistent"),
        ),
        (
            "وأنجزت 31,5 مليون عملية بقيمة إجمالية قدرها 9,6 مليار درهم، أي بمعدل 305 دراهم للعملية الواحدة.",
            ticket("9600000000", "31500000", "305", "consistent"),
        ),
        (
            "The average basket stood at MAD 305, for 31.5 million transactions worth MAD 9.6 billion in all.",
            ticket("9600000000", "31500000", "305", "consistent"),
        ),
        // The verb before its subject, the words of the web between the average and its
        // amount.
        (
            "وبلغ متوسط سلة المشتريات عبر الإنترنت 305 دراهم، إذ بلغ مبلغ العمليات 9,6 مليار درهم موزعة على 31,5 مليون عملية.",
            ticket("9600000000", "31500000", "305", "consistent"),
        ),
        (
            "وبلغ متوسط سلة المشتريات عبر الإنترنت حوالي 360 درهما، بعدما ناهز مبلغ العمليات 9,6 مليار درهم موزعة على 31,5 مليون عملية.",
            ticket("9600000000", "31500000", "360", "inconsistent"),
        ),
    ]);
    for text in [
        // A fee per operation is no average ticket.
        "Le CMI a traité 31,5 millions d'opérations pour 9,6 milliards de dirhams, avec des frais de 2 dirhams par opération.",
        // An average per month is no average per operation.
        "وأنجزت 31,5 مليون عملية بقيمة إجمالية قدرها 9,6 مليار درهم، بمعدل 800 مليون درهم شهريا.",
        // Other words than those of the web between the average and the amount.
        "وبلغ متوسط سلة المشتريات لدى التجار الكبار 305 دراهم، إذ بلغ مبلغ العمليات 9,6 مليار درهم موزعة على 31,5 مليون عملية.",
    ] {
        no_claim(text);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Sentences composed from random true figures in the constructions of this module give
    /// exactly the claims composed, with their figures, and never an alarm.
    #[test]
    fn composed_constructions_give_exactly_their_claims(
        (language, growths) in two_growths(),
        form in 0usize..4,
    ) {
        let Some((x, y)) = growths else {
            return Ok(());
        };
        let (text, expected): (String, Vec<&Written>) = match (language, form) {
            (Language::French, 0) => (format!("Le montant s'est établi à {}, en hausse de {} par rapport à {} un an plus tôt.", y.to, y.rate, y.from), vec![&y]),
            (Language::French, 1) => (format!("Le montant a atteint {} (+{}), contre {} un an plus tôt.", y.to, y.rate, y.from), vec![&y]),
            (Language::French, 2) => (format!("Le montant a atteint {}, contre {} un an auparavant. Soit une hausse de {}.", y.to, y.from, y.rate), vec![&y]),
            (Language::French, _) => (format!("Le nombre et le montant ont augmenté respectivement de {} et {}, pour s'établir à {} et {}, contre {} et {} un an plus tôt.", x.rate, y.rate, x.to, y.to, x.from, y.from), vec![&x, &y]),
            (Language::English, 0) => (format!("Payments reached {}, up {} from {} a year earlier.", y.to, y.rate, y.from), vec![&y]),
            (Language::English, 1) => (format!("The value reached {}, compared with {} a year earlier, or {} more.", y.to, y.from, y.rate), vec![&y]),
            (Language::English, 2) => (format!("The value reached {} against {} a year earlier. That is an increase of {}.", y.to, y.from, y.rate), vec![&y]),
            (Language::English, _) => (format!("Transactions and their value rose {} and {} respectively, to {} and {}, against {} and {} a year earlier.", x.rate, y.rate, x.to, y.to, x.from, y.from), vec![&x, &y]),
            (_, 0) => (format!("وبلغت قيمة الأداءات {}، بزيادة {} مقارنة مع {} في السنة الماضية.", y.to, y.rate, y.from), vec![&y]),
            (_, 1) => (format!("وارتفعت قيمة الأداءات إلى {}، مسجلة نموا بنسبة {} مقارنة بالفترة نفسها من السنة الماضية حيث بلغت {}.", y.to, y.rate, y.from), vec![&y]),
            (_, 2) => (format!("بلغت قيمة الأداءات {} مقابل {} في السنة الماضية. أي بارتفاع نسبته {}.", y.to, y.from, y.rate), vec![&y]),
            (_, _) => (format!("ارتفع عدد العمليات وقيمتها بنسبة {} و{} على التوالي، لتبلغ {} و{}، مقابل {} و{} في السنة الماضية.", x.rate, y.rate, x.to, y.to, x.from, y.from), vec![&x, &y]),
        };
        gives_exactly(&text, &expected)?;
    }
}

/// Two lists in parallel whose first terms are a count and the value of it ("B1 worth B2,
/// compared with A1 and A2", "B1 pour un montant de B2, contre A1 et A2", "B1 بقيمة B2،
/// مقابل A1 بقيمة A2"), and their rates in the same sentence or the next: in the order
/// "respectively" gives, after words that point back ("That represents", "Cela représente"),
/// or each by the quantity it names ("27% in volume and 28% in value").
#[test]
fn lists_with_a_value_aside_and_their_rates() {
    let both = |r1: &str, v1: &str, r2: &str, v2: &str| {
        vec![
            growth("19600000", "24900000", r1, v1),
            growth("5300000000", "6800000000", r2, v2),
        ]
    };
    for (text, expected) in [
        (
            "Au premier semestre, le CMI a enregistré 24,9 millions d'opérations pour un montant de 6,8 milliards de dirhams, contre 19,6 millions d'opérations et 5,3 milliards de dirhams un an plus tôt, soit des hausses respectives de 27 % et 28 %.",
            both("27", "consistent", "28", "consistent"),
        ),
        (
            "Online, CMI recorded 24.9 million operations worth 6.8 billion dirhams, compared with 19.6 million operations and 5.3 billion dirhams a year earlier, increases of 27% and 38% respectively.",
            both("27", "consistent", "38", "inconsistent"),
        ),
        (
            "سجل المركز 24,9 مليون عملية بقيمة 6,8 مليار درهم، مقابل 19,6 مليون عملية بقيمة 5,3 مليار درهم في السنة الماضية، أي بارتفاع بنسبة 27 في المائة و28 في المائة على التوالي.",
            both("27", "consistent", "28", "consistent"),
        ),
        // The rates in the next sentence.
        (
            "CMI recorded 24.9 million operations worth 6.8 billion dirhams, compared with 19.6 million operations and 5.3 billion dirhams a year earlier. That represents increases of 27% and 28% respectively.",
            both("27", "consistent", "28", "consistent"),
        ),
        (
            "CMI recorded 24.9 million operations worth 6.8 billion dirhams, compared with 19.6 million operations and 5.3 billion dirhams a year earlier. That represents increases of 28% in value and 27% in volume.",
            both("27", "consistent", "28", "consistent"),
        ),
        (
            "Le CMI a enregistré 24,9 millions d'opérations pour 6,8 milliards de dirhams, contre 19,6 millions d'opérations et 5,3 milliards de dirhams un an plus tôt. Cela représente des hausses de 27 % en nombre et de 35 % en valeur.",
            both("27", "consistent", "35", "inconsistent"),
        ),
    ] {
        let mut got = found(text);
        got.sort();
        assert_eq!(got, expected, "{text}");
    }
    for text in [
        // The rates' words name another quantity.
        "CMI recorded 24.9 million operations and 6.8 billion dirhams, compared with 19.6 million operations and 5.3 billion dirhams a year earlier. Fees rose 27% in volume and 28% in value.",
        // Both rates name one quantity.
        "CMI recorded 24.9 million operations and 6.8 billion dirhams, compared with 19.6 million operations and 5.3 billion dirhams a year earlier. That represents increases of 27% in volume and 28% in volume.",
        // No word says which list is the earlier.
        "Les cartes marocaines ont réglé 24,9 millions d'opérations pour 6,8 milliards de dirhams, contre 19,6 millions d'opérations et 5,3 milliards de dirhams pour les cartes étrangères.",
    ] {
        no_claim(text);
    }
}

/// Rates that lead, each naming its quantity, in the sentence before their pairs: "L'activité
/// affiche +18 % en nombre et +9 % en valeur. Les porteurs ont réalisé B1, contre A1, pour un
/// montant de B2 contre A2." Each rate takes the one pair of its quantity.
#[test]
fn rates_that_lead_their_pairs() {
    let both = |r1: &str, v1: &str, r2: &str, v2: &str| {
        vec![
            growth("18100000", "21400000", r1, v1),
            growth("5800000000", "6300000000", r2, v2),
        ]
    };
    for (text, expected) in [
        (
            "À fin juin, le paiement en ligne affiche +18 % en nombre et +9 % en valeur. Les porteurs de cartes ont réalisé 21,4 millions d'opérations, contre 18,1 millions un an plus tôt, pour un montant de 6,3 MMDH contre 5,8 MMDH.",
            both("18", "consistent", "9", "consistent"),
        ),
        (
            "À fin juin, le paiement en ligne affiche +9 % en valeur et +28 % en nombre. Les porteurs de cartes ont réalisé 21,4 millions d'opérations, contre 18,1 millions un an plus tôt, pour un montant de 6,3 MMDH contre 5,8 MMDH.",
            both("28", "inconsistent", "9", "consistent"),
        ),
        (
            "Online payments showed +18% in volume and +9% in value. Cardholders made 21.4 million transactions, against 18.1 million a year earlier, worth MAD 6.3 billion against MAD 5.8 billion.",
            both("18", "consistent", "9", "consistent"),
        ),
        (
            "وسجلت الأداءات عبر الإنترنت +18 في المائة من حيث العدد و+9 في المائة من حيث القيمة. وأنجز حاملو البطاقات 21,4 مليون عملية، مقابل 18,1 مليون عملية قبل سنة، بقيمة 6,3 مليار درهم مقابل 5,8 مليار درهم.",
            both("18", "consistent", "9", "consistent"),
        ),
    ] {
        let mut got = found(text);
        got.sort();
        assert_eq!(got, expected, "{text}");
    }
    for text in [
        // The next sentence turns to another subject.
        "À fin juin, le paiement en ligne affiche +18 % en nombre et +9 % en valeur. Par ailleurs, les retraits ont atteint 21,4 millions d'opérations, contre 18,1 millions un an plus tôt, pour un montant de 6,3 MMDH contre 5,8 MMDH.",
        // One pair only for two rates: the other rate may be of it or not.
        "À fin juin, le paiement en ligne affiche +18 % en nombre et +9 % en valeur. Les porteurs de cartes ont réalisé 21,4 millions d'opérations, contre 18,1 millions un an plus tôt.",
        // Rates without their sign, or without the words of their quantity.
        "À fin juin, le paiement en ligne a progressé de 18 % et de 9 %. Les porteurs de cartes ont réalisé 21,4 millions d'opérations, contre 18,1 millions un an plus tôt, pour un montant de 6,3 MMDH contre 5,8 MMDH.",
        // Another paragraph.
        "À fin juin, le paiement en ligne affiche +18 % en nombre et +9 % en valeur.\n\nLes porteurs de cartes ont réalisé 21,4 millions d'opérations, contre 18,1 millions un an plus tôt, pour un montant de 6,3 MMDH contre 5,8 MMDH.",
    ] {
        no_claim(text);
    }
}

/// A later figure whose noun runs long, then its period, then "contre" and the earlier figure:
/// the period's words are not counted in the gap between the two.
#[test]
fn a_long_noun_and_its_period_before_the_tie() {
    each_gives(&[
        (
            "Le CMI a recensé 9,4 millions d'opérations de paiement en ligne par cartes bancaires au premier semestre 2024, contre 7,9 millions un an plus tôt, soit une hausse de 19 %.",
            growth("7900000", "9400000", "19", "consistent"),
        ),
        (
            "سجل المركز 9,4 مليون عملية أداء عبر الإنترنت بواسطة البطاقات البنكية خلال النصف الأول من سنة 2024، مقابل 7,9 مليون عملية في الفترة نفسها من السنة الماضية، أي بارتفاع نسبته 29 في المائة.",
            growth("7900000", "9400000", "29", "inconsistent"),
        ),
        (
            "Le CMI a recensé 9,4 millions d'opérations de paiement en ligne par cartes bancaires au premier semestre 2024, contre 7,9 millions un an plus tôt. Soit une hausse de 19 %.",
            growth("7900000", "9400000", "19", "consistent"),
        ),
    ]);
    for text in [
        // Words after the period, before the tie: the earlier figure may be of another thing.
        "Le CMI a recensé 9,4 millions d'opérations de paiement en ligne par cartes bancaires au premier semestre 2024 pour les cartes marocaines, contre 7,9 millions pour les cartes étrangères, soit un écart de 19 %.",
        // The words without their period are still too long.
        "Le CMI a recensé 9,4 millions d'opérations de paiement en ligne réalisées par les porteurs de cartes bancaires marocaines et étrangères au premier semestre 2024, contre 7,9 millions un an plus tôt, soit une hausse de 19 %.",
    ] {
        no_claim(text);
    }
}

/// A lone rate in the next sentence that names its quantity, before it ("En volume, la
/// progression ressort à 35,5 %") or after it ("Soit une hausse de 31,7 % en valeur"), takes
/// the one pair of that quantity of two lists in parallel in the sentence before. A rate that
/// names no quantity, or whose words do not point back, takes neither; one that names another
/// quantity than the one pair before takes none.
#[test]
fn a_lone_rate_that_names_its_quantity_takes_its_pair_of_a_list() {
    let fr = "En 2022, le nombre et le montant des paiements par carte sur internet ont atteint \
              respectivement 40,8 millions d'opérations et 16,2 milliards de dirhams, contre 30,1 \
              millions et 12,3 milliards en 2021.";
    let en = "Payments reached 40.8 million transactions and MAD 16.2 billion in 2022, compared \
              with 30.1 million and MAD 12.3 billion in 2021.";
    let ar = "وبلغ عدد ومبلغ العمليات المنجزة عبر الإنترنت خلال سنة 2022، على التوالي، 40,8 مليون \
              عملية و16,2 مليار درهم، مقابل 30,1 مليون عملية و12,3 مليار درهم سنة 2021.";
    let cases = [
        (
            format!("{fr} En volume, la progression ressort ainsi à 35,5 %, indique le CMI."),
            growth("30100000", "40800000", "35.5", "consistent"),
        ),
        (
            format!("{fr} Soit une hausse de 38 % en valeur."),
            growth("12300000000", "16200000000", "38", "inconsistent"),
        ),
        (
            format!("{en} In value terms, growth was 31.7%."),
            growth("12300000000", "16200000000", "31.7", "consistent"),
        ),
        (
            format!("{ar} أي بارتفاع نسبته 35,5 في المائة من حيث العدد."),
            growth("30100000", "40800000", "35.5", "consistent"),
        ),
    ];
    for (text, expected) in &cases {
        assert_eq!(found(text), vec![expected.clone()], "{text}");
    }
    // B's period in the words right before its list, after a long opening.
    let same = "وبلغ عدد ومبلغ العمليات المنجزة عبر الإنترنت خلال سنة 2022، 40,8 مليون عملية و16,2 \
                مليار درهم، مقابل 30,1 مليون عملية و12,3 مليار درهم سنة 2021، أي بارتفاع بنسبة \
                35,5 في المائة و31,7 في المائة على التوالي.";
    assert_eq!(
        found(same),
        vec![
            growth("30100000", "40800000", "35.5", "consistent"),
            growth("12300000000", "16200000000", "31.7", "consistent"),
        ],
        "{same}"
    );
    for text in [
        // No quantity named: either pair.
        format!("{fr} Soit une hausse de 35,5 %."),
        // Words of another subject.
        format!("{fr} Les frais ont progressé de 5 % en volume."),
        format!("{en} Fees rose 5% in volume."),
        // Another quantity than the one pair before.
        "Les paiements ont atteint 16,2 milliards de dirhams, contre 12,3 milliards en 2021. \
         Soit une hausse de 31,7 % en volume."
            .to_owned(),
    ] {
        no_claim(&text);
    }
}

/// Two lists in parallel with their list of rates between them: "B1 وB2، بارتفاع نسبته R1
/// وR2 مقارنة مع A1 وA2 خلال الفترة نفسها من 2022", "B1 et B2 en 2022, en hausse respective de
/// R1 et R2 par rapport à A1 et A2 en 2021", "B1 and B2, up R1 and R2 respectively from A1 and
/// A2 a year earlier". With no word that A is the earlier, nothing is paired; with no word
/// that the rates go in order, they are not checked.
#[test]
fn lists_in_parallel_with_their_rates_between() {
    let cases = [
        (
            "وبلغ عدد ومبلغ العمليات المنجزة عبر الإنترنت خلال الفصل الأول من 2023، على التوالي، \
             1ر14 مليون عملية و3ر4 مليار درهم، بارتفاع نسبته 7ر23 في المائة و2ر16 في المائة \
             مقارنة مع 4ر11 مليون عملية و7ر3 مليار درهم خلال الفترة نفسها من 2022.",
            [
                growth("11400000", "14100000", "23.7", "consistent"),
                growth("3700000000", "4300000000", "16.2", "consistent"),
            ],
        ),
        (
            "Les paiements ont atteint 40,8 millions d'opérations et 16,2 milliards de dirhams en \
             2022, en hausse respective de 35,5 % et 38 % par rapport à 30,1 millions \
             d'opérations et 12,3 milliards de dirhams en 2021.",
            [
                growth("30100000", "40800000", "35.5", "consistent"),
                growth("12300000000", "16200000000", "38", "inconsistent"),
            ],
        ),
        (
            "Payments reached 40.8 million transactions and MAD 16.2 billion in 2022, up 35.5% \
             and 31.7% respectively from 30.1 million transactions and MAD 12.3 billion a year \
             earlier.",
            [
                growth("30100000", "40800000", "35.5", "consistent"),
                growth("12300000000", "16200000000", "31.7", "consistent"),
            ],
        ),
    ];
    for (text, expected) in &cases {
        assert_eq!(found(text), expected.to_vec(), "{text}");
    }
    for text in [
        // Nothing says A is the earlier.
        "Payments reached 40.8 million transactions and MAD 16.2 billion in 2022, up 35.5% and \
         31.7% respectively from 30.1 million transactions and MAD 12.3 billion.",
        // Nothing says the rates go in order.
        "Les paiements ont atteint 40,8 millions d'opérations et 16,2 milliards de dirhams en \
         2022, en hausse de 35,5 % et 31,7 % par rapport à 30,1 millions d'opérations et 12,3 \
         milliards de dirhams en 2021.",
    ] {
        no_claim(text);
    }
}

/// A part whose own noun points back to the total of the sentence before ("13,9 millions de ces
/// transactions", "10.6 million of those transactions") is a share of that total, also when
/// that total is the count of an average there.
#[test]
fn a_part_of_these_operations_is_a_share_of_the_total_before() {
    each_gives(&[
        (
            "Le CMI a traité 15,2 millions d'opérations en 2022. Les cartes marocaines sont à \
             l'origine de 13,9 millions de ces transactions, soit 91 % des opérations.",
            share("13900000", "15200000", "91", "consistent"),
        ),
        (
            "Le CMI a traité 15,2 millions d'opérations en 2022. Les cartes marocaines sont à \
             l'origine de 13,9 millions de ces transactions, soit 95 % des opérations.",
            share("13900000", "15200000", "95", "inconsistent"),
        ),
        (
            "Online payments reached 12.0 million transactions in 2022. Moroccan cards \
             accounted for 10.6 million of those transactions, or 88% of the total.",
            share("10600000", "12000000", "88", "consistent"),
        ),
    ]);
    let text = "En 2022, le CMI a traité 15,2 millions d'opérations pour un montant de 8,2 MMDH, \
                soit un panier moyen de 540 DH. Les cartes marocaines sont à l'origine de 13,9 \
                millions de ces transactions, soit 91 % des opérations.";
    assert_eq!(
        found(text),
        vec![
            ticket(
                "8200000000",
                "15200000",
                "540",
                "consistent_only_with_rounding"
            ),
            share("13900000", "15200000", "91", "consistent"),
        ],
        "{text}"
    );
}

/// An average whose amount is in its own sentence and whose count is in the sentence before,
/// when the words before the amount point back to those operations ("The transactions were
/// worth", "المبلغ الإجمالي"): the one count written there, or the later of its growth.
#[test]
fn an_average_of_the_operations_counted_the_sentence_before() {
    let cases: &[(&str, Found)] = &[
        (
            "Moroccan e-merchants processed 21.1 million card transactions in 2023, compared \
             with 17.9 million a year earlier, an increase of 18%. The transactions were worth \
             8.1 billion dirhams, giving an average basket of 384 dirhams per operation.",
            ticket("8100000000", "21100000", "384", "consistent"),
        ),
        (
            "تم إنجاز 11,2 مليون عملية أداء عبر الإنترنت سنة 2023، مقابل 9,6 مليون عملية سنة \
             2022، بزيادة 17 في المائة. وناهز المبلغ الإجمالي 5,1 مليار درهم، أي بمعدل 455 \
             درهما للعملية الواحدة.",
            ticket("5100000000", "11200000", "455", "consistent"),
        ),
        (
            "Le CMI a recensé 12 millions d'opérations au premier semestre. Ces opérations ont \
             totalisé 6 MMDH, soit un panier moyen de 650 DH.",
            ticket("6000000000", "12000000", "650", "inconsistent"),
        ),
    ];
    for (text, expected) in cases {
        let got = found(text);
        assert!(got.contains(expected), "{text}: {got:#?}");
        assert_eq!(
            got.iter()
                .filter(|(kind, _, _)| *kind == "average_ticket")
                .count(),
            1,
            "{text}"
        );
    }
    // Tempting: nothing points back, or two counts there.
    for text in [
        "Foreign cards made 2.1 million transactions. Moroccan cards paid 8 billion dirhams, an \
         average of 400 dirhams per operation.",
        "Foreign cards made 2.1 million transactions and Moroccan cards 3.4 million \
         transactions. The transactions were worth 8 billion dirhams, an average basket of 400 \
         dirhams.",
    ] {
        let got = found(text);
        assert!(
            got.iter().all(|(kind, _, _)| *kind != "average_ticket"),
            "{text}: {got:#?}"
        );
    }
}

/// Where a sentence holds more rates than pairs, a rate whose own words name a quantity that no
/// pair is (the cards, beside a pair of operations) competes for no pair: the other rate is the
/// pair's, in any order and language.
#[test]
fn a_rate_of_another_quantity_leaves_the_pair_to_the_other() {
    for text in [
        "Le nombre de cartes a augmenté de 6 % en 2023, tandis que le nombre d'opérations est \
         passé de 12,3 millions à 15,1 millions, soit une hausse de 23 %.",
        "The number of cards rose 6% in 2023, while the number of online transactions went \
         from 12.3 million to 15.1 million, an increase of 23%.",
        "ارتفع عدد البطاقات البنكية بنسبة 6 في المائة خلال سنة 2023، في حين انتقل عدد عمليات \
         الأداء عبر الإنترنت من 12,3 مليون إلى 15,1 مليون عملية، أي بزيادة قدرها 23 في المائة.",
        "ارتفع عدد البطاقات البنكية بنسبة 6 في المائة خلال سنة 2023، وانتقل عدد عمليات الأداء \
         عبر الإنترنت من 12,3 مليون إلى 15,1 مليون عملية، أي بزيادة قدرها 23 في المائة.",
        "Le nombre d'opérations est passé de 12,3 millions à 15,1 millions, soit une hausse de \
         23 %, tandis que le nombre de cartes a augmenté de 6 %.",
    ] {
        assert_eq!(
            found(text),
            vec![growth("12300000", "15100000", "23", "consistent")],
            "{text}"
        );
        let linked = link_text(text);
        assert!(
            linked.not_checked.iter().all(|n| matches!(
                n.reason,
                Unlinked::AnotherQuantity | Unlinked::NoPairInReach
            )),
            "{text}: {:#?}",
            linked.not_checked
        );
    }
}

/// The later figure in one sentence, the rate and the earlier figure after a word of comparison
/// in the next, which points back ("Ce montant représente", "ويمثل هذا الرقم", "That is"): one
/// growth across the two sentences.
#[test]
fn the_later_figure_before_and_the_earlier_after_the_rate() {
    each_gives(&[
        (
            "Le chiffre d'affaires des sites marchands a atteint 4,7 MMDH. Ce montant représente \
             une hausse de 9 % par rapport aux 4,3 MMDH de 2022.",
            growth("4300000000", "4700000000", "9", "consistent"),
        ),
        (
            "وبلغ رقم معاملات المواقع التجارية المنخرطة 4,7 مليار درهم. ويمثل هذا الرقم ارتفاعا \
             بنسبة 9 في المائة مقارنة مع 4,3 مليار درهم المسجلة سنة 2022.",
            growth("4300000000", "4700000000", "9", "consistent"),
        ),
        (
            "Online card payments reached MAD 4.7 billion. That is an increase of 19% compared \
             with MAD 4.3 billion in 2022.",
            growth("4300000000", "4700000000", "19", "inconsistent"),
        ),
        (
            "Online card payments reached MAD 16.4 billion in 2023. That compares with MAD 13.6 \
             billion in 2022, a 21% increase.",
            growth("13600000000", "16400000000", "21", "consistent"),
        ),
    ]);
    // "Ce montant" points back to the one amount of the sentence before, beside a count.
    each_gives(&[(
        "Le CMI a traité 12 millions d'opérations pour 4,7 MMDH. Ce montant représente une \
         hausse de 9 % par rapport aux 4,3 MMDH de 2022.",
        growth("4300000000", "4700000000", "9", "consistent"),
    )]);
    // Tempting: two amounts before, a rate of another quantity, no words that point back.
    for text in [
        "Le CMI a traité 4,1 MMDH par cartes marocaines et 4,7 MMDH par cartes étrangères. Ce \
         montant représente une hausse de 9 % par rapport aux 4,3 MMDH de 2022.",
        "Le nombre d'opérations a atteint 12 millions. Le montant a progressé de 9 % par rapport \
         aux 4,3 MMDH de 2022.",
        "Le chiffre d'affaires a atteint 4,7 MMDH. L'inflation a progressé de 9 % par rapport \
         aux 4,3 MMDH de 2022.",
        "Online card payments reached MAD 16.4 billion in 2023. Compared with MAD 13.6 billion \
         in 2022, foreign card payments rose 21%.",
    ] {
        assert!(
            found(text).iter().all(|(kind, _, _)| *kind != "growth"),
            "{text}: {:#?}",
            found(text)
        );
    }
}

/// The percentages of a claim in an earlier sentence (a change in points) are no rates left in
/// reach: a pair of the next sentence still takes the rate of the sentence after it.
#[test]
fn a_change_in_points_before_leaves_the_next_pair_to_its_rate() {
    let text = "Leur part est passée de 31 % à 27 %, soit un recul de 4 points. Les paiements par \
                ces cartes ont totalisé 2,2 MMDH, contre 2,4 MMDH l'année précédente. Cela \
                représente une baisse de 8 %.";
    let got = found(text);
    assert_eq!(got.len(), 2, "{got:#?}");
    assert!(
        got.contains(&growth("2400000000", "2200000000", "-8", "consistent")),
        "{got:#?}"
    );
}

/// A number with a scale word that the reader left out in a sentence before may be the pair of
/// a lone rate after it: the rate is not checked. "d'une année à l'autre" after a scale word is
/// a span of time, not the thing counted, and such a pair is read: with two pairs in reach, the
/// lone rate has none of its own.
#[test]
fn a_lone_rate_after_two_pairs_or_a_number_left_out() {
    let text = "Au quatrième trimestre, le nombre d'opérations par cartes marocaines est passé de \
                8,2 à 9,6 millions d'une année à l'autre, et celui par cartes étrangères de 1,1 à \
                1,2 million. La hausse est de 15 %.";
    assert!(found(text).is_empty(), "{:#?}", found(text));
    let text = "Le nombre d'opérations par cartes marocaines est passé de 8,2 à 9,6 millions \
                d'unités de compte, et celui par cartes étrangères de 1,1 à 1,2 million. La \
                hausse est de 15 %.";
    assert!(found(text).is_empty(), "{:#?}", found(text));
}

/// A share followed by the words of a total its sentence does not write ("soit 89,8 % du
/// total") is of the one total of its kind in the sentence before, unless the two sentences
/// name different years.
#[test]
fn a_share_of_the_total_written_the_sentence_before() {
    each_gives(&[
        (
            "En 2022, les sites marchands ont traité 32,4 millions d'opérations pour 13,6 \
             milliards de dirhams. Les cartes marocaines se taillent la part du lion avec 29,1 \
             millions d'opérations, soit 89,8 % du total.",
            share("29100000", "32400000", "89.8", "consistent"),
        ),
        (
            "In 2022, merchant sites processed 32.4 million transactions. Moroccan cards made \
             29.1 million transactions, or 95% of the total.",
            share("29100000", "32400000", "95", "inconsistent"),
        ),
    ]);
    no_claim(
        "En 2021, le CMI a traité 28 millions d'opérations. En 2022, les cartes marocaines ont \
         réalisé 29,1 millions d'opérations, soit 89,8 % du total.",
    );
}

/// Between two shares and their change in points, the span both are read over: "de 31,2 % à
/// 34,9 % sur la même période, soit un gain de 3,7 points".
#[test]
fn a_change_in_points_over_the_same_period() {
    each_gives(&[
        (
            "Sa part dans les montants est passée de 31,2 % à 34,9 % sur la même période, soit \
             un gain de 3,7 points.",
            points("31.2", "34.9", "3.7", "consistent"),
        ),
        (
            "Its share of the value rose from 31.2% to 34.9% over the same period, a gain of 4.7 \
             percentage points.",
            points("31.2", "34.9", "4.7", "inconsistent"),
        ),
    ]);
}

/// More words of an average ("la transaction moyenne", "average transaction value", "متوسط
/// قيمة العملية") and of operations pointed back to ("Those payments were worth").
#[test]
fn more_words_of_an_average() {
    let cases: &[(&str, Found)] = &[
        (
            "Avec 40,3 millions d'opérations pour 16,4 milliards de dirhams en 2023, la \
             transaction moyenne ressort à 407 dirhams.",
            ticket("16400000000", "40300000", "407", "consistent"),
        ),
        (
            "Moroccan cardholders carried out 20.2 million online payment transactions in the \
             first half. Those payments were worth MAD 6.7 billion, which puts the average \
             transaction value at MAD 332.",
            ticket("6700000000", "20200000", "332", "consistent"),
        ),
        (
            "تم تسجيل 40,3 مليون عملية بقيمة 16,4 مليار درهم، وبلغ متوسط قيمة العملية 450 \
             درهما.",
            ticket("16400000000", "40300000", "450", "inconsistent"),
        ),
    ];
    for (text, expected) in cases {
        let got = found(text);
        assert!(got.contains(expected), "{text}: {got:#?}");
    }
}

/// A part, its share, then "of the" and the total, which a word of a total follows ("or 22.9%
/// of the MAD 16.4 billion total", "soit 18,9 % des 16,4 milliards de dirhams du total").
#[test]
fn a_share_of_the_total_written_after_it() {
    each_gives(&[
        (
            "In value terms, foreign cards spent MAD 3.1 billion, or 22.9% of the MAD 16.4 \
             billion total, the CMI said.",
            share("3100000000", "16400000000", "22.9", "inconsistent"),
        ),
        (
            "Les cartes étrangères ont dépensé 3,1 milliards de dirhams, soit 18,9 % des 16,4 \
             milliards de dirhams du total.",
            share("3100000000", "16400000000", "18.9", "consistent"),
        ),
    ]);
    // Tempting: "of the" before an amount that no word makes a total.
    no_claim("Foreign cards spent MAD 3.1 billion, or 22.9% of the MAD 16.4 billion spent online.");
}

/// The part in the sentence before, pointed back to ("هذا المبلغ", "Ce montant"), the share and
/// its total in this one; and the earlier figure of a growth after its rate when the later is
/// the end of a growth of the sentence before ("ارتفع هذا المبلغ بنسبة 7,3 في المائة مقارنة
/// مع 4,1 مليار درهم").
#[test]
fn the_part_or_the_later_figure_in_the_sentence_before() {
    let cases: &[(&str, Found)] = &[
        (
            "بلغ مبلغ الأداءات 3,1 مليار درهم سنة 2023، مقابل 2,9 مليار درهم سنة 2022، بارتفاع \
             نسبته 6,9 بالمائة. ويمثل هذا المبلغ 19 في المائة من إجمالي الأداءات عبر الإنترنت، \
             التي وصلت إلى 16,4 مليار درهم.",
            share("3100000000", "16400000000", "19", "consistent"),
        ),
        (
            "Les paiements par cartes étrangères ont atteint 3,1 MMDH en 2023, contre 2,9 MMDH \
             en 2022. Ce montant représente 22,9 % du total, qui s'élève à 16,4 MMDH.",
            share("3100000000", "16400000000", "22.9", "inconsistent"),
        ),
        (
            "إذ بلغ المبلغ 4,4 مليار درهم مقابل 4,6 مليار درهم، بانخفاض نسبته 4,3 في المائة. \
             وعلى أساس سنوي، ارتفع هذا المبلغ بنسبة 7,3 في المائة مقارنة مع 4,1 مليار درهم.",
            growth("4100000000", "4400000000", "7.3", "consistent"),
        ),
        // The words name the pair's quantity again, and compare with a year whose figure a
        // relative clause gives.
        (
            "انتقل عدد العمليات من 24,9 مليون عملية سنة 2021 إلى 40,3 مليون عملية سنة 2023. \
             وأضاف أن عدد العمليات ارتفع بنسبة 24,4 في المائة مقارنة بسنة 2022، التي سجلت \
             32,4 مليون عملية.",
            growth("32400000", "40300000", "24.4", "consistent"),
        ),
    ];
    for (text, expected) in cases {
        let got = found(text);
        assert!(got.contains(expected), "{text}: {got:#?}");
    }
    // Tempting: no word that points back, or a part of another kind.
    for text in [
        "Les paiements par cartes étrangères ont atteint 3,1 MMDH en 2023. Les cartes \
         marocaines représentent 81 % du total, qui s'élève à 16,4 MMDH.",
        "Les cartes étrangères ont réalisé 4,2 millions d'opérations. Ce montant représente \
         22,9 % du total, qui s'élève à 16,4 MMDH.",
    ] {
        let got = found(text);
        assert!(
            got.iter().all(|(kind, _, _)| *kind != "share"),
            "{text}: {got:#?}"
        );
    }
}
