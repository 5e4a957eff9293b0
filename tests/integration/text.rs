//! Reading figures from press text, and writing them back. Every sentence here is our own,
//! written in the style of the press.

use morocco_ecommerce::text::{Language, TextFigure, extract, format_figure};
use morocco_ecommerce::{FigureKind, Qualifier, Rounding};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

/// (text as written, kind, value, precision, qualifier) for each figure found.
fn read(text: &str) -> Vec<(String, FigureKind, Decimal, Decimal, Qualifier)> {
    extract(text)
        .into_iter()
        .map(|f| {
            assert_eq!(&text[f.start..f.end], f.text, "span and text agree");
            let (kind, value, precision, qualifier) =
                (f.kind(), f.value(), f.precision(), f.qualifier());
            (f.text, kind, value, precision, qualifier)
        })
        .collect()
}

fn one(text: &str) -> TextFigure {
    let figures = extract(text);
    assert_eq!(figures.len(), 1, "{text}: {figures:?}");
    figures.into_iter().next().unwrap()
}

#[test]
fn french_sentence() {
    let text = "En 2014, les paiements en ligne ont atteint 1,95 million d'opérations, contre 1,67 million un an plus tôt, soit une hausse de 16 %.";
    let found = read(text);
    assert_eq!(
        found,
        [
            (
                "1,95 million d'opérations".into(),
                FigureKind::Count,
                d("1950000"),
                d("10000"),
                Qualifier::Exact
            ),
            (
                "1,67 million".into(),
                FigureKind::Count,
                d("1670000"),
                d("10000"),
                Qualifier::Exact
            ),
            (
                "16 %".into(),
                FigureKind::Percent,
                d("16"),
                d("1"),
                Qualifier::Exact
            ),
        ]
    );
}

#[test]
fn arabic_sentence() {
    let text = "بلغ رقم المعاملات أكثر من 1,05 مليار درهم سنة 2014، بعد أن كان في حدود 910 مليون درهم، أي بزيادة 14,9 في المائة.";
    let found = read(text);
    assert_eq!(found.len(), 3, "{found:?}");
    assert_eq!(found[0].1, FigureKind::AmountMad);
    assert_eq!(found[0].2, d("1050000000"));
    assert_eq!(found[0].3, d("10000000"));
    assert_eq!(found[0].4, Qualifier::MoreThan);
    assert_eq!(found[1].2, d("910000000"));
    assert_eq!(found[1].4, Qualifier::About);
    assert_eq!(found[2].1, FigureKind::Percent);
    assert_eq!(found[2].2, d("14.9"));
    assert_eq!(found[2].3, d("0.1"));
}

#[test]
fn english_sentence() {
    let text = "Card payments online reached MAD 1.05 billion in 2014, up about 15%, from nearly 910 million dirhams; over 2.1 million operations were processed.";
    let found = read(text);
    assert_eq!(found.len(), 4, "{found:?}");
    assert_eq!(
        (found[0].1, found[0].2),
        (FigureKind::AmountMad, d("1050000000"))
    );
    assert_eq!(found[0].0, "MAD 1.05 billion");
    assert_eq!((found[1].2, found[1].4), (d("15"), Qualifier::About));
    assert_eq!((found[2].2, found[2].4), (d("910000000"), Qualifier::About));
    assert_eq!(
        (found[3].1, found[3].2, found[3].4),
        (FigureKind::Count, d("2100000"), Qualifier::MoreThan)
    );
}

#[test]
fn digits_of_every_script() {
    assert_eq!(one("سجلت ١٫٩٥ مليون عملية").value(), d("1950000"));
    assert_eq!(one("سجلت ۱,۶۷ مليون عملية").value(), d("1670000"));
    assert_eq!(one("ارتفع بنسبة ١٦ في المائة").value(), d("16"));
    let grouped = one("بلغ عدد العمليات ١٬٩٤٥٬٩٥٩ عملية");
    assert_eq!(
        (grouped.value(), grouped.precision()),
        (d("1945959"), d("1"))
    );
    // The wire-service notation: fraction digits first.
    let wire = one("بلغت الحصة 4ر3 في المائة");
    assert_eq!((wire.value(), wire.precision()), (d("3.4"), d("0.1")));
}

