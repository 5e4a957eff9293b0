//! Issue 15, round 3: the earlier figure written after the rate or after a word that marks it
//! as the earlier, the rate cue words and the averages the press writes, each in French, Arabic
//! and English, with sentences built to tempt a wrong pairing beside them. Every text here is
//! our own.

use crate::linking_support::{
    Written, each_gives, found, gives_exactly, growth, no_claim, share, ticket, two_growths,
};
use morocco_ecommerce::text::{Language, link_text};
use proptest::prelude::*;

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

/// Words that mark the figure after them as the earlier one: "ارتفع إلى B، من A", "B، بعد A",
/// "بعدما بلغ A", "qui en recensait A un an plus tôt", "الذي كان قد أحصى A قبل سنة".
#[test]
fn more_words_mark_the_earlier_figure() {
    each_gives(&[
        (
            "صعد عدد العمليات إلى 24 مليون عملية، من 20 مليون عملية، بزيادة 20 في المائة.",
            growth("20000000", "24000000", "20", "consistent"),
        ),
        (
            "تراجع المبلغ إلى 1,8 مليار درهم من 2 مليار درهم، أي بانخفاض 10 في المائة.",
            growth("2000000000", "1800000000", "-10", "consistent"),
        ),
        (
            "ارتفعت قيمة الأداءات بنسبة 30 في المائة لتصل إلى 6,5 مليار درهم، بعد 5 مليار درهم في الفترة نفسها من السنة الماضية.",
            growth("5000000000", "6500000000", "30", "consistent"),
        ),
        (
            "ارتفعت قيمة الأداءات بنسبة 13 في المائة لتصل إلى 6,5 مليار درهم، بعد 5 مليار درهم في الفترة نفسها من السنة الماضية.",
            growth("5000000000", "6500000000", "13", "inconsistent"),
        ),
        (
            "تقلص عدد العمليات إلى 4,5 مليون عملية في الفصل الثالث، بعدما بلغ 5 مليون عملية قبل سنة، أي بتراجع نسبته 10 في المائة.",
            growth("5000000", "4500000", "-10", "consistent"),
        ),
        (
            "Le nombre de cartes a bondi de 20 % pour s'établir à 7,5 millions, selon le CMI, qui en recensait 6,25 millions un an plus tôt.",
            growth("6250000", "7500000", "20", "consistent"),
        ),
        (
            "Le nombre de cartes a bondi de 30 % pour s'établir à 7,5 millions, selon le CMI, qui en recensait 6,25 millions un an plus tôt.",
            growth("6250000", "7500000", "30", "inconsistent"),
        ),
        (
            "ارتفع المبلغ بنسبة 25 في المائة ليبلغ 7,5 مليار درهم، حسب المركز، الذي كان قد سجل 6 مليار درهم قبل سنة.",
            growth("6000000000", "7500000000", "25", "consistent"),
        ),
    ]);
}

/// The same words where they may mean something else give no pair: "من" after "إلى B" with a
/// rise verb and a B below A ("out of"), "و من" opening the next pair, and a relative clause
/// of the past with no word of an earlier time.
#[test]
fn words_of_the_earlier_figure_are_not_read_out_of_place() {
    for text in [
        "ارتفعت حصة البطاقات المغربية إلى 45 مليون عملية من 60 مليون عملية، بنسبة 20 في المائة.",
        "Le nombre de cartes a bondi de 20 % pour s'établir à 7,5 millions, selon le CMI, qui en recensait 6,25 millions.",
    ] {
        no_claim(text);
    }
    let linked = link_text(
        "ارتفع عدد العمليات من 10 ملايين عملية إلى 12 مليون عملية و من 3 مليار درهم إلى 3,6 مليار درهم، بزيادة 20 في المائة.",
    );
    assert!(linked.claims.is_empty(), "{:?}", linked.claims);
}

