//! Issue 15, round 4: figures the words tie across an aside (an attribution between commas), a
//! share written "P des T", an average ticket in the sentence after its inputs, and a rate
//! written before its pair; each in French, Arabic and English, beside sentences built to
//! tempt a wrong pairing. Every text here is our own.

use crate::linking_support::{
    Written, each_gives, found, gives_exactly, growth, no_claim, share, ticket, two_growths,
};
use morocco_ecommerce::text::Language;
use proptest::prelude::*;

/// An attribution set off by commas between the two figures of a pair ("selon ...", "according
/// to ...", "data from ... showed", "حسب ...") names the source, and the pair's own words are
/// read around it, however long it is.
#[test]
fn an_attribution_between_the_figures_is_passed_over() {
    each_gives(&[
        (
            "Le montant des paiements par carte sur internet est passé de 4,2 milliards de dirhams, selon les chiffres publiés mardi par le Centre monétique interbancaire, à 5,1 milliards de dirhams, soit une hausse de 21,4 %.",
            growth("4200000000", "5100000000", "21.4", "consistent"),
        ),
        (
            "Les achats en ligne ont atteint 7,4 millions d'opérations au premier semestre, d'après le bilan semestriel que vient de diffuser le Centre monétique interbancaire, contre 6,1 millions un an plus tôt, soit une progression de 31,3 %.",
            growth("6100000", "7400000", "31.3", "inconsistent"),
        ),
        (
            "Online purchases by card rose 18.2% last year to 33.1 million transactions, figures from the interbank e-payment centre published on Tuesday showed, from 28 million transactions in 2023.",
            growth("28000000", "33100000", "18.2", "consistent"),
        ),
        (
            "Spending on merchant sites climbed to MAD 2.75 billion, according to the quarterly bulletin the central bank put out late on Friday, from MAD 2.5 billion, a rise of 10%.",
            growth("2500000000", "2750000000", "10", "consistent"),
        ),
        (
            "وارتفع عدد عمليات الأداء عبر الإنترنت من 21,5 مليون عملية، حسب المعطيات التي نشرها المركز النقدي بين البنوك يوم الثلاثاء في بلاغ له، إلى 26,3 مليون عملية، أي بزيادة 22,3 في المائة.",
            growth("21500000", "26300000", "22.3", "consistent"),
        ),
        (
            "وبلغت قيمة المشتريات عبر الإنترنت 6,3 مليار درهم، وفقا للتقرير السنوي الذي أصدره بنك المغرب أواخر الأسبوع الماضي، مقابل 5,6 مليار درهم سنة من قبل، أي بارتفاع نسبته 18 في المائة.",
            growth("5600000000", "6300000000", "18", "inconsistent"),
        ),
    ]);
}

/// What is set off by commas is passed over only when it names a source and holds no figure;
/// an aside of another kind, a number in the attribution or a pair on each side of it leaves
/// the rate not checked.
#[test]
fn an_aside_that_is_no_attribution_ties_nothing() {
    for text in [
        // An aside that says something of the figure, not who gives it.
        "The value went from MAD 8.1 billion, a level the central bank had described as a record in its annual review, to MAD 9.4 billion, a rise of 16%.",
        // A number in the attribution: it may be what the rate is of.
        "Le montant est passé de 4,2 milliards de dirhams, selon les 12 banques membres du Centre monétique interbancaire réunies mardi, à 5,1 milliards de dirhams, soit une hausse de 12,4 %.",
        // The later figure ends one pair and begins the other: neither is kept.
        "Le montant est passé de 3,2 à 4,1 milliards de dirhams, selon le bilan annuel que le Centre monétique interbancaire a publié jeudi, contre 3,6 milliards un an plus tôt, soit une hausse de 9 %.",
        // The words after the attribution are too many to tie the figures.
        "وانتقل عدد العمليات من 21,5 مليون عملية، حسب المركز النقدي بين البنوك، في الوقت الذي ظل فيه عدد البطاقات المستعملة مستقرا طيلة السنة إلى 26,3 مليون عملية، أي بزيادة 30 في المائة.",
    ] {
        no_claim(text);
    }
}