#[test]
fn separators() {
    assert_eq!(one("soit 1.945.959 opérations").value(), d("1945959"));
    assert_eq!(one("soit 2.100 opérations").value(), d("2100"));
    assert_eq!(one("with 388,000 transactions").value(), d("388000"));
    assert_eq!(one("avec 173164 opérations").value(), d("173164"));
    assert_eq!(one("soit 1 945 959 opérations").value(), d("1945959"));
    assert_eq!(
        one("soit 1\u{A0}945\u{A0}959 opérations").value(),
        d("1945959")
    );
    assert_eq!(
        one("soit 1\u{202F}945\u{202F}959 opérations").value(),
        d("1945959")
    );
    let full = one("un total de 1 050 000 000,00 DH");
    assert_eq!(
        (full.value(), full.precision(), full.kind()),
        (d("1050000000"), d("0.01"), FigureKind::AmountMad)
    );
    assert_eq!(one("about 1.95 million operations").value(), d("1950000"));
}

#[test]
fn scale_words_and_units() {
    let cases = [
        ("910 MDH", "910000000", "1000000"),
        ("1MMDH", "1000000000", "1000000000"),
        ("1,2 Mrds DH", "1200000000", "100000000"),
        ("1,2 milliard de dirhams", "1200000000", "100000000"),
        ("3 milliards de DH", "3000000000", "1000000000"),
        ("2 مليار درهم", "2000000000", "1000000000"),
        ("5 ملايير درهم", "5000000000", "1000000000"),
        ("3 مليارات درهم", "3000000000", "1000000000"),
        ("500 ألف درهم", "500000", "1000"),
        ("5 آلاف درهم", "5000", "1000"),
        ("900 مليون درهما", "900000000", "1000000"),
        ("120 مليون سنتيم", "1200000", "10000"),
        ("3 مليار سنتيم", "30000000", "10000000"),
        ("7,5 bn dirhams", "7500000000", "100000000"),
        ("40 mille dirhams", "40000", "1000"),
        ("250 thousand dirhams", "250000", "1000"),
        ("15 Dhs", "15", "1"),
        ("20 MAD", "20", "1"),
        ("مليونان", "none", "none"),
    ];
    for (text, value, precision) in cases {
        let figures = extract(text);
        if value == "none" {
            assert!(figures.is_empty(), "{text}");
            continue;
        }
        assert_eq!(figures.len(), 1, "{text}: {figures:?}");
        assert_eq!(figures[0].kind(), FigureKind::AmountMad, "{text}");
        assert_eq!(figures[0].value(), d(value), "{text}");
        assert_eq!(figures[0].precision(), d(precision), "{text}");
    }
    let dual = one("سجلت 2 مليونين عملية");
    assert_eq!(dual.value(), d("2000000"));
}

#[test]
fn percent_forms() {
    for text in [
        "16%",
        "16 %",
        "16\u{A0}%",
        "16 ٪",
        "16 percent",
        "16 per cent",
        "16 pour cent",
        "16 في المائة",
        "16 في المئة",
        "16 بالمائة",
        "16في المائة",
    ] {
        let f = one(text);
        assert_eq!(
            (f.kind(), f.value()),
            (FigureKind::Percent, d("16")),
            "{text}"
        );
    }
    assert_eq!(one("نما بنسبة 46.3في المائة").value(), d("46.3"));
}

#[test]
fn glued_and_signed() {
    assert_eq!(one("بلغ 8.3مليون عملية").value(), d("8300000"));
    assert_eq!(one("un chiffre de 1MMDH").value(), d("1000000000"));
    assert_eq!(one("soit +46,7% sur un an").value(), d("46.7"));
    assert_eq!(one("soit -5 % sur un an").value(), d("-5"));
    assert_eq!(one("سجل زائد 8 في المائة").value(), d("8"));
    assert_eq!(one("سجل ناقص 20 في المائة").value(), d("-20"));
    let fall = one("le nombre d'opérations a régressé de 21,5% sur la période");
    assert_eq!(fall.value(), d("-21.5"));
    assert!(fall.context_start.is_some());
    assert_eq!(one("en baisse de 3 %").value(), d("-3"));
    assert_eq!(one("المعاملات تراجعت بنسبة 12 في المائة").value(), d("-12"));
    // A fall word away from the rate is the linker's business, not the reader's.
    assert_eq!(one("تراجعت المعاملات بنسبة 12 في المائة").value(), d("12"));
    assert_eq!(one("سجلت انخفاضا بنسبة 7 في المائة").value(), d("-7"));
    assert_eq!(one("payments were down 4% on the year").value(), d("-4"));
    // A dash between years is no sign, and a count takes none.
    assert_eq!(
        one("2013-2014 : 1,95 million d'opérations").value(),
        d("1950000")
    );
}