/// "في السنة التي قبلها", "the year before": a word of the past in the sentence of the earlier
/// figure, so that a rate in the next sentence takes the two in their order.
#[test]
fn the_year_before_orders_figures_over_sentences() {
    each_gives(&[
        (
            "أنجزت المواقع التجارية 36 مليون عملية خلال سنة 2024. وفي السنة التي قبلها، بلغ هذا العدد 30 مليون عملية. وهو ما يمثل نموا بـ20 في المائة.",
            growth("30000000", "36000000", "20", "consistent"),
        ),
        (
            "Merchant sites handled 36 million transactions over 2024. The year before, the count was 30 million transactions. That is growth of 20%.",
            growth("30000000", "36000000", "20", "consistent"),
        ),
        (
            "Les sites marchands ont traité 36 millions d'opérations en 2024. L'année d'avant, ce nombre était de 30 millions d'opérations. Cela représente une hausse de 20 %.",
            growth("30000000", "36000000", "20", "consistent"),
        ),
    ]);
}

/// "a gagné R %", "بزيادتين", "بتراجعين": more words announce a rate.
#[test]
fn more_verbs_announce_a_rate() {
    each_gives(&[
        (
            "Le montant moyen des achats a gagné 5 % pour atteindre 420 dirhams, contre 400 dirhams en 2023.",
            growth("400", "420", "5", "consistent"),
        ),
        (
            "Le montant moyen des achats a gagné 9 % pour atteindre 420 dirhams, contre 400 dirhams en 2023.",
            growth("400", "420", "9", "inconsistent"),
        ),
        (
            "Online transactions gained 15% to 11.5 million, compared with 10 million a year earlier.",
            growth("10000000", "11500000", "15", "consistent"),
        ),
    ]);
    // The dual of a rise, "بزيادتين بلغتا R1 و R2 على التوالي", after two pairs.
    assert_eq!(
        found(
            "وانتقل عدد العمليات من 10 ملايين عملية إلى 11,5 مليون عملية، والمبلغ من 4 مليار درهم إلى 4,8 مليار درهم، بزيادتين بلغتا 15 في المائة و40 في المائة على التوالي."
        ),
        vec![
            growth("10000000", "11500000", "15", "consistent"),
            growth("4000000000", "4800000000", "40", "inconsistent"),
        ]
    );
}

/// The words of an average the press writes: "montant moyen par transaction", "average spend
/// per transaction", "متوسط مبلغ العملية الواحدة", "متوسط سلة المشتريات", before the average or
/// with a verb between ("came in at", "ressort ainsi à").
#[test]
fn more_words_of_an_average_ticket() {
    each_gives(&[
        (
            "Les 25 millions d'opérations du semestre ont totalisé 10 milliards de dirhams, soit un montant moyen par transaction de 400 dirhams.",
            ticket("10000000000", "25000000", "400", "consistent"),
        ),
        (
            "Les 25 millions d'opérations du semestre ont totalisé 10 milliards de dirhams, soit un montant moyen par transaction de 440 dirhams.",
            ticket("10000000000", "25000000", "440", "inconsistent"),
        ),
        (
            "The average spend per online transaction came in at MAD 400, with 25 million transactions worth MAD 10 billion.",
            ticket("10000000000", "25000000", "400", "consistent"),
        ),
        (
            "With 25 million transactions worth MAD 10 billion, the average spend per transaction came in at MAD 360.",
            ticket("10000000000", "25000000", "360", "inconsistent"),
        ),
        (
            "وبلغ متوسط مبلغ العملية الواحدة 400 درهم، بعدما بلغ مجموع الأداءات 10 مليار درهم موزعة على 25 مليون عملية.",
            ticket("10000000000", "25000000", "400", "consistent"),
        ),
        (
            "وأنجز الزبناء 25 مليون عملية بقيمة إجمالية بلغت 10 مليار درهم، ليبلغ متوسط سلة المشتريات 440 درهما.",
            ticket("10000000000", "25000000", "440", "inconsistent"),
        ),
        // "at", "à" between the words of an average and the amount, after another verb.
        (
            "Some 25 million online transactions were recorded, worth MAD 10 billion in total. That puts the average basket at about MAD 400.",
            ticket("10000000000", "25000000", "400", "consistent"),
        ),
        (
            "« Le panier moyen s'établit désormais à 440 dirhams », a indiqué le CMI, pour 25 millions d'opérations et un montant global de 10 milliards de dirhams.",
            ticket("10000000000", "25000000", "440", "inconsistent"),
        ),
    ]);
    // A fee per transaction is no average.
    no_claim(
        "Le CMI prélève 3 dirhams par transaction, sur 10 milliards de dirhams et 25 millions d'opérations.",
    );
}