/// "P des T", "P of the T", "P من بين T": those words alone between two figures of one kind
/// make the first a part of the second, and a share after them is of that total.
#[test]
fn a_part_of_the_total_written_after_it() {
    each_gives(&[
        (
            "Les cartes bancaires marocaines ont servi à régler 3,9 millions des 4,6 millions d'opérations enregistrées sur les sites marchands, soit une part de 84,8 %.",
            share("3900000", "4600000", "84.8", "consistent"),
        ),
        (
            "Les cartes étrangères ont réglé 1,3 milliard des 9,8 milliards de dirhams payés en ligne au premier semestre, soit 21 % du total.",
            share("1300000000", "9800000000", "21", "inconsistent"),
        ),
        (
            "Some 2.1 million of the 2.8 million cards used on merchant sites last year were prepaid cards, or 75% of the total.",
            share("2100000", "2800000", "75", "consistent"),
        ),
        (
            "Mobile wallets handled 3.6 million of the 24 million online transactions of the quarter, accounting for 25%.",
            share("3600000", "24000000", "25", "inconsistent"),
        ),
        (
            "ونفذت البطاقات المغربية 3,9 ملايين عملية من بين 4,6 ملايين عملية أنجزت عبر المواقع التجارية، أي ما يمثل 84,8 في المائة.",
            share("3900000", "4600000", "84.8", "consistent"),
        ),
    ]);
}

/// Those words elsewhere make no share: a rate of change after them is no share of the total,
/// and "des" or "of the" before a figure of another kind, or with other words beside them,
/// marks no total.
#[test]
fn a_part_of_the_total_needs_those_words_alone() {
    for text in [
        "Les cartes ont réglé 3,9 millions des 4,6 millions d'opérations, soit une hausse de 18 %.",
        "Cards settled 2.1 million of the 2.8 million transactions, up 12%.",
        "Les cartes ont réglé 3,9 millions d'opérations pour le compte des 4,6 millions de clients, soit 84,8 %.",
        "Les paiements ont atteint 3,9 milliards de dirhams des 4,6 millions d'opérations, soit 84,8 %.",
        "وارتفع عدد العمليات المنجزة بالبطاقات المغربية بـ 3,9 ملايين عملية من بين 4,6 ملايين عملية، أي بزيادة 12 في المائة.",
    ] {
        no_claim(text);
    }
}

/// An average ticket alone in its sentence, its count of operations and its amount in the
/// sentence before.
#[test]
fn an_average_ticket_in_the_sentence_after_its_inputs() {
    each_gives(&[
        (
            "Au premier semestre, les porteurs de cartes ont réglé 18,4 millions d'opérations sur les sites marchands, pour un total de 6,1 milliards de dirhams. Le panier moyen ressort ainsi à 332 dirhams.",
            ticket("6100000000", "18400000", "332", "consistent"),
        ),
        (
            "Les sites marchands ont encaissé 4,2 milliards de dirhams en 11,5 millions d'opérations. Le montant moyen par opération s'est établi à 410 dirhams.",
            ticket("4200000000", "11500000", "410", "inconsistent"),
        ),
        (
            "Cardholders made 18.4 million online transactions in the first half, for a total of MAD 6.1 billion. The average ticket came in at MAD 332.",
            ticket("6100000000", "18400000", "332", "consistent"),
        ),
        (
            "Merchant sites took in MAD 4.2 billion over 11.5 million transactions. The average spend per transaction stood at MAD 365.",
            ticket("4200000000", "11500000", "365", "consistent"),
        ),
        (
            "وأنجز حاملو البطاقات 18,4 مليون عملية شراء عبر الإنترنت بقيمة إجمالية بلغت 6,1 مليار درهم. وبلغ متوسط قيمة العملية الواحدة 332 درهما.",
            ticket("6100000000", "18400000", "332", "consistent"),
        ),
        (
            "وحققت المواقع التجارية رقم معاملات قدره 4,2 مليار درهم عبر 11,5 مليون عملية. وبلغ متوسط مبلغ العملية 290 درهما.",
            ticket("4200000000", "11500000", "290", "inconsistent"),
        ),
    ]);
}

