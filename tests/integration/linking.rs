//! Finding claims in text and checking them. Every text here is our own.

use crate::linking_support::{Written, claims, gives_exactly, two_growths};
use morocco_ecommerce::check::Checker;
use morocco_ecommerce::text::{
    Language, TextClaim, Unlinked, check_text, format_figure, link, link_text,
};
use morocco_ecommerce::{FigureKind, Rounding};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn verdicts(text: &str) -> Vec<(&'static str, String)> {
    claims(text)
        .into_iter()
        .map(|(c, f)| (c.kind.name(), f.verdict.name().to_owned()))
        .collect()
}

fn d(s: &str) -> Decimal {
    s.parse()
        .unwrap_or_else(|e| panic!("{s:?} is not a decimal literal: {e}"))
}

#[test]
fn growth_forms_in_three_languages() {
    let correct = [
        "Le nombre d'opérations est passé de 1,24 million à 1,55 million, soit une hausse de 25 %.",
        "Le volume atteint 1,55 million d'opérations, contre 1,24 million un an plus tôt, soit +25 %.",
        "Les paiements ont progressé de 1,24 million à 1,55 million d'opérations, en progression de 25 %.",
        "Payments rose from 1.24 million to 1.55 million operations, up 25%.",
        "The total reached 1.55 million operations against 1.24 million a year earlier, an increase of 25%.",
        "ارتفع عدد العمليات من 1,24 مليون إلى 1,55 مليون عملية بنسبة 25 في المائة.",
        "سجل ارتفاعا نسبته 25 في المائة، إذ انتقل عدد العمليات من 1,24 مليون إلى 1,55 مليون عملية.",
        "بلغ عدد العمليات 1,55 مليون عملية بعد أن كان 1,24 مليون عملية، بزيادة 25 في المائة.",
        "بلغ عدد العمليات 1,55 مليون عملية مقابل 1,24 مليون عملية، أي بارتفاع نسبته 25 في المائة.",
    ];
    for text in correct {
        let found = claims(text);
        assert_eq!(found.len(), 1, "{text}");
        let (c, finding) = &found[0];
        assert_eq!(c.kind.name(), "growth");
        assert_eq!(
            c.figure("from")
                .map(morocco_ecommerce::text::TextFigure::value),
            Some(d("1240000")),
            "{text}"
        );
        assert_eq!(
            c.figure("to")
                .map(morocco_ecommerce::text::TextFigure::value),
            Some(d("1550000")),
            "{text}"
        );
        assert_eq!(
            finding.verdict.name(),
            "consistent",
            "{text}: {}",
            finding.explanation
        );
        assert!(!c.links.is_empty());
        assert_eq!(c.check(&Checker::new()).as_ref(), Ok(finding));
    }
}

#[test]
fn wrong_claims_are_found() {
    for text in [
        "Le nombre d'opérations est passé de 1,24 million à 1,55 million, soit une hausse de 35 %.",
        "Payments rose from 1.24 million to 1.55 million operations, up 15%.",
        "ارتفع عدد العمليات من 1,24 مليون إلى 1,55 مليون عملية بنسبة 35 في المائة.",
    ] {
        assert_eq!(
            verdicts(text),
            [("growth", "inconsistent".to_owned())],
            "{text}"
        );
    }
}

#[test]
fn declines() {
    for text in [
        "Le montant est passé de 500 millions à 400 millions de dirhams, en baisse de 20 %.",
        "Le nombre d'opérations a régressé de 20 %, passant de 500 mille à 400 mille opérations.",
        "Transactions fell from 500 thousand to 400 thousand operations, down 20%.",
        "تراجع عدد العمليات من 500 ألف إلى 400 ألف عملية بنسبة 20 في المائة.",
        "انخفضت القيمة من 500 مليون إلى 400 مليون درهم، أي بانخفاض نسبته 20 في المائة.",
    ] {
        let found = claims(text);
        assert_eq!(found.len(), 1, "{text}");
        assert_eq!(
            found[0]
                .0
                .figure("stated")
                .map(|f| f.value().is_sign_negative()),
            Some(true),
            "{text}"
        );
        assert_eq!(
            found[0].1.verdict.name(),
            "consistent",
            "{text}: {}",
            found[0].1.explanation
        );
    }
}

#[test]
fn two_claims_in_one_sentence() {
    let text = "Les opérations sont passées de 1,24 million à 1,55 million (+25 %) et leur valeur de 600 millions à 690 millions de dirhams (+15 %).";
    let found = claims(text);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(
        found[0]
            .0
            .figure("stated")
            .map(morocco_ecommerce::text::TextFigure::value),
        Some(d("25"))
    );
    assert_eq!(
        found[1]
            .0
            .figure("stated")
            .map(morocco_ecommerce::text::TextFigure::value),
        Some(d("15"))
    );
    assert!(found.iter().all(|(_, f)| f.verdict.name() == "consistent"));
    let ar = "ارتفع عدد العمليات من 1,24 مليون إلى 1,55 مليون عملية بنسبة 25 في المائة، وارتفعت قيمتها من 600 مليون إلى 690 مليون درهم بنسبة 15 في المائة.";
    let found = claims(ar);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert!(found.iter().all(|(_, f)| f.verdict.name() == "consistent"));
}