/// A share whose total comes after it ("P, soit S % du total, qui s'élève à T", "البالغ T"),
/// or a share stated before its part and marked total ("بحصة S ... إذ بلغت P من أصل T", "une
/// part de S % ..., avec P sur T").
#[test]
fn shares_with_the_total_after_or_the_share_first() {
    each_gives(&[
        (
            "Les paiements mobiles ont totalisé 4,5 millions d'opérations, soit 15 % du total, qui s'élève à 30 millions d'opérations.",
            share("4500000", "30000000", "15", "consistent"),
        ),
        (
            "Mobile wallets handled 4.5 million transactions, or 25% of the total, which stood at 30 million transactions.",
            share("4500000", "30000000", "25", "inconsistent"),
        ),
        (
            "وبلغ عدد العمليات المنجزة بالهاتف 4,5 مليون عملية، أي 15 في المائة من العدد الإجمالي للعمليات البالغ 30 مليون عملية.",
            share("4500000", "30000000", "15", "consistent"),
        ),
        (
            "وتستحوذ الإدارات العمومية بحصة 40 في المائة من مبلغ الأداءات، إذ بلغت حصتها 6 مليار درهم من أصل 15 مليار درهم.",
            share("6000000000", "15000000000", "40", "consistent"),
        ),
        (
            "Les administrations détiennent une part de 30 % des paiements en ligne, avec 6 milliards de dirhams sur 15 milliards.",
            share("6000000000", "15000000000", "30", "inconsistent"),
        ),
        (
            "Public bodies hold a share of 40% of online payments, with MAD 6 billion out of MAD 15 billion.",
            share("6000000000", "15000000000", "40", "consistent"),
        ),
    ]);
    // The share's words name another quantity than the part's, or a word of change stands
    // before the percentage: no share.
    for text in [
        "وتستحوذ الإدارات العمومية بحصة 30 في المائة من عدد العمليات، إذ بلغت حصتها 6 مليار درهم من أصل 15 مليار درهم.",
        "Mobile wallets handled 4.5 million transactions, up 25% on the total, which stood at 30 million transactions.",
    ] {
        no_claim(text);
    }
}

/// "B (A en 2023), +R %", "B (A a year earlier), up R%", "B (A في 2023)، بزيادة R": the
/// earlier figure in parentheses right after the later, with nothing but its time; a
/// semicolon then closes the part, so the next part's rate is not the first pair's.
#[test]
fn the_earlier_figure_in_parentheses() {
    each_gives(&[
        (
            "Les paiements par mobile ont atteint 18 millions d'opérations (15 millions en 2023), +20 %.",
            growth("15000000", "18000000", "20", "consistent"),
        ),
        (
            "Mobile payments reached 18 million transactions (15 million a year earlier), up 30%.",
            growth("15000000", "18000000", "30", "inconsistent"),
        ),
        (
            "وبلغت الأداءات بالهاتف 18 مليون عملية (15 مليون عملية في 2023)، بزيادة 20 في المائة.",
            growth("15000000", "18000000", "20", "consistent"),
        ),
    ]);
    // The semicolon closes the first part: -6,3 % is not the rate of the first pair. The
    // second part repeats the form of the first, so its bare parentheses hold its earlier
    // figure (round 4; until then the second claim was not made).
    assert_eq!(
        found(
            "Par canal : mobile, 18 millions d'opérations (15 millions en 2023), +20 % ; web, 30 millions d'opérations (32 millions), -6,3 %."
        ),
        vec![
            growth("15000000", "18000000", "20", "consistent"),
            growth("32000000", "30000000", "-6.3", "consistent"),
        ]
    );
    // Other words in the parentheses (a forecast, a part), or a period of B that is not later.
    for text in [
        "Les paiements par mobile ont atteint 18 millions d'opérations (20 millions attendus en 2025), +20 %.",
        "Les paiements par mobile ont atteint 18 millions d'opérations (dont 15 millions en 2023), +20 %.",
        "Les paiements par mobile ont atteint 18 millions d'opérations en 2022 (15 millions en 2023), +20 %.",
        "Mobile payments reached 18 million transactions (15 million by card), up 20%.",
    ] {
        no_claim(text);
    }
}