/// The average in the next sentence is taken only when nothing else could be its inputs or its
/// period: two counts before it, a number the reader left out, a year in its sentence, an
/// average of something else than an operation.
#[test]
fn an_average_ticket_after_its_inputs_needs_them_alone() {
    for text in [
        "Les porteurs de cartes ont réglé 18,4 millions d'opérations et 2,1 millions de retraits pour un total de 6,1 milliards de dirhams. Le panier moyen ressort à 332 dirhams.",
        "Les porteurs de cartes ont réglé 18,4 millions d'opérations pour un total de 6,1 milliards de dirhams en 2023. Le panier moyen ressort à 332 dirhams en 2024.",
        "Les porteurs de cartes ont réglé 18,4 millions d'opérations pour un total de 6,1 milliards de dirhams. Le montant moyen dépensé par carte ressort à 2 300 dirhams.",
        "Cardholders made 18.4 million online transactions and 9.2 million transactions at shops, for a total of MAD 6.1 billion. The average ticket came in at MAD 332.",
        "Cardholders made 18.4 million online transactions for a total of MAD 6.1 billion. The average monthly bill came in at MAD 332.",
        "وأنجز حاملو البطاقات 18,4 مليون عملية شراء عبر الإنترنت بقيمة إجمالية بلغت 6,1 مليار درهم. وبلغ متوسط إنفاق البطاقة الواحدة 2300 درهم.",
    ] {
        no_claim(text);
    }
}

/// A rate written with its sign after a colon, alone in its sentence ("... : +R % au premier
/// semestre."), goes with the one pair of the next sentence when nothing else in reach could
/// be its pair.
#[test]
fn a_headline_rate_before_its_pair() {
    each_gives(&[
        (
            "Nouveau bond pour les achats sur internet : +17,3 % au premier semestre. Le nombre d'opérations réglées par carte y est passé à 9,5 millions, contre 8,1 millions un an plus tôt.",
            growth("8100000", "9500000", "17.3", "consistent"),
        ),
        (
            "Nouveau bond pour les achats sur internet : +12 % au premier semestre. Le nombre d'opérations réglées par carte y est passé à 9,5 millions, contre 8,1 millions un an plus tôt.",
            growth("8100000", "9500000", "12", "inconsistent"),
        ),
        (
            "Another double-digit gain for online payments: +17.3% in the first half. The value paid by card on merchant sites reached MAD 4.75 billion, against MAD 4.05 billion a year earlier.",
            growth("4050000000", "4750000000", "17.3", "consistent"),
        ),
        (
            "تراجع جديد للأداءات عبر الإنترنت: -6,3 في المائة خلال الفصل الثاني. فقد بلغت قيمتها 1,19 مليار درهم مقابل 1,27 مليار درهم قبل سنة.",
            growth("1270000000", "1190000000", "-6.3", "consistent"),
        ),
    ]);
}

/// The headline rate is left not checked when the next sentence turns to another subject, when
/// it holds more than one pair, when a sentence after it holds figures that could be the pair,
/// when the rate has no sign or no colon before it, or when the pair is in another paragraph.
#[test]
fn a_headline_rate_takes_no_pair_that_may_be_of_another_thing() {
    for text in [
        "Nouveau bond pour les retraits aux guichets : +17,3 % au premier semestre. Quant aux achats sur internet, leur nombre est passé à 9,5 millions, contre 8,1 millions un an plus tôt.",
        "New highs for cash withdrawals: +17.3% in the first half. As for online payments, they reached MAD 4.75 billion, against MAD 4.05 billion a year earlier.",
        "ارتفاع جديد لعمليات السحب: +17,3 في المائة خلال النصف الأول. أما الأداءات عبر الإنترنت فقد بلغت 4,75 مليار درهم مقابل 4,05 مليار درهم قبل سنة.",
        "Nouveau bond pour les achats sur internet : +17,3 % au premier semestre. Le nombre d'opérations est passé à 9,5 millions, contre 8,1 millions un an plus tôt. Le montant est passé de 2,1 à 2,5 milliards de dirhams.",
        "Bilan : +17,3 % au premier semestre. Le nombre d'opérations est passé à 9,5 millions, contre 8,1 millions un an plus tôt, et le nombre de cartes de 3,1 à 3,4 millions.",
        "Les achats sur internet ont progressé de 17,3 % au premier semestre. Le nombre de retraits est passé à 9,5 millions, contre 8,1 millions un an plus tôt.",
        "Another double-digit gain for online payments: 17.3% in the first half. The value reached MAD 4.75 billion, against MAD 4.05 billion a year earlier.",
        "Another double-digit gain for online payments: +17.3% in the first half.\n\nThe value reached MAD 4.75 billion, against MAD 4.05 billion a year earlier.",
    ] {
        no_claim(text);
    }
}