/// Of two percentages after a pair, the one the words announce as a change is the rate; the
/// other, a share of the total, is not.
#[test]
fn the_announced_rate_of_two() {
    let text = "Les opérations sont passées de 1,24 million à 1,55 million, soit 25 % de plus et 40 % du total.";
    let found = claims(text);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(
        found[0].0.figure("stated").map(|f| f.text.as_str()),
        Some("25 %")
    );
    assert_eq!(found[0].1.verdict.name(), "consistent");
}

#[test]
fn figures_that_must_not_be_linked() {
    for text in [
        // A rate about something else: the share of Moroccan cards.
        "Le nombre d'opérations est passé de 1,24 million à 1,55 million ; les cartes marocaines en représentent 95 %.",
        // A figure from another year, with no word tying it to the rate.
        "En 2012, on comptait 1,2 million d'opérations. En 2014, le volume a progressé de 25 % à 1,5 million d'opérations.",
        // A rate with no start figure.
        "Le volume a progressé de 16 % à 1,95 million d'opérations.",
        // "soit" before a share of the total is no rate of change.
        "Les opérations sont passées de 1,24 million à 1,55 million, soit 40 % du total.",
        "Payments went from 1.24 million to 1.55 million, i.e. 40% of all operations.",
        // A count and an amount are not a growth.
        "Le CMI a traité 1,5 million d'opérations contre 600 millions de dirhams de paiements, soit une hausse de 25 %.",
        // Words of a rise and of a fall about one rate.
        "Les opérations sont passées de 1,24 million à 1,55 million, une hausse malgré la baisse de 25 % des paniers.",
    ] {
        assert!(link(text).is_empty(), "{text}: {:#?}", link(text));
    }
}

#[test]
fn shares_and_parts_within_totals() {
    let share = "Sur 1,2 milliard de dirhams de paiements, les cartes marocaines ont réglé 1,14 milliard, soit 95 %.";
    assert_eq!(verdicts(share), [("share", "consistent".to_owned())]);
    let wrong = "Sur 1,2 milliard de dirhams de paiements, les cartes marocaines ont réglé 1,14 milliard, soit 85 %.";
    assert_eq!(verdicts(wrong), [("share", "inconsistent".to_owned())]);
    let within = "من أصل أكثر من 2,1 مليون عملية، تمت 1,95 مليون عملية بالبطاقات البنكية.";
    assert_eq!(verdicts(within), [("within", "consistent".to_owned())]);
    let above = "Out of 1.5 million operations, 1.9 million were paid by card.";
    assert_eq!(verdicts(above), [("within", "impossible".to_owned())]);
}

#[test]
fn the_seed_article_gives_the_built_in_verdicts() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/article_ar.txt"
    ))
    .unwrap();
    let found = claims(&text);
    let built_in = Checker::new().audit(&morocco_ecommerce::data::builtin_claims());
    assert_eq!(found.len(), 2);
    assert_eq!(found[0].1.verdict, built_in.findings[0].verdict);
    assert_eq!(found[1].1.verdict, built_in.findings[1].verdict);
    assert_eq!(found[0].1.computed, built_in.findings[0].computed);
    assert_eq!(found[1].1.computed, built_in.findings[1].computed);
}