/// A share whose total is in the sentence before, pointed back to: "T. ... P of that, or S%",
/// "T. Sur ce montant, P ..., soit S %", "T. ومن ضمن هذه العمليات، P ...، أي S".
#[test]
fn a_share_of_the_total_in_the_sentence_before() {
    each_gives(&[
        (
            "Online card payments came to MAD 16 billion in 2024. Public bodies took MAD 4 billion of that, or 25%.",
            share("4000000000", "16000000000", "25", "consistent"),
        ),
        (
            "Les paiements en ligne ont atteint 16 milliards de dirhams en 2024. Sur ce montant, les administrations ont encaissé 4 milliards de dirhams, soit 40 % de l'ensemble.",
            share("4000000000", "16000000000", "40", "inconsistent"),
        ),
        (
            "وبلغ عدد العمليات 40 مليون عملية، بحسب المركز. ومن ضمن هذه العمليات، أنجزت 6 مليون عملية بواسطة بطاقات أجنبية، أي 15 في المائة من المجموع.",
            share("6000000", "40000000", "15", "consistent"),
        ),
    ]);
    // The total of a growth claim in the sentence before, its end figure.
    let text = "Le nombre d'opérations est passé de 32 millions à 40 millions, soit une hausse de 25 %. Parmi ces opérations, 6 millions ont été réglées par des cartes étrangères, soit 15 % du total.";
    let claims = found(text);
    assert_eq!(claims.len(), 2, "{claims:?}");
    assert_eq!(claims[1], share("6000000", "40000000", "15", "consistent"));
    // No pointer back, a word of change, a new paragraph, or two totals of the kind: no share.
    for text in [
        "Online card payments came to MAD 16 billion in 2024. Public bodies took MAD 4 billion, or 25%.",
        "Les paiements en ligne ont atteint 16 milliards de dirhams. Sur ce montant, les administrations ont progressé de 4 milliards de dirhams, soit 25 %.",
        "Online card payments came to MAD 16 billion in 2024.\n\nPublic bodies took MAD 4 billion of that, or 25%.",
        "Payments came to MAD 16 billion, against MAD 14 billion in 2023. Public bodies took MAD 4 billion of that, or 25%.",
    ] {
        assert!(
            link_text(text)
                .claims
                .iter()
                .all(|c| c.kind.name() != "share"),
            "{text}"
        );
    }
}

/// The words between the later figure and its rate may name its period at length ("B خلال
/// التسعة أشهر الأولى من سنة 2024، مسجلة ارتفاعا بما نسبته R مقارنة مع A"): the period's words
/// are not counted in the gap, other words are.
#[test]
fn a_long_period_between_the_later_figure_and_its_rate() {
    each_gives(&[
        (
            "وبلغ مبلغ الأداءات 12 مليار درهم خلال التسعة أشهر الأولى من سنة 2024، مسجلا ارتفاعا بما نسبته 20 في المائة مقارنة مع 10 مليار درهم خلال الفترة نفسها من 2023.",
            growth("10000000000", "12000000000", "20", "consistent"),
        ),
        (
            "Les paiements ont atteint 12 milliards de dirhams au cours des neuf premiers mois de l'année 2024, en hausse de 35 % par rapport à 10 milliards.",
            growth("10000000000", "12000000000", "35", "inconsistent"),
        ),
        (
            "Card payments on merchant sites reached MAD 12 billion in the first nine months of 2024 according to the centre, up 20% from MAD 10 billion.",
            growth("10000000000", "12000000000", "20", "consistent"),
        ),
    ]);
    no_claim(
        "Les paiements ont atteint 12 milliards de dirhams au cours des neuf premiers mois de l'année 2024 selon les chiffres publiés hier par le centre monétique interbancaire, en hausse de 20 % par rapport à 10 milliards.",
    );
}