#[test]
fn hedges() {
    let cases = [
        ("plus de 2,1 millions d'opérations", Qualifier::MoreThan),
        (
            "un peu plus de 2,1 millions d'opérations",
            Qualifier::MoreThan,
        ),
        ("pas moins de 140 opérations", Qualifier::AtLeast),
        ("près de 2 millions d'opérations", Qualifier::About),
        ("environ 2 millions d'opérations", Qualifier::About),
        ("quelque 2 millions d'opérations", Qualifier::About),
        ("de l'ordre de 2 millions d'opérations", Qualifier::About),
        (
            "un volume qui avoisine 2 millions d'opérations",
            Qualifier::About,
        ),
        ("moins de 2 millions d'opérations", Qualifier::LessThan),
        ("أكثر من 2 مليون عملية", Qualifier::MoreThan),
        ("أزيد من 2 مليون عملية", Qualifier::MoreThan),
        ("عدد يفوق 2 مليون عملية", Qualifier::MoreThan),
        ("فاق 2 مليون عملية", Qualifier::MoreThan),
        ("تجاوز 2 مليون عملية", Qualifier::MoreThan),
        ("حوالي 2 مليون عملية", Qualifier::About),
        ("نحو 2 مليون عملية", Qualifier::About),
        ("ناهز 2 مليون عملية", Qualifier::About),
        ("قارب 2 مليون عملية", Qualifier::About),
        ("في حدود 2 مليون عملية", Qualifier::About),
        ("أقل من 2 مليون عملية", Qualifier::LessThan),
        ("more than 2 million operations", Qualifier::MoreThan),
        ("over 2 million operations", Qualifier::MoreThan),
        ("at least 2 million operations", Qualifier::AtLeast),
        ("about 2 million operations", Qualifier::About),
        ("around 2 million operations", Qualifier::About),
        ("nearly 2 million operations", Qualifier::About),
        ("less than 2 million operations", Qualifier::LessThan),
        ("Plus de 2 millions d'opérations", Qualifier::MoreThan),
        ("plus d'opérations : 2 millions", Qualifier::Exact),
    ];
    for (text, qualifier) in cases {
        assert_eq!(one(text).qualifier(), qualifier, "{text}");
    }
}

#[test]
fn what_is_not_ours() {
    for text in [
        "en 2014",
        "le 28/11/2014",
        "5 millions d'euros",
        "5 millions de dollars",
        "10 € par mois",
        "$ 25",
        "5 مليون دولار",
        "3 مليار يورو",
        "le 1er trimestre",
        "au T3",
        "un Airbus A320",
        "2 millions de cartes",
        "3 مليون بطاقة",
        "140 sites marchands",
    ] {
        assert!(extract(text).is_empty(), "{text}: {:?}", extract(text));
    }
}

#[test]
fn figures_convert_for_the_checker() {
    let f = one("plus de 1,05 milliard de dirhams");
    let range = f.range(morocco_ecommerce::Assumption::default()).unwrap();
    assert_eq!(range.to_string(), "(1050000000, +inf)");
    assert_eq!(f.figure.precision(), d("10000000"));
}

#[test]
fn multi_megabyte_input_is_read_in_one_pass() {
    let sentence = "Le CMI a traité plus de 2,1 millions d'opérations pour 1,2 milliard de dirhams, soit +16 %. \
                    بلغ رقم المعاملات 1,05 مليار درهم، بزيادة 14,9 في المائة. Up 4% to MAD 1.05 billion. ";
    let text = sentence.repeat(4 * 1024 * 1024 / sentence.len());
    assert!(text.len() > 4_000_000);
    let figures = extract(&text);
    assert_eq!(figures.len(), 7 * (4 * 1024 * 1024 / sentence.len()));
    // Hostile shapes: a long run of digits, of separators, of spaces.
    let digits = "9".repeat(3_000_000);
    assert!(extract(&digits).is_empty());
    let dots = "1.".repeat(1_000_000);
    let _ = extract(&dots);
    let spaced = format!("{} 16 %", " ".repeat(2_000_000));
    assert_eq!(extract(&spaced).len(), 1);
}