/// In a list of parts cut at semicolons, bare parentheses after a later figure hold its earlier
/// figure when the part before wrote its own earlier figure in parentheses with a year: "B1 (A1
/// en 2023), +R1 % ; B2 (A2), +R2 %".
#[test]
fn bare_parentheses_in_a_part_that_repeats_the_one_before() {
    for (text, second) in [
        (
            "Par réseau : cartes Visa, 31,2 millions d'opérations (27,5 millions en 2023), +13,5 % ; cartes Mastercard, 9,6 millions d'opérations (8,8 millions), +9,1 %.",
            growth("8800000", "9600000", "9.1", "consistent"),
        ),
        (
            "By network: Visa cards, 31.2 million transactions (27.5 million in 2023), +13.5%; Mastercard, 9.6 million transactions (8.8 million), +9.1%.",
            growth("8800000", "9600000", "9.1", "consistent"),
        ),
        (
            "حسب الشبكة: بطاقات فيزا، 31,2 مليون عملية (27,5 مليون عملية في 2023)، +13,5 في المائة؛ بطاقات ماستركارد، 9,6 مليون عملية (8,8 مليون عملية)، +9,1 في المائة.",
            growth("8800000", "9600000", "9.1", "consistent"),
        ),
        (
            "Cartes marocaines, 31,2 millions d'opérations (27,5 millions en 2023), +13,5 % ; cartes étrangères, 9,6 millions d'opérations (8,8 millions), +19 %.",
            growth("8800000", "9600000", "19", "inconsistent"),
        ),
    ] {
        let got = found(text);
        assert_eq!(got.len(), 2, "{text}: {got:#?}");
        assert_eq!(got.get(1), Some(&second), "{text}");
    }
}

/// Bare parentheses elsewhere hold no earlier figure: alone, after a part whose parentheses
/// held a part ("dont ...") or no year, or with the semicolon far before.
#[test]
fn bare_parentheses_alone_hold_no_earlier_figure() {
    for text in [
        "Les cartes ont réglé 9,6 millions d'opérations (8,8 millions), +9,1 %.",
        "Cards settled 9.6 million transactions (8.8 million), +9.1%.",
        "وأنجزت البطاقات 9,6 مليون عملية (8,8 مليون عملية)، +9,1 في المائة.",
        "Par réseau : cartes Visa, 31,2 millions d'opérations (dont 27,5 millions en ligne) ; cartes Mastercard, 9,6 millions d'opérations (8,8 millions), +9,1 %.",
        "By network: Visa cards, 31.2 million transactions (mostly online); Mastercard, 9.6 million transactions (8.8 million), +9.1%.",
    ] {
        no_claim(text);
    }
}