fn template() -> impl Strategy<Value = usize> {
    0usize..6
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1500))]

    /// A text written from true figures, correctly rounded, in any press form: never an alarm.
    #[test]
    fn text_from_true_figures_never_alarms(
        from in 100_000u64..5_000_000_000,
        to in 100_000u64..5_000_000_000,
        digits in 2u32..5,
        rate_decimals in 0u32..2,
        amount in any::<bool>(),
        language in prop::sample::select(Language::ALL.to_vec()),
        form in template(),
    ) {
        let kind = if amount { FigureKind::AmountMad } else { FigureKind::Transactions };
        // Round each figure to `digits` significant digits, as the press does.
        let precision = |v: u64| {
            let magnitude = v.ilog10();
            Decimal::from_i128_with_scale(10i128.pow(magnitude.saturating_sub(digits - 1)), 0)
        };
        let write = |v: u64| format_figure(Decimal::from(v), kind, precision(v), language, Rounding::HalfEven);
        let (Ok(a), Ok(b)) = (write(from), write(to)) else { return Ok(()) };
        let rate = (Decimal::from(to) - Decimal::from(from)) * Decimal::ONE_HUNDRED / Decimal::from(from);
        let stated_rate = rate.abs();
        let p = format_figure(stated_rate, FigureKind::Percent, Decimal::new(1, rate_decimals), language, Rounding::HalfEven).unwrap();
        let falls = rate < Decimal::ZERO;
        let text = match (language, form % 3, falls) {
            (Language::French, 0, false) => format!("Le total est passé de {a} à {b}, soit une hausse de {p}."),
            (Language::French, 0, true) => format!("Le total est passé de {a} à {b}, soit une baisse de {p}."),
            (Language::French, 1, false) => format!("Le total atteint {b}, contre {a} un an plus tôt, en progression de {p}."),
            (Language::French, 1, true) => format!("Le total atteint {b}, contre {a} un an plus tôt, en baisse de {p}."),
            (Language::French, _, false) => format!("Le total a progressé de {a} à {b}, en hausse de {p}."),
            (Language::French, _, true) => format!("Le total a reculé de {a} à {b}, en recul de {p}."),
            (Language::English, 0 | 2, false) => format!("The total rose from {a} to {b}, up {p}."),
            (Language::English, 0 | 2, true) => format!("The total fell from {a} to {b}, down {p}."),
            (Language::English, _, false) => format!("The total reached {b} against {a} a year earlier, an increase of {p}."),
            (Language::English, _, true) => format!("The total reached {b} against {a} a year earlier, a decline of {p}."),
            (_, 0, false) => format!("ارتفع المجموع من {a} إلى {b} بنسبة {p}."),
            (_, 0, true) => format!("تراجع المجموع من {a} إلى {b} بنسبة {p}."),
            (_, 1, false) => format!("بلغ المجموع {b} بعد أن كان {a}، أي بارتفاع نسبته {p}."),
            (_, 1, true) => format!("بلغ المجموع {b} بعد أن كان {a}، أي بانخفاض نسبته {p}."),
            (_, _, false) => format!("بلغ المجموع {b} مقابل {a}، بزيادة {p}."),
            (_, _, true) => format!("بلغ المجموع {b} مقابل {a}، بانخفاض {p}."),
        };
        for (_, f) in claims(&text) {
            prop_assert!(!f.verdict.is_alarm(), "{}\n{:?}: {}", text, f.verdict, f.explanation);
        }
    }
}

/// A text repeated gives the same claims again, each in its own sentence: the claims of a long
/// text are those of its parts.
#[test]
fn repeated_text_repeats_its_claims() {
    let article = [
        "Le nombre d'opérations est passé de 1,24 million à 1,55 million, soit une hausse de 25 %.",
        "وبلغت قيمة العمليات 2,4 مليار درهم مقابل 2 مليار درهم، بارتفاع نسبته 20 في المائة.",
        "Payments rose from 1.24 million to 1.55 million operations, up 26%.",
    ]
    .join("\n\n");
    let once = claims(&article);
    assert_eq!(once.len(), 3);
    let copies = 40;
    let long = vec![article.as_str(); copies].join("\n\n");
    let many = claims(&long);
    assert_eq!(many.len(), once.len() * copies);
    let step = article.len() + 2;
    for (i, (claim, finding)) in many.iter().enumerate() {
        let (model, model_finding) = &once[i % once.len()];
        let shift = step * (i / once.len());
        assert_eq!(claim.kind.name(), model.kind.name());
        assert_eq!(finding.verdict, model_finding.verdict);
        let starts = |c: &TextClaim| c.kind.as_ref().map(|_, f| f.start);
        assert_eq!(starts(claim), starts(model).map(|_, s| s + shift));
        let sentence = |t: &str, c: &TextClaim| {
            t.get(c.sentence.0..c.sentence.1)
                .unwrap_or_else(|| panic!("sentence {:?} is not a slice of the text", c.sentence))
                .trim()
                .to_owned()
        };
        assert_eq!(sentence(&long, claim), sentence(&article, model));
    }
}

/// Linking finds the claims and says nothing about them; checking them is a separate call, and
/// `check_text` is the two together, one result per linked claim.
#[test]
fn linking_is_separate_from_checking() {
    let text = "Payments rose from 1.24 million to 1.55 million operations, up 15%. Out of 1.5 million operations, 1.9 million were paid by card.";
    let linked = link(text);
    let names: Vec<&str> = linked.iter().map(|c| c.kind.name()).collect();
    assert_eq!(names, ["growth", "within"]);
    let checker = Checker::new();
    let checked = check_text(text, &checker);
    assert_eq!(checked.len(), linked.len());
    for ((c, finding), model) in checked.iter().zip(&linked) {
        assert_eq!(c, model);
        assert_eq!(finding, &model.check(&checker));
        assert_eq!(model.claim().kind.inputs().len(), model.kind.inputs().len());
    }
    let verdicts: Vec<&str> = checked
        .iter()
        .map(|(_, f)| f.as_ref().map_or("error", |f| f.verdict.name()))
        .collect();
    assert_eq!(verdicts, ["inconsistent", "impossible"]);
}