/// "B (+R % sur un an), contre A sur la même période de 2023": a rate over a year and an
/// earlier figure of the same period make A the earlier; either alone does not.
#[test]
fn a_rate_over_a_year_and_a_figure_of_the_same_period() {
    each_gives(&[
        (
            "Bill payments online reached MAD 6 billion (+20% year-on-year) in the first half, compared with MAD 5 billion in the same period of 2023.",
            growth("5000000000", "6000000000", "20", "consistent"),
        ),
        (
            "Le paiement des factures en ligne a atteint 6 milliards de dirhams (+60 % sur un an) au premier semestre, contre 5 milliards sur la même période de 2023.",
            growth("5000000000", "6000000000", "60", "inconsistent"),
        ),
        (
            "وبلغ أداء الفواتير عبر الإنترنت 6 مليار درهم (+20 في المائة على أساس سنوي) خلال النصف الأول، مقابل 5 مليار درهم خلال الفترة نفسها من 2023.",
            growth("5000000000", "6000000000", "20", "consistent"),
        ),
    ]);
    for text in [
        "Bill payments online reached MAD 6 billion (+20%) in the first half, compared with MAD 5 billion in the same period of 2023.",
        "Bill payments online reached MAD 6 billion (+20% year-on-year) in the first half, compared with MAD 5 billion for foreign cards.",
    ] {
        no_claim(text);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Sentences composed from random true figures in this round's constructions (a base word
    /// right after the rate, the earlier figure after "من", "بعد", "qui en recensait", in
    /// parentheses, or of the same period after a rate over a year; two parts cut at a
    /// semicolon) give exactly the claims composed, with their figures, and never an alarm.
    #[test]
    fn composed_constructions_of_round_three_give_exactly_their_claims(
        (language, growths) in two_growths(),
        form in 0usize..4,
    ) {
        let Some((x, y)) = growths else {
            return Ok(());
        };
        let (text, expected): (String, Vec<&Written>) = match (language, form) {
            (Language::French, 0) => (format!("Le montant des paiements a atteint {}, en hausse de {} par rapport à {}.", y.to, y.rate, y.from), vec![&y]),
            (Language::French, 1) => (format!("Le montant des achats a progressé de {} pour atteindre {}, selon le CMI, qui en recensait {} un an plus tôt.", y.rate, y.to, y.from), vec![&y]),
            (Language::French, 2) => (format!("Le montant réglé a atteint {} ({} en 2023), +{}.", y.to, y.from, y.rate), vec![&y]),
            (Language::French, _) => (format!("Par canal : opérations, {} ({} en 2023), +{} ; montant, {} ({} en 2023), +{}.", x.to, x.from, x.rate, y.to, y.from, y.rate), vec![&x, &y]),
            (Language::English, 0) => (format!("Card payments online reached {}, up {} from {}.", y.to, y.rate, y.from), vec![&y]),
            (Language::English, 1) => (format!("Card payments online reached {}, a {} increase from {}.", y.to, y.rate, y.from), vec![&y]),
            (Language::English, 2) => (format!("Card payments online reached {} (+{} year-on-year) in the first half, compared with {} in the same period of 2023.", y.to, y.rate, y.from), vec![&y]),
            (Language::English, _) => (format!("Over the year: {} transactions, up {} from {}; {} in value, up {} from {}.", x.to, x.rate, x.from, y.to, y.rate, y.from), vec![&x, &y]),
            (_, 0) => (format!("وبلغت قيمة الأداءات {}، بزيادة {} مقارنة مع {}.", y.to, y.rate, y.from), vec![&y]),
            (_, 1) => (format!("وصعدت قيمة الأداءات إلى {}، من {}، بارتفاع نسبته {}.", y.to, y.from, y.rate), vec![&y]),
            (_, 2) => (format!("ونمت قيمة الأداءات بنسبة {} لترتفع إلى {}، بعد {} في الفترة نفسها من السنة الماضية.", y.rate, y.to, y.from), vec![&y]),
            (_, _) => (format!("وارتفعت قيمة الأداءات إلى {}، بعدما بلغت {} قبل سنة، أي بزيادة قدرها {}.", y.to, y.from, y.rate), vec![&y]),
        };
        gives_exactly(&text, &expected)?;
    }
}