/// "B, up R% on A", "B، بزيادة R عن A": right after the rate, "on" and "عن" name its base as
/// "from" and "مقارنة مع" do; before a figure of another kind, or after a rate no word of
/// change announces, they tie nothing.
#[test]
fn on_and_an_after_the_rate_name_its_base() {
    each_gives(&[
        (
            "Merchant sites handled 9.4 million card payments in March, up 17.2% on 8.02 million card payments a year earlier.",
            growth("8020000", "9400000", "17.2", "consistent"),
        ),
        (
            "Merchant sites handled 9.4 million card payments in March, up 21.2% on 8.02 million card payments a year earlier.",
            growth("8020000", "9400000", "21.2", "inconsistent"),
        ),
        (
            "Online spending came to MAD 2.35 billion, up 6.3% on MAD 2.21 billion.",
            growth("2210000000", "2350000000", "6.3", "consistent"),
        ),
        (
            "وعالجت المواقع التجارية 9,4 مليون عملية أداء خلال مارس، بزيادة 17,2 في المائة عن 8,02 مليون عملية في مارس 2024.",
            growth("8020000", "9400000", "17.2", "consistent"),
        ),
        (
            "وبلغت قيمة الأداءات 2,35 مليار درهم، بتراجع 4,1 في المائة عن 2,45 مليار درهم قبل سنة.",
            growth("2450000000", "2350000000", "-4.1", "consistent"),
        ),
    ]);
    for text in [
        "Merchant sites handled 9.4 million card payments in March, a fee of 2% on 8.02 million card payments.",
        "Merchant sites handled 9.4 million card payments, up 17.2% on MAD 8.02 billion of spending.",
        "وعالجت المواقع التجارية 9,4 مليون عملية، مقابل عمولة 2 في المائة عن 8,02 مليون عملية.",
    ] {
        no_claim(text);
    }
}

/// "from A1 and A2 to B1 and B2", the start figures listed first: each start figure goes with
/// the end figure of its kind, and the rates after them in order.
#[test]
fn a_list_of_start_figures_then_a_list_of_end_figures() {
    for (text, expected) in [
        (
            "En 2024, le nombre et le montant des paiements sont passés de 41,3 millions d'opérations et 12,6 milliards de dirhams à 47,9 millions d'opérations et 15,1 milliards de dirhams, soit des hausses respectives de 16 % et 19,8 %.",
            [
                growth("41300000", "47900000", "16", "consistent"),
                growth("12600000000", "15100000000", "19.8", "consistent"),
            ],
        ),
        (
            "Over the year, transactions and spending went from 41.3 million transactions and MAD 12.6 billion to 47.9 million transactions and MAD 15.1 billion respectively, gains of 16% and 25%.",
            [
                growth("41300000", "47900000", "16", "consistent"),
                growth("12600000000", "15100000000", "25", "inconsistent"),
            ],
        ),
        (
            "وانتقل عدد العمليات وقيمتها من 41,3 مليون عملية و12,6 مليار درهم إلى 47,9 مليون عملية و15,1 مليار درهم، بارتفاع بنسبة 16 في المائة و19,8 في المائة على التوالي.",
            [
                growth("41300000", "47900000", "16", "consistent"),
                growth("12600000000", "15100000000", "19.8", "consistent"),
            ],
        ),
    ] {
        assert_eq!(found(text), expected, "{text}");
    }
    // Two figures of one kind in each list: the words do not say which goes with which.
    for text in [
        "Payments went from 41.3 million transactions and 38.2 million transactions to 47.9 million transactions and 44 million transactions, gains of 16% and 15.2%.",
        "Les paiements sont passés de 41,3 millions et 38,2 millions d'opérations à 47,9 millions et 44 millions d'opérations, soit des hausses respectives de 16 % et 15,2 %.",
    ] {
        no_claim(text);
    }
}