/// Cards and merchant sites are counts of their own: a growth of cards is checked like one of
/// operations, and a count of cards never pairs with a count of operations.
#[test]
fn cards_and_merchant_sites_are_checked_on_their_own() {
    let cards =
        "Le parc est passé de 14,3 millions à 16,1 millions de cartes, soit une hausse de 12,6 %.";
    assert_eq!(verdicts(cards), [("growth", "consistent".to_owned())]);
    let wrong =
        "Le parc est passé de 14,3 millions à 16,1 millions de cartes, soit une hausse de 21 %.";
    assert_eq!(verdicts(wrong), [("growth", "inconsistent".to_owned())]);
    let sites = "عدد المواقع التجارية انتقل من 4000 موقع تجاري إلى 5000 موقع تجاري، بارتفاع نسبته 25 في المائة.";
    let found = claims(sites);
    assert_eq!(found.len(), 1, "{sites}");
    assert_eq!(
        found[0]
            .0
            .figure("from")
            .map(morocco_ecommerce::text::TextFigure::kind),
        Some(FigureKind::Merchants)
    );
    assert_eq!(found[0].1.verdict.name(), "consistent");
    // Two kinds of count in a from-to frame are no growth.
    let mixed =
        "Le nombre est passé de 2 millions de cartes à 3 millions d'opérations, soit +50 %.";
    assert!(link(mixed).is_empty(), "{mixed}");
}

/// What each claim of `text` is, with its verdict, and the stated rate's value.
fn summary(text: &str) -> Vec<(&'static str, String, String)> {
    claims(text)
        .into_iter()
        .map(|(c, f)| {
            (
                c.kind.name(),
                f.verdict.name().to_owned(),
                c.kind.stated().value().normalize().to_string(),
            )
        })
        .collect()
}

fn one(verdict: &str, stated: &str) -> Vec<(&'static str, String, String)> {
    vec![("growth", verdict.to_owned(), stated.to_owned())]
}

/// Issue 15: a rate given by a verb, before or after its pair, in three languages.
#[test]
fn rates_given_by_a_verb_before_or_after_the_pair() {
    for text in [
        "Les paiements en ligne ont augmenté de 12 %, passant de 148,2 à 166 millions d'opérations.",
        "Le volume a progressé de 12 % pour passer de 148,2 millions à 166 millions d'opérations.",
        "ارتفعت العمليات بنسبة 12 في المائة لتنتقل من 148,2 مليون إلى 166 مليون عملية.",
        "Transactions rose 12% to 166 million from 148.2 million.",
        "Transactions rose 12% from 148.2 million to 166 million.",
    ] {
        assert_eq!(summary(text), one("consistent", "12"), "{text}");
    }
}

/// Issue 15: words, periods among them, between the two figures of a pair.
#[test]
fn words_between_the_figures() {
    let text = "Les opérations sont passées de 21,4 millions durant les neuf premiers mois de 2022 à 26,1 millions sur la même période de 2023, soit une hausse de 22 %.";
    let found = link(text);
    assert_eq!(found.len(), 1, "{found:#?}");
    let periods: Vec<(&str, Option<String>)> = found[0]
        .periods
        .iter()
        .map(|(r, p)| (*r, p.period.map(|p| p.to_string())))
        .collect();
    assert_eq!(periods[0], ("from", Some("2022-9M".to_owned())));
    assert_eq!(summary(text), one("consistent", "22"));
    let against = "Le montant a atteint 345 millions de dirhams, contre 311 millions une année auparavant, en hausse de 11 %.";
    assert_eq!(summary(against), one("consistent", "11"));
    let ar = "بلغت قيمة العمليات 345 مليون درهم خلال سنة 2016 مقابل 311 مليون درهم سنة 2015، أي بارتفاع نسبته 11 في المائة.";
    let found = link(ar);
    assert_eq!(summary(ar), one("consistent", "11"));
    let years: Vec<String> = found[0]
        .periods
        .iter()
        .filter_map(|(_, p)| p.period.map(|p| p.to_string()))
        .collect();
    assert_eq!(years, ["2015", "2016"]);
}