fn language() -> impl Strategy<Value = Language> {
    prop::sample::select(Language::ALL.to_vec())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Writing a figure and reading it back gives the same value, kind and precision.
    #[test]
    fn format_then_extract(
        mantissa in 0u64..100_000_000_000,
        exponent in -3i32..=9,
        kind in prop::sample::select(vec![FigureKind::Count, FigureKind::AmountMad, FigureKind::Percent]),
        language in language(),
        negative in any::<bool>(),
    ) {
        let (exponent, value) = match kind {
            FigureKind::Percent => {
                let e = exponent.clamp(-3, 0);
                let v = Decimal::new(i64::try_from(mantissa % 100_000).unwrap(), 0) * pow10(e);
                (e, if negative { -v } else { v })
            }
            FigureKind::Count => {
                let e = exponent.max(0);
                (e, Decimal::from(mantissa % 10_000_000) * pow10(e))
            }
            _ => {
                let e = exponent.max(-2);
                (e, Decimal::from(mantissa % 10_000_000) * pow10(e))
            }
        };
        let precision = pow10(exponent);
        let text = match format_figure(value, kind, precision, language, Rounding::HalfEven) {
            Ok(t) => t,
            // Counts and amounts too small for a scale word cannot carry a coarse precision.
            Err(_) => return Ok(()),
        };
        let figures = extract(&text);
        prop_assert_eq!(figures.len(), 1, "{}", text);
        let f = &figures[0];
        prop_assert_eq!(f.kind(), kind, "{}", text);
        prop_assert_eq!(f.value(), value.normalize(), "{}", text);
        prop_assert_eq!(f.precision(), precision.normalize(), "{}", text);
        prop_assert_eq!(&f.text, &text);
    }

    /// Any text at all: no panic, and every figure's span is a real slice of the text.
    #[test]
    fn never_panics(text in any::<String>()) {
        for f in extract(&text) {
            prop_assert_eq!(text.get(f.start..f.end), Some(f.text.as_str()));
        }
    }

    #[test]
    fn never_panics_on_press_alphabet(
        parts in prop::collection::vec(prop::sample::select(vec![
            "1", "٩", "۵", ",", ".", "٫", "٬", "ر", " ", "\u{A0}", "\u{202F}", "%", "٪", "million", "مليون",
            "مليار", "درهم", "DH", "MAD", "MMDH", "de ", "d'", "plus de ", "أكثر من ", "في المائة", "-", "+",
            "سنتيم", "euros", "€", "opérations", "عملية", "ناقص ", "baisse de ", "\n", "é", "ا",
        ]), 0..60)
    ) {
        let text: String = parts.concat();
        for f in extract(&text) {
            prop_assert_eq!(text.get(f.start..f.end), Some(f.text.as_str()));
            prop_assert!(f.precision() > Decimal::ZERO);
        }
    }
}

fn pow10(e: i32) -> Decimal {
    if e >= 0 {
        Decimal::from_i128_with_scale(10i128.pow(e.unsigned_abs()), 0)
    } else {
        Decimal::new(1, e.unsigned_abs())
    }
}

#[test]
fn a_bare_number_shares_the_unit_of_the_next() {
    let found = read("passées de 1,67 à 1,95 million d'opérations");
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(
        (found[0].0.as_str(), found[0].2, found[0].3),
        ("1,67", d("1670000"), d("10000"))
    );
    assert_eq!(found[1].2, d("1950000"));
    let ar = read("من 1,67 إلى 1,95 مليون عملية");
    assert_eq!(ar.len(), 2);
    assert_eq!(ar[0].2, d("1670000"));
    let pct = read("between 15 and 17%");
    assert_eq!((pct[0].1, pct[0].2), (FigureKind::Percent, d("15")));
    // A number without a unit and without a next figure is still nobody's.
    assert!(extract("en 2013 et en 2014").is_empty());
    assert!(extract("de 3 à 4 fois").is_empty());
}