/// "B, en progression de R % par rapport à 2023 (A)", "B, up R% from 2023 (A)", "B، بارتفاع R
/// مقارنة بسنة 2023 (A)": the rate's base is a year, and its figure stands alone in parentheses
/// right after it.
#[test]
fn a_base_year_with_its_figure_in_parentheses() {
    each_gives(&[
        (
            "Leur montant a atteint 8,4 milliards de dirhams, en progression de 12 % par rapport à 2023 (7,5 milliards).",
            growth("7500000000", "8400000000", "12", "consistent"),
        ),
        (
            "Leur montant a atteint 8,4 milliards de dirhams, en progression de 20 % par rapport à 2023 (7,5 milliards).",
            growth("7500000000", "8400000000", "20", "inconsistent"),
        ),
        (
            "Their value reached MAD 8.4 billion, up 12% from 2023 (MAD 7.5 billion).",
            growth("7500000000", "8400000000", "12", "consistent"),
        ),
        (
            "In 2024, their value reached MAD 8.4 billion, a 12% increase from 2023 (MAD 7.5 billion).",
            growth("7500000000", "8400000000", "12", "consistent"),
        ),
        (
            "وبلغت قيمتها 8,4 مليار درهم، بارتفاع 12 في المائة مقارنة بسنة 2023 (7,5 مليار درهم).",
            growth("7500000000", "8400000000", "12", "consistent"),
        ),
    ]);
    // Other words in the parentheses, or a year of B that is not later than the base.
    for text in [
        "Leur montant a atteint 8,4 milliards de dirhams, en progression de 12 % par rapport à 2023 (dont 7,5 milliards par cartes).",
        "Leur montant a atteint 8,4 milliards de dirhams en 2022, en progression de 12 % par rapport à 2023 (7,5 milliards).",
        "In 2023, their value reached MAD 8.4 billion, up 12% from 2023 (MAD 7.5 billion).",
        "وبلغت قيمتها 8,4 مليار درهم، بارتفاع 12 في المائة مقارنة بسنة 2023 (7,5 مليار درهم للبطاقات الأجنبية).",
    ] {
        no_claim(text);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Sentences composed from random true figures in this round's constructions (an
    /// attribution between the figures, a headline rate before its pair, bare parentheses in a
    /// part after a dated one, two lists from start to end, "on" and "عن" after the rate, a
    /// base year with its figure in parentheses) give exactly the claims composed, with their
    /// figures, and never an alarm.
    #[test]
    fn composed_constructions_of_round_four_give_exactly_their_claims(
        (language, growths) in two_growths(),
        form in 0usize..4,
    ) {
        let Some((x, y)) = growths else {
            return Ok(());
        };
        let (text, expected): (String, Vec<&Written>) = match (language, form) {
            (Language::French, 0) => (format!("Le montant est passé de {}, selon le bilan que le Centre monétique interbancaire a publié mardi soir, à {}, soit une hausse de {}.", y.from, y.to, y.rate), vec![&y]),
            (Language::French, 1) => (format!("Nouveau bond des paiements en ligne : +{} sur un an. Le montant réglé y a atteint {}, contre {} un an plus tôt.", y.rate, y.to, y.from), vec![&y]),
            (Language::French, 2) => (format!("Par réseau : cartes Visa, {} ({} en 2023), +{} ; autres cartes, {} ({}), +{}.", x.to, x.from, x.rate, y.to, y.from, y.rate), vec![&x, &y]),
            (Language::French, _) => (format!("Le nombre et le montant sont passés de {} et {} à {} et {}, soit des hausses respectives de {} et {}.", x.from, y.from, x.to, y.to, x.rate, y.rate), vec![&x, &y]),
            (Language::English, 0) => (format!("Payments went from {}, according to the annual report the central bank released on Thursday, to {}, an increase of {}.", y.from, y.to, y.rate), vec![&y]),
            (Language::English, 1) => (format!("Another strong year for online payments: +{} year-on-year. Their value reached {}, against {} a year earlier.", y.rate, y.to, y.from), vec![&y]),
            (Language::English, 2) => (format!("Online payments reached {}, up {} on {} a year earlier.", y.to, y.rate, y.from), vec![&y]),
            (Language::English, _) => (format!("Transactions and spending went from {} and {} to {} and {} respectively, gains of {} and {}.", x.from, y.from, x.to, y.to, x.rate, y.rate), vec![&x, &y]),
            (_, 0) => (format!("وانتقلت قيمة الأداءات من {}، حسب المعطيات التي نشرها المركز النقدي بين البنوك يوم الثلاثاء في بلاغ له، إلى {}، أي بزيادة {}.", y.from, y.to, y.rate), vec![&y]),
            (_, 1) => (format!("وبلغت قيمة الأداءات {}، بزيادة {} عن {} في السنة الماضية.", y.to, y.rate, y.from), vec![&y]),
            (_, 2) => (format!("وبلغت قيمة الأداءات {}، بارتفاع {} مقارنة بسنة 2023 ({}).", y.to, y.rate, y.from), vec![&y]),
            (_, _) => (format!("وانتقل عدد العمليات وقيمتها من {} و{} إلى {} و{}، بارتفاع بنسبة {} و{} على التوالي.", x.from, y.from, x.to, y.to, x.rate, y.rate), vec![&x, &y]),
        };
        gives_exactly(&text, &expected)?;
    }
}