/// Issue 15: each rate goes with the pair of its own part, or in order with "respectively";
/// without a word that says how, no pairing is made.
#[test]
fn coordinated_claims() {
    let before = "L'activité a progressé de +18 % en nombre (de 41,2 à 48,6 millions d'opérations) et de +9 % en valeur (de 12,1 à 13,2 MMDH).";
    assert_eq!(
        summary(before),
        [
            ("growth", "consistent".to_owned(), "18".to_owned()),
            ("growth", "consistent".to_owned(), "9".to_owned())
        ]
    );
    let after = "Le nombre est passé de 41,2 à 48,6 millions d'opérations (+18 %) et la valeur de 12,1 à 13,2 MMDH (+9 %).";
    assert_eq!(summary(after).len(), 2, "{after}");
    assert!(summary(after).iter().all(|(_, v, _)| v == "consistent"));
    let respectively = "Le nombre est passé de 2 à 2,12 millions d'opérations et le montant de 1 à 1,04 milliard de dirhams, soit des hausses respectives de 6 % et 4 %.";
    assert_eq!(
        summary(respectively),
        [
            ("growth", "consistent".to_owned(), "6".to_owned()),
            ("growth", "consistent".to_owned(), "4".to_owned())
        ]
    );
    let ar = "انتقل عدد العمليات من 2 مليون إلى 2,12 مليون عملية والقيمة من 1 مليار إلى 1,04 مليار درهم، بارتفاع بنسبة 6 في المائة و4 في المائة على التوالي.";
    assert_eq!(summary(ar).len(), 2, "{ar}");
    // Two pairs and two rates with no word of order: not checked, never an alarm.
    let open = "Le nombre est passé de 2 à 2,12 millions d'opérations et le montant de 1 à 1,04 milliard de dirhams, soit des hausses de 4 % et 6 %.";
    let linked = link_text(open);
    assert!(linked.claims.is_empty(), "{:#?}", linked.claims);
    assert!(
        linked
            .not_checked
            .iter()
            .all(|n| n.reason == Unlinked::SeveralPairings && n.candidates.len() == 2)
    );
    assert_eq!(linked.not_checked.len(), 2);
}

/// Issue 15: a rate alone in its sentence, with its pair in the sentences before it.
#[test]
fn a_rate_and_its_pair_in_neighbouring_sentences() {
    let fr = "Le montant s'est établi à 420 MMDH. Il était de 371 MMDH en 2023. Soit une hausse de 13 %.";
    assert_eq!(summary(fr), one("consistent", "13"));
    let by_years = "The value reached 420 million dirhams in 2024. In 2023 it stood at 371 million dirhams in 2023. That is an increase of 13%.";
    assert_eq!(summary(by_years), one("consistent", "13"));
    // Three figures in reach: which two?
    let three = "Le montant s'est établi à 420 MMDH. Il était de 371 MMDH en 2023 et de 350 MMDH en 2022. Soit une hausse de 13 %.";
    assert!(link(three).is_empty());
    // Nothing says which came first.
    let unordered = "Le montant s'est établi à 420 MMDH. Le CMI a aussi traité 371 MMDH. Soit une hausse de 13 %.";
    let linked = link_text(unordered);
    assert!(linked.claims.is_empty());
    assert_eq!(linked.not_checked[0].reason, Unlinked::OrderNotWritten);
    // Another paragraph is out of reach.
    let apart = "Le montant s'est établi à 420 MMDH. Il était de 371 MMDH en 2023.\n\nSoit une hausse de 13 %.";
    assert!(link(apart).is_empty());
}

/// Issue 15: the direction of a rate, from a fall word anywhere in its clause, or from figures
/// that can only have fallen.
#[test]
fn direction_of_a_rate() {
    for text in [
        "Le montant a reculé, passant de 500 à 450 millions de dirhams, soit 10 %.",
        "تراجعت قيمة المعاملات من 500 مليون إلى 450 مليون درهم بنسبة 10 في المائة.",
        "The value fell 10% to 450 million dirhams from 500 million.",
        "Le montant est passé de 500 à 450 millions de dirhams, soit 10 %.",
    ] {
        assert_eq!(summary(text), one("consistent", "-10"), "{text}");
    }
    // A rise word with figures that fell: the article says a rise; the checker says no.
    let wrong = "Le montant est passé de 500 à 450 millions de dirhams, en hausse de 10 %.";
    assert_eq!(summary(wrong), one("inconsistent", "10"));
}

/// Issue 15: parts, totals and averages.
#[test]
fn shares_parts_and_average_tickets() {
    let dont = "Le montant total a atteint 1,2 milliard de dirhams, dont 1,14 milliard par des cartes marocaines, soit 95 %.";
    let found = claims(dont);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].0.kind.name(), "share");
    assert_eq!(found[0].1.verdict.name(), "consistent");
    let ar = "بلغت القيمة الإجمالية 1,2 مليار درهم، منها 1,14 مليار درهم بالبطائق المغربية، أي ما يمثل 95 في المائة.";
    assert_eq!(
        claims(ar).first().map(|(c, _)| c.kind.name()),
        Some("share")
    );
    let ticket = "Les 2,1 millions d'opérations ont totalisé 1,2 milliard de dirhams, pour un panier moyen de 571 dirhams.";
    let found = claims(ticket);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].0.kind.name(), "average_ticket");
    assert_eq!(found[0].1.verdict.name(), "consistent");
    let wrong = "Les 2,1 millions d'opérations ont totalisé 1,2 milliard de dirhams, pour un panier moyen de 671 dirhams.";
    assert_eq!(claims(wrong)[0].1.verdict.name(), "inconsistent");
}

/// Issue 15: a change between two percentages is not a growth of counts, and is not checked.
#[test]
fn a_change_between_percentages_is_not_a_growth() {
    let text = "La part des cartes étrangères est passée de 14,2 % à 23,8 %, en hausse de 67 %.";
    let linked = link_text(text);
    assert!(linked.claims.is_empty(), "{:#?}", linked.claims);
    assert_eq!(linked.not_checked[0].reason, Unlinked::ChangeOfPercentages);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// Issue 15: sentences composed from random figures in the constructions the press uses
    /// give exactly the claims composed, with the figures composed, and never an alarm.
    #[test]
    fn composed_sentences_give_exactly_the_claims_composed(
        (language, growths) in two_growths(),
        form in 0usize..6,
    ) {
        let Some((x, y)) = growths else {
            return Ok(());
        };
        let (text, expected): (String, Vec<&Written>) = match (language, form) {
            // The rates first, "respectively", then the later figures and the earlier ones.
            (Language::French, 5) => (format!("Le nombre et le montant ont progressé respectivement de {} et {}, pour atteindre {} et {}, contre {} et {} un an plus tôt.", x.rate, y.rate, x.to, y.to, x.from, y.from), vec![&x, &y]),
            (Language::English, 5) => (format!("The number and value rose {} and {}, respectively, to {} and {}, from {} and {}.", x.rate, y.rate, x.to, y.to, x.from, y.from), vec![&x, &y]),
            (_, 5) => (format!("ارتفع العدد والقيمة على التوالي بنسبة {} و{}، إلى {} و{}، مقابل {} و{} في السنة الماضية.", x.rate, y.rate, x.to, y.to, x.from, y.from), vec![&x, &y]),
            (Language::French, 0) => (format!("Le nombre a augmenté de {}, passant de {} à {}.", x.rate, x.from, x.to), vec![&x]),
            (Language::French, 1) => (format!("L'activité a progressé de +{} en nombre (de {} à {}) et de +{} en valeur (de {} à {}).", x.rate, x.from, x.to, y.rate, y.from, y.to), vec![&x, &y]),
            (Language::French, 2) => (format!("Le nombre est passé de {} à {} et le montant de {} à {}, soit des hausses respectives de {} et {}.", x.from, x.to, y.from, y.to, x.rate, y.rate), vec![&x, &y]),
            (Language::French, 3) => (format!("Le montant s'est établi à {}. Il était de {} un an plus tôt. Soit une hausse de {}.", y.to, y.from, y.rate), vec![&y]),
            (Language::French, _) => (format!("Le nombre est passé de {} à {} (+{}), et le montant de {} à {} (+{}).", x.from, x.to, x.rate, y.from, y.to, y.rate), vec![&x, &y]),
            (Language::English, 0) => (format!("Transactions rose {} to {} from {}.", x.rate, x.to, x.from), vec![&x]),
            (Language::English, 1) => (format!("Activity grew +{} in number (from {} to {}) and +{} in value (from {} to {}).", x.rate, x.from, x.to, y.rate, y.from, y.to), vec![&x, &y]),
            (Language::English, 2) => (format!("The count went from {} to {} and the value from {} to {}, increases of {} and {} respectively.", x.from, x.to, y.from, y.to, x.rate, y.rate), vec![&x, &y]),
            (Language::English, 3) => (format!("The value reached {}. It was {} a year earlier. That is an increase of {}.", y.to, y.from, y.rate), vec![&y]),
            (Language::English, _) => (format!("The total reached {}, up from {}, an increase of {}.", x.to, x.from, x.rate), vec![&x]),
            (_, 0) => (format!("ارتفع عدد العمليات بنسبة {} لينتقل من {} إلى {}.", x.rate, x.from, x.to), vec![&x]),
            (_, 1) => (format!("انتقل عدد العمليات من {} إلى {} والقيمة من {} إلى {}، بارتفاع بنسبة {} و{} على التوالي.", x.from, x.to, y.from, y.to, x.rate, y.rate), vec![&x, &y]),
            (_, 2) => (format!("بلغت القيمة {} مقابل {}، أي بارتفاع نسبته {}.", y.to, y.from, y.rate), vec![&y]),
            (_, 3) => (format!("بلغت القيمة {}. وكانت {} في السنة الماضية. أي بارتفاع نسبته {}.", y.to, y.from, y.rate), vec![&y]),
            (_, _) => (format!("ارتفع عدد العمليات من {} إلى {} بنسبة {}.", x.from, x.to, x.rate), vec![&x]),
        };
        gives_exactly(&text, &expected)?;
    }
}

/// Issue 13: the kind of a figure whose unit is left out is the reader's, and the linker checks
/// the claim the sentence makes with it.
#[test]
fn a_unit_left_out_is_read_before_linking() {
    for text in [
        "Les paiements ont atteint 9,2 milliards de dirhams contre 7,4 milliards, soit une hausse de 24,3 %.",
        "Card payments reached MAD 9.2 billion against 7.4 billion a year earlier, up 24.3%.",
        "بلغت قيمة المعاملات 9,2 مليار درهم مقابل 7,4 مليار، أي بارتفاع نسبته 24,3 في المائة.",
    ] {
        let found = claims(text);
        assert_eq!(found.len(), 1, "{text}");
        let (claim, finding) = &found[0];
        assert_eq!(
            claim
                .figure("from")
                .map(morocco_ecommerce::text::TextFigure::kind),
            Some(FigureKind::AmountMad),
            "{text}"
        );
        assert_eq!(
            claim
                .figure("from")
                .map(morocco_ecommerce::text::TextFigure::value),
            Some(d("7400000000")),
            "{text}"
        );
        assert_eq!(
            finding.verdict.name(),
            "consistent",
            "{text}: {}",
            finding.explanation
        );
        // The linker takes the figures as the reader gave them.
        let read = morocco_ecommerce::text::extract(text);
        assert!(
            read.iter().all(|f| f.kind() != FigureKind::Transactions),
            "{text}: {read:?}"
        );
    }
    // The share of a total that the sentence writes in dirhams: the part is dirhams as read.
    let share = "Sur 1,2 milliard de dirhams de paiements, les cartes marocaines ont réglé 1,14 milliard, soit 95 %.";
    let read = morocco_ecommerce::text::extract(share);
    assert_eq!(read[1].kind(), FigureKind::AmountMad);
    assert_eq!(verdicts(share), [("share", "consistent".to_owned())]);
}

/// Issue 13: two percentages joined by "de ... à" are two shares, and a change in points is no
/// rate of growth: no growth claim is made of them, so a correct article raises no alarm. The
/// points after a pair of percentages are the pair's change in points (issue 15), checked as
/// such; a percentage after it may be relative or in points, and is not checked.
#[test]
fn shares_and_points_make_no_growth_claim() {
    for text in [
        "La part des cartes étrangères est passée de 14,2 % à 23,8 %, soit une hausse de 9,6 points.",
        "The share of foreign cards rose from 14.2% to 23.8%, up 9.6 percentage points.",
        "ارتفعت حصة البطاقات الأجنبية من 14,2 في المائة إلى 23,8 في المائة، أي بزيادة 9,6 نقطة.",
    ] {
        let found = claims(text);
        assert_eq!(found.len(), 1, "{text}: {found:#?}");
        assert_eq!(found[0].0.kind.name(), "points_change", "{text}");
        assert_eq!(found[0].1.verdict.name(), "consistent", "{text}");
    }
    for text in [
        "La part des cartes étrangères est passée de 14,2 % à 23,8 %, soit une hausse de 67,6 %.",
        // Points after a pair of counts are no rate either.
        "Les opérations sont passées de 1,24 million à 1,55 million, soit une hausse de 6 points.",
        "ارتفع عدد العمليات من 1,24 مليون إلى 1,55 مليون عملية بنسبة 6 نقاط.",
    ] {
        assert!(link(text).is_empty(), "{text}: {:#?}", link(text));
    }
    // With the rate also written, the growth is checked on the rate, not on the points.
    let both = "Les opérations sont passées de 1,24 million à 1,55 million, soit une hausse de 25 %, et leur part de 6 points.";
    let found = claims(both);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(
        found[0]
            .0
            .figure("stated")
            .map(morocco_ecommerce::text::TextFigure::kind),
        Some(FigureKind::Percent)
    );
    assert_eq!(found[0].1.verdict.name(), "consistent");
}

/// A claim given percentage points where a percent is wanted is an error of kind, not a verdict.
#[test]
fn points_where_a_percent_is_wanted_are_an_error() {
    use morocco_ecommerce::check::{Claim, ClaimKind};
    use morocco_ecommerce::{Error, ReportedFigure};
    let count = |n: i64| {
        ReportedFigure::new(FigureKind::Transactions, Decimal::from(n), Decimal::ONE).unwrap()
    };
    let points =
        ReportedFigure::new(FigureKind::PercentagePoints, Decimal::from(6), Decimal::ONE).unwrap();
    let claim = Claim::new(
        "g",
        ClaimKind::Growth {
            from: count(100),
            to: count(106),
            stated: points,
        },
    );
    match Checker::new().check(&claim) {
        Err(Error::FigureKindMismatch {
            role,
            expected,
            found,
            ..
        }) => {
            assert_eq!(
                (role, expected, found),
                ("stated", "percent", "percentage_points")
            );
        }
        other => panic!("expected a kind mismatch, got {other:?}"),
    }
}

/// Issue 15, a rate of another clause: a rate that a contrast, a semicolon or another
/// percentage separates from the one pair in reach, or whose words name another quantity than
/// the pair's, in its sentence or the next, is not tied to that pair. Each of these texts is
/// correct; tying the rate to the pair gave an alarm on every one.
#[test]
fn a_rate_of_another_clause_is_not_tied_to_the_pair() {
    for text in [
        "Le nombre d'opérations de paiement en ligne est passé de 1,24 à 1,55 million, tandis que le montant réglé a progressé de 12 %.",
        "Transactions rose from 1.24 million to 1.55 million, while their value grew 12%.",
        "ارتفع عدد العمليات من 1,24 مليون إلى 1,55 مليون عملية، فيما ارتفعت القيمة بنسبة 12 في المائة.",
        "Le montant a atteint 420 millions de dirhams. Il était de 371 millions de dirhams en 2023. Le nombre d'opérations a augmenté de 9 %.",
        "Le nombre d'opérations est passé de 1,24 à 1,55 million, et les cartes marocaines en représentent 93 %, en hausse de 2 %.",
        "Le montant a augmenté de 15 % à 690 millions de dirhams, tandis que le nombre d'opérations est passé de 1,24 à 1,55 million.",
        "The value rose to MAD 1.55 billion from MAD 1.24 billion; the number of cards rose 12%.",
        "ارتفعت قيمة الأداءات بنسبة 15 في المائة إلى 690 مليون درهم، في حين انتقل عدد العمليات من 1,24 مليون إلى 1,55 مليون عملية.",
        "The value reached MAD 420 million. It was MAD 371 million in 2023. The number of transactions rose 9%.",
        "بلغت قيمة العمليات 420 مليون درهم. وكانت 371 مليون درهم سنة 2023. وارتفع عدد البطاقات بنسبة 9 في المائة.",
        "Les opérations sont passées de 1,24 à 1,55 million ; le nombre de sites marchands a, lui, progressé de 8 %.",
    ] {
        let found = verdicts(text);
        assert!(
            found
                .iter()
                .all(|(_, v)| v != "inconsistent" && v != "impossible"),
            "{text}: {found:?}"
        );
        let linked = morocco_ecommerce::text::link_text(text);
        assert!(linked.claims.is_empty(), "{text}: {:#?}", linked.claims);
    }
    // "respectively" still orders two pairs and two rates across "and".
    let both = "Transactions reached 1.55 million against 1.24 million, and value MAD 690 million against MAD 600 million, up 25% and 15% respectively.";
    assert_eq!(
        verdicts(both),
        [
            ("growth", "consistent".to_owned()),
            ("growth", "consistent".to_owned())
        ]
    );
    // A rate in the words of its own pair's quantity is still tied to it.
    let same = "Le montant a atteint 420 millions de dirhams. Il était de 371 millions de dirhams en 2023. Le montant a ainsi augmenté de 13,2 %.";
    assert_eq!(verdicts(same), [("growth", "consistent".to_owned())]);
}

/// Issue 15: the words of another clause ("tandis que", "while", "في حين") do not govern a
/// rate: a fall after "tandis que" is of its own figures, and each clause's claim is checked.
#[test]
fn a_contrast_bounds_the_clause_of_each_rate() {
    for text in [
        "Le nombre d'opérations par cartes marocaines a progressé de 15,2 %, à 42,4 millions contre 36,8 millions, tandis que celui des cartes étrangères a reculé de 3,1 %, à 3,1 millions contre 3,2 millions.",
        "Transactions with Moroccan cards rose 15.2% to 42.4 million from 36.8 million, while those with foreign cards fell 3.1% to 3.1 million from 3.2 million.",
        "ارتفع عدد العمليات بالبطاقات المغربية بنسبة 15,2 في المائة إلى 42,4 مليون عملية مقابل 36,8 مليون عملية، في حين تراجع عدد العمليات بالبطاقات الأجنبية بنسبة 3,1 في المائة إلى 3,1 مليون عملية مقابل 3,2 مليون عملية.",
    ] {
        assert_eq!(
            verdicts(text),
            [
                ("growth", "consistent".to_owned()),
                ("growth", "consistent".to_owned())
            ],
            "{text}"
        );
    }
}
